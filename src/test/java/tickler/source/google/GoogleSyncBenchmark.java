package tickler.source.google;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tickler.activity.ActivityStore;
import tickler.source.google.fake.FakeGoogle;
import tickler.source.google.fake.FakeGoogleResource;

/**
 * Requests and Gmail quota units of a full sync per 1,000 messages, and of an incremental sync of
 * 10 new messages after 50,000. Off unless asked for (about 90 s); run
 * {@code ./mvnw -q test -Dtest=GoogleSyncBenchmark -Dbenchmark=google} and read the lines starting with "BENCH".
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "google")
@QuarkusTest
@QuarkusTestResource(value = FakeGoogleResource.class, restrictToAnnotatedClass = true)
class GoogleSyncBenchmark {

    static final int MAILBOX = 50_000;

    @FakeGoogleResource.Fake
    FakeGoogle fake;
    @Inject
    GoogleSync sync;
    @Inject
    GoogleSyncStatus syncStatus;
    @Inject
    GoogleStore store;
    @Inject
    TokenCipher cipher;
    @Inject
    ActivityStore activities;

    @Test
    void fullAndIncremental() {
        activities.clear();
        String email = GoogleKit.connect(fake, store, cipher, "bench@example.com");
        FakeGoogle.User user = fake.user(email);
        GoogleKit.mail(user, 0, MAILBOX);
        fake.resetCounters();
        long started = System.nanoTime();
        if (!sync.sync(email, true)) {
            throw new AssertionError("full sync failed: " + syncStatus.accounts());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report("full sync of " + MAILBOX, MAILBOX / 1000.0, seconds, email);

        GoogleKit.mail(user, MAILBOX, 10);
        fake.resetCounters();
        started = System.nanoTime();
        if (!sync.sync(email, true)) {
            throw new AssertionError("incremental sync failed: " + syncStatus.accounts());
        }
        report("incremental sync of 10 new after " + MAILBOX, 0, (System.nanoTime() - started) / 1e9, email);
        if (activities.count() != MAILBOX + 10) {
            throw new AssertionError("store holds " + activities.count());
        }
    }

    /** @param thousands the messages read, in thousands, or 0 to give absolute figures only */
    private void report(String what, double thousands, double seconds, String email) {
        List<String> requests = fake.requests();
        long http = requests.stream().filter(r -> !r.startsWith("PART")).count();
        long calls = requests.stream().filter(r -> !r.startsWith("POST")).count();
        long units = fake.gmailUnits(email);
        String per = thousands == 0 ? "" : String.format(" (%.1f requests and %.0f units per 1,000 messages)",
                http / thousands, units / thousands);
        System.out.printf("BENCH %s: %.1f s; %d HTTP requests, %d API calls counting batch parts, %d token refreshes, "
                + "%d Gmail quota units%s%n", what, seconds, http, calls, fake.requestCount("POST /token"), units, per);
    }
}
