package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WordStartsTest {

    /** Organisation names as their people write them: words, hyphens, dots, Russian words with endings, short ones. */
    private static final List<String> NAMES = List.of("Late Bench", "late-bench", "Otkat Kontora", "Откат Контора",
            "Ромашка", "АО «Вектор»", "O'Neil & Sons", "S.R.O. Beta", "AB", "Client 7", "Ёлка", "ACME Corp.");

    /** Where a text holds an organisation's name as the matcher reads it, its word starts never turn it away. */
    @Property(tries = 600)
    void aTextThatNamesAnOrganisationIsNeverTurnedAway(@ForAll("texts") String text) {
        for (String name : NAMES) {
            OrganisationNames names = new OrganisationNames(Map.of("org", List.of(name)));
            if (!names.named(text, key -> true).isEmpty()) {
                List<Set<String>> needed = WordStarts.neededBy(List.of(name)).orElse(null);
                assertTrue(needed == null || WordStarts.of(text).mayHold(needed), name + " in: " + text);
            }
        }
    }

    @Test
    void aTextWhoseWordsBeginOtherwiseIsTurnedAway() {
        List<Set<String>> needed = WordStarts.neededBy(List.of("Late Bench", "Откат Контора")).orElseThrow();

        assertTrue(WordStarts.of("Call with LATE-BENCH about the app").mayHold(needed));
        assertTrue(WordStarts.of("Встреча с «Откатом» в пятницу").mayHold(needed));
        assertFalse(WordStarts.of("Call with Client 12 about the app").mayHold(needed));
    }

    @Test
    void aNameOfShortWordsOnlyLetsEveryTextThrough() {
        assertTrue(WordStarts.neededBy(List.of("Late Bench", "AB")).isEmpty());
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Combinators.combine(
                        Arbitraries.of("late", "bench", "otkat", "kontora", "откат", "контора", "ромашка", "вектор", "o'neil", "sons",
                                "s.r.o.", "beta", "ab", "client", "7", "ёлка", "елка", "acme", "corp", "call", "with", "встреча"),
                        Arbitraries.of("", "", "", "s", "ом", "ой", "у", "ами"),
                        Arbitraries.of(false, false, true))
                .as((stem, ending, capital) -> {
                    String written = stem + ending;
                    return capital ? Character.toUpperCase(written.charAt(0)) + written.substring(1) : written;
                });
        Arbitrary<String> gap = Arbitraries.of(" ", " ", "-", ", ", " «", "» ", " & ", ".", "\n");
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(8), gap.list().ofSize(8)).as(PhrasesTest::joined);
    }
}
