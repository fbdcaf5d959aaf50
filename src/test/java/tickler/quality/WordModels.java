package tickler.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import tickler.lead.Phrases;
import tickler.lead.Vocabulary;
import tickler.lead.WordOdds;
import tickler.testkit.Acts;

/**
 * Learns the counts of the {@link WordOdds} readers from the tuning phrase banks; the held-out bank
 * is never learnt from.
 *
 * <pre>
 *   ... -Dexec.mainClass=tickler.quality.WordModels -Dexec.args=--write     writes the kept counts
 *   ... -Dexec.mainClass=tickler.quality.WordModels -Dexec.args=--measure   each tuning bank read by
 *        counts learnt from the others; the held-out bank's totals only, by counts learnt from all
 *        and by the vocabulary's phrases alone
 * </pre>
 */
public final class WordModels {

    static final String HELD_OUT = "blind53";
    /** Banks of single situations written to be tuned on. */
    private static final List<String> EXTRA = List.of("/quality/outcomes-extra.txt", "/quality/outcomes-referrals-extra.txt",
            "/quality/outcomes-teams-extra.txt", "/quality/quantities-extra.txt");
    private static final String TUNING_BOOK = "tuning book";

    /**
     * One reader: the situation whose phrasings say the thing, the situations that do not (in any
     * bank, and in the tuning book alone), and what the vocabulary alone reads, for comparison.
     */
    record Kind(String model, double threshold, String name, Predicate<String> saying, Predicate<String> others,
                List<String> tuningBookOthers, Function<Vocabulary, Phrases> phrases, Function<WordOdds, ToDoubleFunction<String>> reading) {

        Path kept() {
            return Path.of("src/main/resources/tickler/lead", model);
        }
    }

    /**
     * Acceptances against the lead's other replies; the owner's words are never read as one. The
     * tuning book adds what the lead writes in every world: asking for the proposal, small talk,
     * greetings, signatures.
     */
    static final Kind ACCEPTANCES = new Kind(WordOdds.ACCEPTANCE_MODEL, WordOdds.ACCEPTANCE_THRESHOLD, "won", "won"::equals,
            Set.of("lost", "notLost", "postpone", "reopen", "counterOffer", "leadBudget", "leadTeam", "inquiry", "referral")::contains,
            List.of("askForProposal", "chitChat", "greeting", "signature"), Vocabulary::won, odds -> odds::logOdds);
    /**
     * Recommendations against what else a lead's first message holds: the request, a budget or a
     * team; the tuning book adds greetings and signatures. A colleague's introduction is a
     * recommendation made otherwise (by who writes), and is in neither; what contacts write is not
     * read for a source (among their words, those of a request would read as a recommendation's).
     */
    static final Kind RECOMMENDATIONS = new Kind(WordOdds.RECOMMENDATION_MODEL, WordOdds.RECOMMENDATION_THRESHOLD, "referral",
            "referral"::equals,
            Set.of("inquiry", "leadBudget", "leadTeam")::contains,
            List.of("greeting", "signature"), Vocabulary::referral, odds -> odds::likeliestSentence);
    /** Declines against the lead's other replies, as acceptances are. */
    static final Kind DECLINES = new Kind(WordOdds.DECLINE_MODEL, WordOdds.DECLINE_THRESHOLD, "lost", "lost"::equals,
            Set.of("won", "notLost", "postpone", "reopen", "counterOffer", "leadBudget", "leadTeam", "inquiry", "referral")::contains,
            List.of("askForProposal", "chitChat", "greeting", "signature"), Vocabulary::lost, odds -> odds::logOdds);
    /** Inquiries against what contacts write first (a supplier, a candidate, a journalist, a friend…). */
    static final Kind INQUIRIES = new Kind(WordOdds.INQUIRY_MODEL, WordOdds.INQUIRY_THRESHOLD, "inquiry", "inquiry"::equals,
            WordModels::contactsFirstMessage, List.of("contactIntro", "chitChat", "greeting", "signature"),
            Vocabulary::request, odds -> odds::likeliestSentence);
    /**
     * What contacts write first, whole, against what leads write first: the request, a
     * recommendation, a budget, a team; the tuning book adds nothing to the leads' side, since its
     * greetings and signatures open both.
     */
    static final Kind OPENINGS = new Kind(WordOdds.OPENING_MODEL, WordOdds.OTHER_BUSINESS_THRESHOLD, "contacts' first message",
            WordModels::contactsFirstMessage, Set.of("inquiry", "referral", "leadBudget", "leadTeam")::contains, List.of(),
            Vocabulary::otherBusiness, odds -> odds::logOdds);
    /**
     * Reopenings against what else a lead replies (declining again, accepting, postponing, bargaining);
     * not against inquiries, which a reopening asks as one does. The tuning book adds small talk,
     * greetings and signatures.
     */
    static final Kind REOPENINGS = new Kind(WordOdds.REOPENING_MODEL, WordOdds.REOPENING_THRESHOLD, "reopen", "reopen"::equals,
            Set.of("won", "lost", "notLost", "postpone", "counterOffer", "leadBudget", "leadTeam")::contains,
            List.of("chitChat", "greeting", "signature"), Vocabulary::reopen, odds -> odds::logOdds);
    static final List<Kind> KINDS = List.of(ACCEPTANCES, RECOMMENDATIONS, DECLINES, INQUIRIES, OPENINGS, REOPENINGS);

    private WordModels() {
    }

    private static boolean contactsFirstMessage(String situation) {
        return situation.endsWith(".from");
    }

    /** The texts of one bank: those saying the thing and the others. */
    record Texts(List<String> saying, List<String> others) {
        Texts plus(Texts more) {
            List<String> yes = new ArrayList<>(saying);
            yes.addAll(more.saying());
            List<String> no = new ArrayList<>(others);
            no.addAll(more.others());
            return new Texts(yes, no);
        }
    }

    /** The texts of every tuning bank, by resource. */
    static Map<String, Texts> tuningBanks(Kind kind) {
        Map<String, Texts> banks = new LinkedHashMap<>();
        Books.BLIND.entrySet().stream().filter(bank -> !bank.getKey().equals(HELD_OUT)).map(Map.Entry::getValue).sorted()
                .forEach(resource -> banks.put(resource, texts(kind, resource)));
        EXTRA.forEach(resource -> banks.put(resource, texts(kind, resource)));
        banks.put(TUNING_BOOK, tuningBook(kind));
        return banks;
    }

    private static Texts tuningBook(Kind kind) {
        List<String> saying = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Phrasebook book : List.of(Phrasebook.ENGLISH, Phrasebook.RUSSIAN)) {
            situations().filter(kind.saying()).forEach(situation -> book.phrasings(situation).forEach(line -> saying.add(written(line))));
            Phrasebook.SHARED.stream().filter(kind.others()).forEach(situation -> book.phrasings(situation).forEach(line -> others.add(written(line))));
            kind.tuningBookOthers().forEach(situation -> book.phrasings(situation).forEach(line -> others.add(written(line))));
        }
        return new Texts(saying, others);
    }

    /** The situations of a tuning book a reader may learn to say its thing from: those it shares with the banks, and what contacts write first. */
    private static Stream<String> situations() {
        return Stream.concat(Phrasebook.SHARED.stream(), Phrasebook.CONTACT_ROLES.stream().map(role -> role + ".from"));
    }

    /** A phrasing without its annotation and placeholders, which stand for names and sums and say nothing of the kind. */
    private static String written(String line) {
        return Phrase.of(line).text().replaceAll("\\{[a-z]+}", " ");
    }

    static Texts texts(Kind kind, String resource) {
        List<String> saying = new ArrayList<>();
        List<String> others = new ArrayList<>();
        HeldOutBank.load(resource).values().forEach(situations -> situations.forEach((situation, lines) -> {
            List<String> into = kind.saying().test(situation) ? saying : kind.others().test(situation) ? others : null;
            if (into != null) {
                lines.forEach(line -> into.add(written(line)));
            }
        }));
        return new Texts(saying, others);
    }

    static WordOdds learnt(Iterable<Texts> banks) {
        Texts all = new Texts(List.of(), List.of());
        for (Texts bank : banks) {
            all = all.plus(bank);
        }
        return WordOdds.learnt(all.saying(), all.others());
    }

    public static void main(String[] args) throws IOException {
        for (Kind kind : KINDS) {
            Map<String, Texts> banks = tuningBanks(kind);
            if (List.of(args).contains("--write")) {
                Files.writeString(kind.kept(), learnt(banks.values()).written(), StandardCharsets.UTF_8);
                System.out.println("wrote " + kind.kept());
                continue;
            }
            measure(kind, banks);
        }
    }

    private static void measure(Kind kind, Map<String, Texts> banks) throws IOException {
        // For comparison, the vocabulary's phrases alone, without the negations and the context the rules read.
        Phrases phrases = kind.phrases().apply(Vocabulary.load(Acts.DEFAULTS));
        Texts heldOut = texts(kind, Books.BLIND.get(HELD_OUT));
        int[] byPhrases = read(text -> phrases.matches(text) ? 1 : 0, heldOut, 0);
        System.out.printf("%s: the vocabulary's phrases alone on %s: %s %d/%d, others %d/%d%n", kind.model(), HELD_OUT,
                kind.name(), byPhrases[0], byPhrases[0] + byPhrases[1], byPhrases[2], byPhrases[2] + byPhrases[3]);
        for (double step : new double[] {-8, -4, 0, 4, 8}) {
            double threshold = kind.threshold() + step;
            int[] tuning = new int[4];
            for (String left : banks.keySet()) {
                List<Texts> others = banks.entrySet().stream().filter(bank -> !bank.getKey().equals(left)).map(Map.Entry::getValue).toList();
                add(tuning, read(kind.reading().apply(learnt(others)), banks.get(left), threshold));
            }
            int[] held = read(kind.reading().apply(learnt(banks.values())), heldOut, threshold);
            System.out.printf("threshold %4.1f%s | each tuning bank by the others: %s %d/%d, others %d/%d"
                            + " | %s by all tuning banks: %s %d/%d, others %d/%d%n", threshold, step == 0 ? " (the reader's)" : "",
                    kind.name(), tuning[0], tuning[0] + tuning[1], tuning[2], tuning[2] + tuning[3], HELD_OUT,
                    kind.name(), held[0], held[0] + held[1], held[2], held[2] + held[3]);
        }
    }

    /** Texts saying the thing read as such, those missed, other texts read as saying it, others not. */
    private static int[] read(ToDoubleFunction<String> logOdds, Texts bank, double threshold) {
        int found = (int) bank.saying().stream().filter(text -> logOdds.applyAsDouble(text) > threshold).count();
        int mistaken = (int) bank.others().stream().filter(text -> logOdds.applyAsDouble(text) > threshold).count();
        return new int[] {found, bank.saying().size() - found, mistaken, bank.others().size() - mistaken};
    }

    private static void add(int[] sum, int[] more) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += more[i];
        }
    }
}
