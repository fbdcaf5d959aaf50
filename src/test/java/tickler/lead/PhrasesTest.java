package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tickler.testkit.Acts;

/**
 * A word list is tried only where the first word of one of its phrases stands; it must find
 * exactly what the same list tried at every letter finds. Checked with every list of the
 * vocabulary over texts made of their own words, endings and case changed, and other words between.
 */
class PhrasesTest {

    private static final Map<String, Phrases> LISTS = lists();
    private static final List<String> WORDS = words();
    private static final List<String> WRITTEN_PHRASES = writtenPhrases();

    @Property(tries = 400)
    void aListTriedWhereItsFirstWordsStandFindsWhatItFindsEverywhere(@ForAll("texts") String text) {
        LISTS.forEach((name, list) -> assertEquals(Phrases.triedEverywhere(list.phrases()).find(text).map(Phrases::normalise),
                list.find(text).map(Phrases::normalise), name + " in: " + text));
    }

    /** A list said not to stand in a text is skipped by the expressions built on its alternation (a team's roles): none of it may match there. */
    @Property(tries = 400)
    void aListThatMayNotStandInATextMatchesNowhereInIt(@ForAll("texts") String text) {
        String normalised = Phrases.normalise(text);
        LISTS.forEach((name, list) -> {
            if (list.alternation() != null && Pattern.compile(list.alternation()).matcher(normalised).find()) {
                assertTrue(list.mayStandIn(normalised), name + " in: " + text);
            }
        });
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Combinators.combine(Arbitraries.of(WORDS),
                        Arbitraries.of("", "", "", "s", "ed", "ing", "ом", "ами", "ую", "ы", "ё"),
                        Arbitraries.of(false, false, true))
                .as((stem, ending, capital) -> {
                    String written = stem + ending;
                    return capital && !written.isEmpty() ? Character.toUpperCase(written.charAt(0)) + written.substring(1) : written;
                });
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(3, word), Tuple.of(1, Arbitraries.of(WRITTEN_PHRASES)));
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", ", ", ". ", "-", "\n", " #", "’");
        return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(14), gap.list().ofSize(14)).as(PhrasesTest::joined);
    }

    /** A text of words, each followed by its gap (there are at least as many gaps as words). */
    static String joined(List<String> words, List<String> gaps) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            text.append(words.get(i)).append(gaps.get(i));
        }
        return text.toString();
    }

    private static Map<String, Phrases> lists() {
        Vocabulary vocabulary;
        try {
            vocabulary = Vocabulary.load(Acts.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Phrases> lists = new LinkedHashMap<>();
        for (RecordComponent component : Vocabulary.class.getRecordComponents()) {
            if (component.getType() == Phrases.class) {
                try {
                    lists.put(component.getName(), (Phrases) component.getAccessor().invoke(vocabulary));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        // A phrase that may begin with any word: the whole list is then tried everywhere.
        lists.put("unanchored", Phrases.of(List.of("* вас порекомендовал*", "go|went with another vendor*")));
        return lists;
    }

    /** Every phrase as someone could write it: its first alternatives, its gaps closed. */
    private static List<String> writtenPhrases() {
        List<String> written = new ArrayList<>();
        for (Phrases list : LISTS.values()) {
            for (String phrase : list.phrases()) {
                written.add(Arrays.stream(phrase.split("\\s+")).filter(word -> !word.equals("..."))
                        .map(word -> word.split("\\|")[0].replaceAll("[*!]$", "")).reduce((a, b) -> a + " " + b).orElse(""));
            }
        }
        return List.copyOf(written);
    }

    /** The words of every phrase, without their marks, and a few that are in none. */
    private static List<String> words() {
        List<String> words = new ArrayList<>(List.of("we", "the", "and", "мы", "вас", "не", "42", "ok"));
        for (Phrases list : LISTS.values()) {
            for (String phrase : list.phrases()) {
                Arrays.stream(phrase.split("[\\s|]+")).filter(word -> !word.equals("..."))
                        .map(word -> word.replaceAll("[*!]$", "")).filter(word -> !word.isEmpty()).forEach(words::add);
            }
        }
        return List.copyOf(words);
    }
}
