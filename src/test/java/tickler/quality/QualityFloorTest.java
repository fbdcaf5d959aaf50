package tickler.quality;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The quality floors of issues #3 and #11 on one small synthetic world of the tuning book (its
 * held-out phrasings included) with contacts among the leads, so a change that makes the
 * inference worse breaks the build. The full measurement over several seeds and both banks is
 * {@link QualityBenchmark}; the blind bank is measured there, never floored here.
 */
class QualityFloorTest {

    private static final long SEED = 777;
    private static final int LEADS = 80;

    @Test
    void inferenceMeetsTheFloorsOnASyntheticWorld() throws Exception {
        Scores scores = Quality.measure(SEED, LEADS);
        Supplier<String> report = () -> scores.line("seed " + SEED) + "\n" + String.join("\n", scores.mistakes());
        assertAll(
                () -> assertTrue(scores.leadF1() >= 0.98, report),
                () -> assertEquals(0, scores.noiseLeaked(), report),
                () -> assertTrue(scores.contacts() > 0, report),
                () -> assertEquals(0, scores.contactsLeaked(), report),
                () -> assertTrue(scores.wonMonthsAccuracy() >= 0.90, report),
                () -> assertTrue(scores.sourceAccuracy() >= 0.95, report),
                () -> assertTrue(scores.stageAccuracy() >= 0.90, report),
                () -> assertTrue(scores.budgetAccuracy() >= 0.90, report),
                () -> assertTrue(scores.teamAccuracy() >= 0.90, report),
                () -> assertTrue(scores.forgotten().precision() >= 0.90, report),
                () -> assertTrue(scores.forgotten().recall() >= 0.90, report),
                () -> assertTrue(scores.missingFollowUp().precision() >= 0.90, report),
                () -> assertTrue(scores.missingFollowUp().recall() >= 0.90, report));
    }
}
