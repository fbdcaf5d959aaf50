package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tickler.testkit.Acts.event;
import static tickler.testkit.Acts.mail;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;
import tickler.activity.Chronology;

/**
 * The hostile calendar of the audit: 100 daily series with one contact, 100,000 occurrences.
 * Checking each meeting against every message of the lead would take 10^10 steps and never end
 * here; the follow-up rule looks each meeting's window up in the owner's sorted messages.
 */
class FollowUpsAtScaleTest {

    private static final int SERIES = 100;
    private static final int DAYS = 1000;
    private static final int DAYS_FOLLOWED_UP = 500;

    @Test
    void aHundredThousandMeetingsOfOneContactAreCheckedEachAgainstItsOwnWindow() {
        String contact = "Vasya (Otkat Kontora) <vasya@otkat.ru>";
        LocalDateTime firstDay = LocalDateTime.parse("2023-01-02T09:00");
        List<Activity> activities = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            LocalDateTime date = firstDay.plusDays(day);
            for (int series = 0; series < SERIES; series++) {
                activities.add(event("daily" + series + "/" + day).at(date.plusMinutes(series).toString())
                        .organizer(LeadInferenceTest.OWNER).attendees(contact).recurring().title("Stand-up " + series).build());
            }
            if (day < DAYS_FOLLOWED_UP) {
                activities.add(mail("followup" + day).at(date.withHour(20).toString()).from(LeadInferenceTest.OWNER)
                        .to(contact).sent().title("Notes").text("Notes of today").build());
            }
        }

        activities.add(LeadInferenceTest.ownerIntro());
        LeadInference inference = LeadInferenceTest.inference(activities);
        List<Activity> ofLead = activities.stream().filter(a -> !a.key().equals("msg:intro"))
                .sorted(Chronology.ORDER).toList();
        LeadContext otkat = new LeadContext("otkat.ru", inference.identity(), inference.vocabulary(), new Readings(),
                tickler.testkit.Acts.t("2026-11-26T12:00"), ofLead, Map.of());

        List<Activity> missed = FollowUps.missing(otkat, tickler.testkit.Acts.ZONE);

        assertEquals((DAYS - DAYS_FOLLOWED_UP) * SERIES, missed.size(), "every meeting after the owner stopped writing, none before");
        assertEquals(firstDay.plusDays(DAYS_FOLLOWED_UP).toString(),
                missed.get(0).at().atZone(tickler.testkit.Acts.ZONE).toLocalDateTime().toString());
    }
}
