package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static tickler.testkit.Acts.event;
import static tickler.testkit.Acts.mail;
import static tickler.testkit.Acts.t;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;
import tickler.activity.Chronology;
import tickler.testkit.SamePipeline;

/**
 * The latest links updated with a few changes ({@link Linker}) are the links made from scratch:
 * these are the changes that reach beyond the correspondents they are linked to, one after another.
 */
class LinksUpdatedTest {

    private static final String OWNER = LeadInferenceTest.OWNER;
    private static final Instant NOW = t("2026-10-25T12:00");

    private final Map<String, Activity> stored = new LinkedHashMap<>();
    private LeadInference fresh;
    private LeadInference remembering;
    /** The pipeline after the last change, inferred with the links updated. */
    private Pipeline updated;

    @Test
    void namesLearnedOrganisationsKnownEarlierAndIntroducersMetEarlierReachOtherCorrespondents() {
        Activity note = event("note").at("2026-09-28T10:00").created("2026-09-27T09:00").organizer(OWNER)
                .title("Prepare the RNK estimate").build();
        Activity reminder = event("r1").at("2026-10-05T10:00").created("2026-10-02T09:00").organizer(OWNER)
                .title("Call Roga Kopyta about the estimate").build();
        Activity call = event("call0").at("2026-09-25T10:00").created("2026-09-25T11:00").organizer(OWNER)
                .attendees("Vasya <vasya@rnk.ru>").title("Call").build();
        Activity named = mail("m2").at("2026-10-10T10:00").from("Vasya (Roga Kopyta) <vasya@rnk.ru>").to(OWNER)
                .text("Any news on the estimate?").build();
        Activity unnamed = mail("m2").at("2026-10-10T10:00").from("Vasya <vasya@rnk.ru>").to(OWNER)
                .text("Any news on the estimate?").build();
        Activity met = event("met").at("2026-10-02T10:00").created("2026-10-02T11:00").organizer(OWNER)
                .attendees("Anna <anna@bigagency.com>").title("Coffee with Anna").build();

        change(s -> {
            s.accept(LeadInferenceTest.ownerIntro());
            s.accept(mail("m1").at("2026-10-01T10:00").from("Vasya <vasya@rnk.ru>").to(OWNER)
                    .text("We need a mobile app, what would it cost?").build());
            s.accept(note);
            s.accept(reminder);
            s.accept(mail("p1").at("2026-10-06T10:00").from("Anna <anna@bigagency.com>").to(OWNER)
                    .cc("Kate <kate@newclient.com>").text("Kate from NewClient is on this mail, they need a mobile app.").build());
            s.accept(mail("k1").at("2026-10-06T15:00").from("Kate <kate@newclient.com>").to(OWNER)
                    .text("Yes, we need a mobile app, what would it cost?").build());
        });
        assertNull(updated.linkConfidence("rnk.ru", reminder), "the company name is not known yet");
        change(s -> s.accept(named));
        assertEquals(Evidence.Confidence.LOW, updated.linkConfidence("rnk.ru", reminder), "a name learned names earlier events");
        change(s -> s.accept(call));
        assertEquals(Evidence.Confidence.LOW, updated.linkConfidence("rnk.ru", note), "known earlier, named earlier");
        change(s -> stored.remove(call.key()));
        assertNull(updated.linkConfidence("rnk.ru", note));
        change(s -> s.accept(unnamed));
        assertNull(updated.linkConfidence("rnk.ru", reminder), "the only message naming the company edited");
        change(s -> s.accept(event("r2").at("2026-10-20T10:00").created("2026-10-11T09:00").organizer(OWNER)
                .title("RNK: send the estimate").build()));
        LeadSource before = updated.byKey("newclient.com").orElseThrow().source();
        change(s -> s.accept(met));
        assertEquals(LeadSource.INBOUND, before);
        assertEquals(LeadSource.REFERRAL, updated.byKey("newclient.com").orElseThrow().source(), "Anna was met before she wrote");
        change(s -> stored.remove(met.key()));
        change(s -> s.accept(named));
        change(s -> stored.remove(reminder.key()));
        change(s -> stored.remove("msg:m1"));
    }

    /** Applies the change to the store, then infers with both inferences over the same chronological list. */
    private void change(Consumer<Consumer<Activity>> change) {
        change.accept(activity -> stored.put(activity.key(), activity));
        List<Activity> activities = new ArrayList<>(stored.values());
        activities.sort(Chronology.ORDER);
        if (fresh == null) {
            fresh = LeadInferenceTest.inference(activities);
            remembering = new LeadInference(fresh.identity(), fresh.vocabulary(), fresh.ownerZone(), new Readings(), new Decisions());
        }
        Pipeline expected = new LeadInference(fresh.identity(), fresh.vocabulary(), fresh.ownerZone()).infer(activities, NOW);
        Pipeline updated = remembering.infer(List.copyOf(activities), NOW);
        SamePipeline.assertSame(expected, updated, activities, "after the change");
        this.updated = updated;
    }
}
