package tickler.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The kept counts of the acceptance reader are those the tuning banks give, so a changed bank is learnt again. */
class AcceptanceModelTest {

    @Test
    void theKeptCountsAreLearntFromTheTuningBanksAsTheyAre() throws IOException {
        assertEquals(AcceptanceModel.learnt(AcceptanceModel.tuningBanks().values()).written(),
                Files.readString(AcceptanceModel.KEPT, StandardCharsets.UTF_8),
                "learn them again: exec:java -Dexec.classpathScope=test -Dexec.mainClass=tickler.quality.AcceptanceModel -Dexec.args=--write");
    }
}
