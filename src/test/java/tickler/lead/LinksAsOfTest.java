package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static tickler.testkit.Acts.event;
import static tickler.testkit.Acts.mail;
import static tickler.testkit.Acts.t;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;
import tickler.testkit.SamePipeline;

/**
 * Links as of an earlier moment are derived from the latest links over the same activities
 * ({@link Linker}); these are the histories where that could go wrong, each checked against
 * linking from scratch as of every three hours around them.
 */
class LinksAsOfTest {

    private static final String OWNER = LeadInferenceTest.OWNER;

    @Test
    void aNameLearnedLaterAnOrganisationKnownLaterAndAnIntroducerSeenLaterAreAsTheyWereThen() {
        // The company name "Roga Kopyta" is written only from 10 Oct; a reminder naming it is dated 5 Oct.
        Activity reminder = event("r1").at("2026-10-05T10:00").created("2026-10-02T09:00").organizer(OWNER)
                .title("Call Roga Kopyta about the estimate").build();
        List<Activity> activities = new ArrayList<>(List.of(
                event("early").at("2026-09-20T10:00").created("2026-09-19T09:00").organizer(OWNER)
                        .title("Roga Kopyta planning").build(),
                mail("m1").at("2026-10-01T10:00").from("Vasya <vasya@rnk.ru>").to(OWNER)
                        .text("We need a mobile app, what would it cost?").build(),
                reminder,
                // A call with Vasya on 25 Sep logged only on 12 Oct: until then RNK was known from 1 Oct, after the 28 Sep note.
                event("call0").at("2026-09-25T10:00").created("2026-10-12T09:00").organizer(OWNER)
                        .attendees("Vasya <vasya@rnk.ru>").title("Call").build(),
                event("note").at("2026-09-28T10:00").created("2026-09-27T09:00").organizer(OWNER).title("Prepare the RNK estimate").build(),
                mail("m2").at("2026-10-10T10:00").from("Vasya (Roga Kopyta) <vasya@rnk.ru>").to(OWNER)
                        .text("Any news on the estimate?").build(),
                // A meeting with Anna logged on 8 Oct after it was held on 2 Oct; on 6 Oct she introduces NewClient,
                // in no words of an introduction: only having met her makes it a referral.
                event("met").at("2026-10-02T10:00").created("2026-10-08T09:00").organizer(OWNER)
                        .attendees("Anna <anna@bigagency.com>").title("Coffee with Anna").build(),
                mail("p1").at("2026-10-06T10:00").from("Anna <anna@bigagency.com>").to(OWNER).cc("Kate <kate@newclient.com>")
                        .text("Kate from NewClient is on this mail, they need a mobile app.").build(),
                mail("k1").at("2026-10-06T15:00").from("Kate <kate@newclient.com>").to(OWNER)
                        .text("Yes, we need a mobile app, what would it cost?").build(),
                LeadInferenceTest.ownerIntro()));
        LeadInference fresh = LeadInferenceTest.inference(activities);
        LeadInference remembering = new LeadInference(fresh.identity(), fresh.vocabulary(), fresh.ownerZone(),
                new Readings(), new Decisions());
        Instant now = t("2026-10-25T12:00");
        Pipeline latest = remembering.infer(activities, now);
        assertEquals(Evidence.Confidence.LOW, latest.linkConfidence("rnk.ru", reminder));

        Activity note = activities.stream().filter(a -> a.key().equals("evt:note")).findFirst().orElseThrow();
        assertEquals(Evidence.Confidence.LOW, latest.linkConfidence("rnk.ru", note));
        boolean sawTheNameUnknown = false;
        boolean sawTheNoteBeforeRnkWasKnown = false;
        for (Instant asOf = t("2026-09-19T00:00"); asOf.isBefore(now.plus(Duration.ofDays(3))); asOf = asOf.plus(Duration.ofHours(3))) {
            Pipeline expected = new LeadInference(fresh.identity(), fresh.vocabulary(), fresh.ownerZone()).infer(activities, asOf);
            Pipeline derived = remembering.infer(activities, asOf);
            SamePipeline.assertSame(expected, derived, activities, "as of " + asOf);
            sawTheNoteBeforeRnkWasKnown |= expected.byKey("rnk.ru").isPresent() && expected.linkConfidence("rnk.ru", note) == null;
            sawTheNameUnknown |= expected.byKey("rnk.ru").isPresent() && expected.linkConfidence("rnk.ru", reminder) == null;
        }
        // The history does hold the moments the derivation must get right.
        assertTrue(sawTheNameUnknown, "a moment when the reminder did not name a known company yet");
        assertTrue(sawTheNoteBeforeRnkWasKnown, "a moment when the note came before anything known of RNK");
        assertNotEquals(latest.byKey("newclient.com").map(Lead::source),
                fresh.infer(activities, t("2026-10-07T12:00")).byKey("newclient.com").map(Lead::source),
                "introduced by someone met before only once that meeting was in the calendar");
    }
}
