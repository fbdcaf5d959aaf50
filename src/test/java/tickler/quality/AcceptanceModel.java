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
import java.util.function.ToDoubleFunction;
import tickler.lead.Acceptances;
import tickler.lead.Phrases;
import tickler.lead.Vocabulary;
import tickler.testkit.Acts;

/**
 * Learns the counts of {@link Acceptances} from the tuning phrase banks: the acceptances against
 * the lead's other replies. The held-out bank is never learnt from.
 *
 * <pre>
 *   ... -Dexec.mainClass=tickler.quality.AcceptanceModel -Dexec.args=--write     writes the kept counts
 *   ... -Dexec.mainClass=tickler.quality.AcceptanceModel -Dexec.args=--measure   each tuning bank read by
 *        counts learnt from the others; the held-out bank's totals only, by counts learnt from all
 *        and by the vocabulary's acceptance phrases
 * </pre>
 */
public final class AcceptanceModel {

    static final Path KEPT = Path.of("src/main/resources/tickler/lead", Acceptances.MODEL);
    static final String HELD_OUT = "blind14";
    /** Banks of single situations written to be tuned on. */
    private static final List<String> EXTRA = List.of("/quality/outcomes-extra.txt", "/quality/outcomes-referrals-extra.txt",
            "/quality/outcomes-teams-extra.txt", "/quality/quantities-extra.txt");
    private static final String ACCEPTANCE = "won";
    /** The lead's replies other than an acceptance; the owner's words are never read as one. */
    private static final Set<String> OTHER_REPLIES = Set.of("lost", "notLost", "postpone", "reopen", "counterOffer",
            "leadBudget", "leadTeam", "inquiry", "referral");
    /** What the lead writes in every world, from the tuning book alone: asking for the proposal, small talk, greetings, signatures. */
    private static final List<String> TUNING_BOOK_ONLY = List.of("askForProposal", "chitChat", "greeting", "signature");
    private static final String TUNING_BOOK = "tuning book";

    private AcceptanceModel() {
    }

    /** The replies of one bank: acceptances and the others. */
    record Replies(List<String> acceptances, List<String> others) {
        Replies plus(Replies more) {
            List<String> accepting = new ArrayList<>(acceptances);
            accepting.addAll(more.acceptances());
            List<String> other = new ArrayList<>(others);
            other.addAll(more.others());
            return new Replies(accepting, other);
        }
    }

    /** The replies of every tuning bank, by resource. */
    static Map<String, Replies> tuningBanks() {
        Map<String, Replies> banks = new LinkedHashMap<>();
        Books.BLIND.entrySet().stream().filter(bank -> !bank.getKey().equals(HELD_OUT)).map(Map.Entry::getValue).sorted()
                .forEach(resource -> banks.put(resource, replies(resource)));
        EXTRA.forEach(resource -> banks.put(resource, replies(resource)));
        banks.put(TUNING_BOOK, tuningBook());
        return banks;
    }

    private static Replies tuningBook() {
        List<String> acceptances = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Phrasebook book : List.of(Phrasebook.ENGLISH, Phrasebook.RUSSIAN)) {
            book.phrasings(ACCEPTANCE).forEach(line -> acceptances.add(written(line)));
            OTHER_REPLIES.forEach(situation -> book.phrasings(situation).forEach(line -> others.add(written(line))));
            TUNING_BOOK_ONLY.forEach(situation -> book.phrasings(situation).forEach(line -> others.add(written(line))));
        }
        return new Replies(acceptances, others);
    }

    /** A phrasing without its annotation and placeholders, which stand for names and sums and say nothing of acceptance. */
    private static String written(String line) {
        return Phrase.of(line).text().replaceAll("\\{[a-z]+}", " ");
    }

    static Replies replies(String resource) {
        List<String> acceptances = new ArrayList<>();
        List<String> others = new ArrayList<>();
        HeldOutBank.load(resource).values().forEach(situations -> situations.forEach((situation, lines) -> {
            List<String> into = situation.equals(ACCEPTANCE) ? acceptances : OTHER_REPLIES.contains(situation) ? others : null;
            if (into != null) {
                lines.forEach(line -> into.add(written(line)));
            }
        }));
        return new Replies(acceptances, others);
    }

    static Acceptances learnt(Iterable<Replies> banks) {
        Replies all = new Replies(List.of(), List.of());
        for (Replies bank : banks) {
            all = all.plus(bank);
        }
        return Acceptances.learnt(all.acceptances(), all.others());
    }

    public static void main(String[] args) throws IOException {
        Map<String, Replies> banks = tuningBanks();
        if (List.of(args).contains("--write")) {
            Files.writeString(KEPT, learnt(banks.values()).written(), StandardCharsets.UTF_8);
            System.out.println("wrote " + KEPT);
            return;
        }
        // For comparison, the vocabulary's acceptance phrases alone, without the negations and the context the rules read.
        Phrases phrases = Vocabulary.load(Acts.DEFAULTS).won();
        int[] byPhrases = read(reply -> phrases.matches(reply) ? 1 : 0, replies(Books.BLIND.get(HELD_OUT)), 0);
        System.out.printf("the acceptance phrases alone on %s: acceptances %d/%d, other replies %d/%d%n", HELD_OUT,
                byPhrases[0], byPhrases[0] + byPhrases[1], byPhrases[2], byPhrases[2] + byPhrases[3]);
        for (double threshold : new double[] {2, 4, 6, 8, 10, 12}) {
            int[] tuning = new int[4];
            for (String left : banks.keySet()) {
                List<Replies> others = banks.entrySet().stream().filter(bank -> !bank.getKey().equals(left)).map(Map.Entry::getValue).toList();
                add(tuning, read(learnt(others)::logOdds, banks.get(left), threshold));
            }
            int[] heldOut = read(learnt(banks.values())::logOdds, replies(Books.BLIND.get(HELD_OUT)), threshold);
            System.out.printf("threshold %4.1f%s | each tuning bank by the others: acceptances %d/%d, other replies %d/%d"
                            + " | %s by all tuning banks: acceptances %d/%d, other replies %d/%d%n", threshold,
                    threshold == Acceptances.THRESHOLD ? " (the reader's)" : "",
                    tuning[0], tuning[0] + tuning[1], tuning[2], tuning[2] + tuning[3], HELD_OUT,
                    heldOut[0], heldOut[0] + heldOut[1], heldOut[2], heldOut[2] + heldOut[3]);
        }
    }

    /** Acceptances read as such, acceptances missed, other replies read as acceptances, other replies not. */
    private static int[] read(ToDoubleFunction<String> logOdds, Replies bank, double threshold) {
        int found = (int) bank.acceptances().stream().filter(reply -> logOdds.applyAsDouble(reply) > threshold).count();
        int mistaken = (int) bank.others().stream().filter(reply -> logOdds.applyAsDouble(reply) > threshold).count();
        return new int[] {found, bank.acceptances().size() - found, mistaken, bank.others().size() - mistaken};
    }

    private static void add(int[] sum, int[] more) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += more[i];
        }
    }
}
