package tickler.lead;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * How much likelier a text's words are in one kind of sentence than in the others, judged by all of
 * its words rather than by one phrase: a naive Bayes model over stemmed words and pairs of
 * neighbouring words. Each new writer says a thing in words no phrase list was written against;
 * the words around it say it across wordings. Six are kept beside this class, their counts learnt
 * from the tuning phrase banks (never the held-out one) by the test tree's {@code WordModels},
 * which fails the build when the kept counts differ ({@code WordModelsTest}):
 * <ul>
 * <li>{@link #ACCEPTANCES}: a lead's reply accepting the deal, against the lead's other replies
 * (docs/definitions.md, "WON");</li>
 * <li>{@link #RECOMMENDATIONS}: a sentence of a lead's first message telling who sent the writer,
 * against the request, a budget or a team size (docs/definitions.md, "REFERRAL");</li>
 * <li>{@link #DECLINES}: a lead's reply declining the deal, against the lead's other replies
 * (docs/definitions.md, "LOST");</li>
 * <li>{@link #REOPENINGS}: a lead's message taking the deal up again after declining it, against the
 * lead's other replies (docs/definitions.md, "LOST");</li>
 * <li>{@link #INQUIRIES}: a sentence asking to buy what the owner sells, against what contacts write
 * first (docs/definitions.md, "Sales conversation");</li>
 * <li>{@link #OPENINGS}: a contact's whole first message (a supplier's, a candidate's, a
 * journalist's, a friend's…), against a lead's: the request, a recommendation, a budget, a team
 * (docs/definitions.md, "Sales conversation").</li>
 * </ul>
 */
public final class WordOdds {

    public static final String ACCEPTANCE_MODEL = "acceptance-model.tsv";
    public static final String INQUIRY_MODEL = "inquiry-model.tsv";
    public static final String RECOMMENDATION_MODEL = "recommendation-model.tsv";
    public static final String DECLINE_MODEL = "decline-model.tsv";
    public static final String OPENING_MODEL = "opening-model.tsv";
    public static final String REOPENING_MODEL = "reopening-model.tsv";
    /**
     * The log-odds above which a reply accepts. Learning from all tuning banks but one and reading
     * that one, in turn: 94 % of its acceptances and 0.2 % of its other replies (declines,
     * postponements, counter-offers, budgets, inquiries) are read as acceptances at this threshold
     * (the test tree's {@code WordModels --measure}).
     */
    public static final double ACCEPTANCE_THRESHOLD = 6;
    /** Log-odds above which a sentence of the lead's asks to buy what the owner sells. */
    public static final double INQUIRY_THRESHOLD = 12;
    /**
     * The log-odds above which a whole first message reads as a contact's, whatever words of a
     * request it holds. Learning from all tuning banks but one and reading that one, in turn: 88 %
     * of contacts' first messages and 2 in 5,512 of the pieces leads write first (a request, a
     * recommendation, a budget, a team) read so (the test tree's {@code WordModels --measure}).
     */
    public static final double OTHER_BUSINESS_THRESHOLD = 12;
    /** The log-odds above which a sentence of a first message tells of a recommendation: 89 % and 0.2 %, measured so. */
    public static final double RECOMMENDATION_THRESHOLD = 12;
    /** The log-odds above which a reply of the lead's declines: 78 % and 0.2 %, measured so (at 6, three tuning banks lost stage). */
    public static final double DECLINE_THRESHOLD = 10;
    /** The log-odds above which a lead's message after its decline takes the deal up again, measured so. */
    public static final double REOPENING_THRESHOLD = 10;
    /**
     * Prior counts for each feature, shared by the two kinds in proportion to their words: a
     * feature seen in neither weighs nothing, and one seen a few times in the larger kind only is
     * not taken for a sign of the smaller.
     */
    private static final double SMOOTHING = 1;
    /** A word, or a symbol standing for one ("👍", "🤝"): people answer with those too. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+|\\p{So}");
    private static final RussianLightStemmer RUSSIAN = new RussianLightStemmer();
    private static final String TOTALS = "#texts";

    static final WordOdds ACCEPTANCES = bundled(ACCEPTANCE_MODEL);
    static final WordOdds RECOMMENDATIONS = bundled(RECOMMENDATION_MODEL);
    static final WordOdds DECLINES = bundled(DECLINE_MODEL);
    static final WordOdds INQUIRIES = bundled(INQUIRY_MODEL);
    static final WordOdds OPENINGS = bundled(OPENING_MODEL);
    static final WordOdds REOPENINGS = bundled(REOPENING_MODEL);

    private final int saying;
    private final int other;
    /** For each feature, the texts holding it: those saying the thing, the others. */
    private final Map<String, int[]> counts;
    /** The features of each kind counted together: a longer text holds more of them, whatever it says. */
    private final long sayingFeatures;
    private final long otherFeatures;

    private WordOdds(int saying, int other, Map<String, int[]> counts) {
        this.saying = saying;
        this.other = other;
        this.sayingFeatures = counts.values().stream().mapToLong(count -> count[0]).sum() + 1;
        this.otherFeatures = counts.values().stream().mapToLong(count -> count[1]).sum() + 1;
        this.counts = counts;
    }

    /** Counts the features of texts known to say the thing and of texts known not to. */
    public static WordOdds learnt(Collection<String> saying, Collection<String> others) {
        Map<String, int[]> counts = new TreeMap<>();
        saying.forEach(text -> features(text).forEach(feature -> counts.computeIfAbsent(feature, f -> new int[2])[0]++));
        others.forEach(text -> features(text).forEach(feature -> counts.computeIfAbsent(feature, f -> new int[2])[1]++));
        return new WordOdds(saying.size(), others.size(), counts);
    }

    /** The counts as kept beside this class: a line of totals, then one line per feature. */
    public String written() {
        StringBuilder text = new StringBuilder(TOTALS + "\t" + saying + "\t" + other + "\n");
        new TreeMap<>(counts).forEach((feature, count) -> text.append(feature).append('\t').append(count[0]).append('\t')
                .append(count[1]).append('\n'));
        return text.toString();
    }

    private static WordOdds bundled(String model) {
        InputStream in = WordOdds.class.getResourceAsStream(model);
        if (in == null) {
            throw new IllegalStateException(model + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] totals = reader.readLine().split("\t");
            Map<String, int[]> counts = new HashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t");
                counts.put(fields[0], new int[] {Integer.parseInt(fields[1]), Integer.parseInt(fields[2])});
            }
            return new WordOdds(Integer.parseInt(totals[1]), Integer.parseInt(totals[2]), counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How much likelier the text is one saying the thing than another, as a natural logarithm: the
     * kinds' odds, and for each feature how much more often it stands among the features of texts
     * saying the thing than among those of the others (a multinomial model: the texts of a kind
     * that are longer, as recommendations that also ask for the work, do not make every word theirs).
     */
    public double logOdds(String text) {
        double odds = Math.log((saying + 1.0) / (other + 1.0));
        double share = (double) sayingFeatures / (sayingFeatures + otherFeatures);
        for (String feature : features(text)) {
            int[] count = counts.get(feature);
            // A feature never seen says nothing either way.
            if (count != null) {
                odds += Math.log((count[0] + SMOOTHING * share) / sayingFeatures)
                        - Math.log((count[1] + SMOOTHING * (1 - share)) / otherFeatures);
            }
        }
        return odds;
    }

    /** The log-odds of the text's likeliest sentence: a thing said in one sentence of many. */
    public double likeliestSentence(String text) {
        return likeliest(text).map(this::logOdds).orElse(Double.NEGATIVE_INFINITY);
    }

    /** The text's sentence likeliest to say the thing; none for a text without a sentence. */
    Optional<String> likeliest(String text) {
        String likeliest = null;
        double highest = Double.NEGATIVE_INFINITY;
        for (String sentence : Words.sentences(text)) {
            double odds = logOdds(sentence);
            if (likeliest == null || odds > highest) {
                highest = odds;
                likeliest = sentence;
            }
        }
        return Optional.ofNullable(likeliest);
    }

    /** The stemmed words (and symbols) of the text and each pair of neighbouring ones ("not_sign", "go_ahead"), each once. */
    static List<String> features(String text) {
        List<String> words = new ArrayList<>();
        EnglishStemmer english = new EnglishStemmer();
        Matcher token = TOKEN.matcher(Phrases.normalise(text));
        while (token.find()) {
            words.add(stem(token.group(), english));
        }
        Set<String> features = new LinkedHashSet<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            features.add(words.get(i) + "_" + words.get(i + 1));
        }
        return List.copyOf(features);
    }

    private static String stem(String word, EnglishStemmer english) {
        if (word.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            char[] letters = word.toCharArray();
            return word.substring(0, Math.max(Math.min(3, word.length()), RUSSIAN.stem(letters, letters.length)));
        }
        english.setCurrent(word.toLowerCase(Locale.ROOT));
        english.stem();
        return english.getCurrent();
    }
}
