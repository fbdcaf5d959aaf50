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
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Whether a lead's reply accepts the deal, judged by all of its words rather than by one phrase: a
 * naive Bayes model over stemmed words and pairs of neighbouring words (docs/definitions.md, "WON").
 * Each new writer accepts in words no phrase list was written against; the words around an
 * acceptance ("board", "approved", "start", "contract", "счёт", "запускаем") say it across
 * wordings. The counts are learnt from the acceptances and the lead's other replies in the tuning
 * phrase banks, never the held-out one, and kept in {@value #MODEL} beside this class; the test tree
 * learns them again and fails when the kept counts differ ({@code AcceptanceModelTest}).
 */
public final class Acceptances {

    public static final String MODEL = "acceptance-model.tsv";
    /**
     * The log-odds above which a reply accepts. Learning from all tuning banks but one and reading
     * that one, in turn: 88 % of its acceptances and 0.4 % of its other replies (declines,
     * postponements, counter-offers, budgets, inquiries) are read as acceptances at this threshold;
     * 92 % and 0.7 % at 6, which read acceptances a month early on a tuning bank (the test tree's
     * {@code AcceptanceModel --measure} and {@code QualityBenchmark}).
     */
    public static final double THRESHOLD = 8;
    private static final double SMOOTHING = 0.5;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final RussianLightStemmer RUSSIAN = new RussianLightStemmer();
    private static final String TOTALS = "#replies";

    private static final Acceptances BUNDLED = read(Acceptances.class.getResourceAsStream(MODEL));

    private final int accepting;
    private final int other;
    /** For each feature, the replies holding it: accepting ones, other ones. */
    private final Map<String, int[]> counts;

    private Acceptances(int accepting, int other, Map<String, int[]> counts) {
        this.accepting = accepting;
        this.other = other;
        this.counts = counts;
    }

    static Acceptances bundled() {
        return BUNDLED;
    }

    /** Counts the features of replies known to accept and of replies known not to. */
    public static Acceptances learnt(Collection<String> acceptances, Collection<String> otherReplies) {
        Map<String, int[]> counts = new TreeMap<>();
        acceptances.forEach(reply -> features(reply).forEach(feature -> counts.computeIfAbsent(feature, f -> new int[2])[0]++));
        otherReplies.forEach(reply -> features(reply).forEach(feature -> counts.computeIfAbsent(feature, f -> new int[2])[1]++));
        return new Acceptances(acceptances.size(), otherReplies.size(), counts);
    }

    /** The counts as kept in {@value #MODEL}: a line of totals, then one line per feature. */
    public String written() {
        StringBuilder text = new StringBuilder(TOTALS + "\t" + accepting + "\t" + other + "\n");
        new TreeMap<>(counts).forEach((feature, count) -> text.append(feature).append('\t').append(count[0]).append('\t')
                .append(count[1]).append('\n'));
        return text.toString();
    }

    private static Acceptances read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException(MODEL + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] totals = reader.readLine().split("\t");
            Map<String, int[]> counts = new HashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t");
                counts.put(fields[0], new int[] {Integer.parseInt(fields[1]), Integer.parseInt(fields[2])});
            }
            return new Acceptances(Integer.parseInt(totals[1]), Integer.parseInt(totals[2]), counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean accepts(String reply) {
        return logOdds(reply) > THRESHOLD;
    }

    /** How much likelier the reply's features are in an acceptance than in another reply, as a natural logarithm. */
    public double logOdds(String reply) {
        double odds = Math.log((accepting + 1.0) / (other + 1.0));
        for (String feature : features(reply)) {
            int[] count = counts.get(feature);
            // A feature never seen says nothing either way.
            if (count != null) {
                odds += Math.log((count[0] + SMOOTHING) / (accepting + 1.0)) - Math.log((count[1] + SMOOTHING) / (other + 1.0));
            }
        }
        return odds;
    }

    /** The stemmed words of the text and each pair of neighbouring ones ("not_sign", "go_ahead"), each once. */
    static List<String> features(String text) {
        List<String> words = new ArrayList<>();
        EnglishStemmer english = new EnglishStemmer();
        for (String word : NOT_A_WORD.split(Phrases.normalise(text))) {
            if (!word.isEmpty()) {
                words.add(stem(word, english));
            }
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
