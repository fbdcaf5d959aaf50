package tickler.source.google;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tickler.activity.ActivityStore;
import tickler.source.google.fake.FakeGoogle;
import tickler.source.google.fake.FakeGoogleResource;

/**
 * A full sync against a Google stand-in that enforces Gmail's per-user quota (250 units/s, two
 * seconds' worth of burst), with the service's production pacing and backoff: the share of the
 * ceiling it sustains, and how many calls the quota refused (each one retried, none failing the
 * sync). Off unless asked for (about a minute and a half); run
 * {@code ./mvnw -q test -Dtest='GoogleSyncBenchmark*' -Dbenchmark=google} and read the lines starting with "BENCH".
 * {@code -Dbenchmark.messages=N} changes the mailbox size (default 5,000).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "google")
@QuarkusTest
@QuarkusTestResource(value = FakeGoogleResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = FakeGoogleResource.PACING, value = "production"))
class GoogleSyncBenchmarkSustained {

    /** Google's per-user Gmail quota. */
    static final int CEILING = 250;

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
    void sustainedFullSync() {
        int mailbox = Integer.getInteger("benchmark.messages", 5_000);
        activities.clear();
        String email = GoogleKit.connect(fake, store, cipher, "sustained@example.com");
        GoogleKit.mail(fake.user(email), 0, mailbox);
        fake.enforceGmailQuota(CEILING);
        fake.resetCounters();
        long started = System.nanoTime();
        boolean completed = sync.sync(email, true);
        double seconds = (System.nanoTime() - started) / 1e9;
        long units = fake.gmailUnits(email);
        System.out.printf("BENCH sustained full sync of %d messages under %d units/s: %.1f s, %d units served, "
                        + "%.1f units/s = %.1f%% of the ceiling; %d calls refused over quota and retried; sync %s%n",
                mailbox, CEILING, seconds, units, units / seconds, 100 * units / seconds / CEILING, fake.served429(),
                completed ? "completed" : "FAILED: " + syncStatus.accounts());
        if (!completed || activities.count() != mailbox) {
            throw new AssertionError("store holds " + activities.count() + " of " + mailbox);
        }
    }
}
