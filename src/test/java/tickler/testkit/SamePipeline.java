package tickler.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import tickler.activity.Activity;
import tickler.lead.Lead;
import tickler.lead.Pipeline;

/** What a pipeline computed another way must share with the one inferred from scratch. */
public final class SamePipeline {

    private SamePipeline() {
    }

    /** The same leads and contacts, each lead with the same timeline, and every activity linked to the same leads as surely. */
    public static void assertSame(Pipeline expected, Pipeline actual, List<Activity> activities, String when) {
        assertEquals(expected.leads(), actual.leads(), "leads " + when);
        assertEquals(expected.contacts(), actual.contacts(), "contacts " + when);
        for (Lead lead : expected.leads()) {
            assertEquals(expected.timeline(lead.key()), actual.timeline(lead.key()), lead.key() + " " + when);
        }
        for (Activity activity : activities) {
            assertEquals(expected.leadKeysOf(activity), actual.leadKeysOf(activity), activity.key() + " " + when);
            for (String lead : expected.leadKeysOf(activity)) {
                assertEquals(expected.linkConfidence(lead, activity), actual.linkConfidence(lead, activity),
                        activity.key() + " to " + lead + " " + when);
            }
        }
    }
}
