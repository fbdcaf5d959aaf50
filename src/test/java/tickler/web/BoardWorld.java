package tickler.web;

import static tickler.testkit.Acts.event;
import static tickler.testkit.Acts.mail;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tickler.activity.Activity;
import tickler.activity.ActivityStore;

/**
 * Ten thousand leads of two salespeople, for the board at size: lead {@code i} is
 * {@code acme<i>.io}; Olga has the even ones and Petr the odd ones; every third one Tickler's
 * owner wrote to first (OUTBOUND), the others wrote first (INBOUND); every tenth one was won,
 * {@code i % 700} days before now. Lead 4242 is "Quokka Labs", its contact Zebra Nine.
 */
final class BoardWorld {

    static final int LEADS = 10_000;
    static final String OLGA = "Olga <olga@sellwell.io>";
    static final String PETR = "Petr <petr@sellwell.io>";
    static final int QUOKKA = 4242;
    private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-26T10:00");

    /** Its own database, so the other tests' leads and these do not meet. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:tickler-board;DB_CLOSE_DELAY=-1");
        }
    }

    private BoardWorld() {
    }

    static void seed(ActivityStore store) {
        if (store.count() > 0) {
            return;
        }
        List<Activity> batch = new ArrayList<>();
        for (int i = 0; i < LEADS; i++) {
            batch.addAll(lead(i));
            if (batch.size() >= 3_000) {
                store.save(batch);
                batch.clear();
            }
        }
        store.save(batch);
    }

    static String key(int i) {
        return "acme" + i + ".io";
    }

    static boolean outbound(int i) {
        return i % 3 == 0;
    }

    static boolean won(int i) {
        return i % 10 == 0;
    }

    static int daysAgo(int i) {
        return i % 700;
    }

    private static List<Activity> lead(int i) {
        String owner = i % 2 == 0 ? OLGA : PETR;
        String contact = i == QUOKKA ? "Zebra Nine (Quokka Labs) <zebra.nine@" + key(i) + ">"
                : "Client " + i + " <buyer" + i + "@" + key(i) + ">";
        LocalDateTime first = NOW.minusDays(daysAgo(i) + 30);
        List<Activity> activities = new ArrayList<>();
        Activity ask = mail("ask" + i).at(first.toString()).from(contact).to(owner)
                .title("A website for us").text("We need a new website.").build();
        Activity offer = mail("offer" + i).at(first.plusHours(outbound(i) ? -2 : 2).toString()).from(owner).to(contact).sent()
                .title("Our studio").text("Happy to help with your website.").build();
        activities.add(ask);
        activities.add(offer);
        if (won(i)) {
            activities.add(event("signed" + i).at(NOW.minusDays(daysAgo(i)).toString()).organizer(owner).attendees(contact)
                    .title("Contract signed #won").build());
        }
        return activities;
    }
}
