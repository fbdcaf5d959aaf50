package tickler.source.google;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tickler.activity.Activity;
import tickler.activity.ActivityStore;
import tickler.source.google.fake.FakeGoogle;
import tickler.source.google.fake.Mails;

/** What the Google tests share: an empty store, a connected account, numbered client mail and its keys. */
final class GoogleKit {

    /** The tests' frozen now (tickler.now of the test profile). */
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private GoogleKit() {
    }

    /** No activities, no accounts. */
    static void empty(ActivityStore activities, GoogleStore store) {
        activities.clear();
        store.database().inTransaction(c -> {
            for (String table : List.of("google_item", "google_cursor", "google_sync_lock", "google_account")) {
                c.createStatement().executeUpdate("DELETE FROM " + table);
            }
            return null;
        });
    }

    static String connect(FakeGoogle fake, GoogleStore store, TokenCipher cipher, String email) {
        fake.user(email);
        store.connect(email, cipher.encrypt(fake.grantRefreshToken(email)),
                GoogleScopes.CALENDAR_READONLY + " " + GoogleScopes.GMAIL_READONLY, NOW);
        return email;
    }

    /** Adds {@code count} messages numbered from {@code from}; returns their Gmail ids. */
    static List<String> mail(FakeGoogle.User user, int from, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            byte[] raw = Mails.message(i + ".m@client.example", "Client " + i + " <c" + i + "@client.example>",
                    user.email, "Project " + i, NOW.minusSeconds(3600L * (i + 1)), "Hello number " + i);
            ids.add(user.addMessage(raw, NOW.minusSeconds(3600L * (i + 1)), "INBOX"));
        }
        return ids;
    }

    static Set<String> keys(ActivityStore activities, String prefix) {
        Set<String> out = new TreeSet<>();
        for (Activity a : activities.all()) {
            if (a.key().startsWith(prefix)) {
                out.add(a.key());
            }
        }
        return out;
    }

    static Set<String> expectedMessages(int... numbers) {
        Set<String> out = new TreeSet<>();
        for (int n : numbers) {
            out.add("msg:" + n + ".m@client.example");
        }
        return out;
    }

    static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }
}
