package tickler.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The kept counts of each word-odds reader are those the tuning banks give, so a changed bank is learnt again. */
class WordModelsTest {

    @ParameterizedTest
    @FieldSource("tickler.quality.WordModels#KINDS")
    void theKeptCountsAreLearntFromTheTuningBanksAsTheyAre(WordModels.Kind kind) throws IOException {
        assertEquals(WordModels.learnt(WordModels.tuningBanks(kind).values()).written(),
                Files.readString(kind.kept(), StandardCharsets.UTF_8),
                "learn them again: exec:java -Dexec.classpathScope=test -Dexec.mainClass=tickler.quality.WordModels -Dexec.args=--write");
    }
}
