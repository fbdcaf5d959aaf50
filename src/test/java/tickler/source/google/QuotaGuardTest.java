package tickler.source.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.util.NanoClock;
import com.google.api.client.util.Sleeper;
import com.google.api.services.gmail.Gmail;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.UserCredentials;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tickler.source.google.fake.FakeGoogle;
import tickler.source.google.fake.Mails;

/**
 * The quota guard on the official Gmail client, against the Google stand-in (no Quarkus). Time is a
 * hand-moved clock that only the guard's waits advance, so pacing is checked exactly and nothing
 * sleeps for real.
 */
class QuotaGuardTest {

    static FakeGoogle fake;
    static List<String> ids;

    /** A clock that stands still but for the waits the guard asks for. */
    static final class WaitedTime implements NanoClock, Sleeper {
        private final AtomicLong nanos = new AtomicLong();
        private final AtomicLong waitedMillis = new AtomicLong();

        @Override
        public long nanoTime() {
            return nanos.get();
        }

        @Override
        public void sleep(long millis) {
            waitedMillis.addAndGet(millis);
            nanos.addAndGet(millis * 1_000_000);
        }

        long waitedMillis() {
            return waitedMillis.get();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        fake = new FakeGoogle();
        FakeGoogle.User user = fake.user("pace@example.com");
        ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(user.addMessage(Mails.message(i + "@x", "a@x.example", "pace@example.com", "s", Instant.EPOCH, "b"),
                    Instant.EPOCH, "INBOX"));
        }
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    static Gmail gmail(int unitsPerSecond, int maxRetries) {
        return gmail(unitsPerSecond, maxRetries, new WaitedTime());
    }

    static Gmail gmail(int unitsPerSecond, int maxRetries, WaitedTime time) {
        UserCredentials credentials = UserCredentials.newBuilder().setClientId(FakeGoogle.CLIENT_ID)
                .setClientSecret(FakeGoogle.CLIENT_SECRET).setRefreshToken(fake.grantRefreshToken("pace@example.com"))
                .setTokenServerUri(URI.create(fake.tokenUrl())).build();
        QuotaGuard guard = new QuotaGuard(new HttpCredentialsAdapter(credentials), unitsPerSecond, 600, maxRetries,
                Duration.ofMillis(10), time, time);
        return new Gmail.Builder(GoogleClients.TRANSPORT, GoogleClients.JSON, guard).setRootUrl(fake.root())
                .setApplicationName("test").build();
    }

    @Test
    void gmailCallsArePacedByTheirUnitCost() throws Exception {
        // 20 units a second, burst 10: 12 messages.get at 5 units = 60 units, so 50 must wait 2.5 s.
        WaitedTime time = new WaitedTime();
        Gmail gmail = gmail(20, 3, time);
        for (int i = 0; i < 12; i++) {
            gmail.users().messages().get("me", ids.get(i % ids.size())).setFormat("minimal").execute();
        }
        assertPacedFor(2500, time);
    }

    @Test
    void everyCallInABatchIsPacedToo() throws Exception {
        WaitedTime time = new WaitedTime();
        Gmail gmail = gmail(20, 3, time);
        com.google.api.client.googleapis.batch.BatchRequest batch = gmail.batch();
        for (int i = 0; i < 12; i++) {
            gmail.users().messages().get("me", ids.get(i % ids.size())).setFormat("minimal")
                    .queue(batch, new com.google.api.client.googleapis.batch.json.JsonBatchCallback<>() {
                        @Override
                        public void onSuccess(com.google.api.services.gmail.model.Message m,
                                              com.google.api.client.http.HttpHeaders h) {
                        }

                        @Override
                        public void onFailure(com.google.api.client.googleapis.json.GoogleJsonError e,
                                              com.google.api.client.http.HttpHeaders h) {
                            throw new AssertionError(e.getMessage());
                        }
                    });
        }
        batch.execute();
        assertPacedFor(2500, time);
    }

    /** Waited the share's time, give or take the millisecond each wait is rounded up to. */
    private static void assertPacedFor(long millis, WaitedTime time) {
        long waited = time.waitedMillis();
        assertTrue(waited >= millis && waited <= millis + 12, "waited " + waited + " ms for a share of " + millis + " ms");
    }

    @Test
    void retriesAreBoundedAndTheErrorSurfacesWithGooglesDetails() {
        Gmail gmail = gmail(1000, 2);
        fake.rateLimitNext(10, 0, true);
        int before = fake.served429();
        GoogleJsonResponseException e = assertThrows(GoogleJsonResponseException.class,
                () -> gmail.users().getProfile("me").execute());
        assertEquals(403, e.getStatusCode());
        assertEquals("userRateLimitExceeded", e.getDetails().getErrors().get(0).getReason(), "body still parses after peeking");
        assertEquals(3, fake.served429() - before, "one try and two retries");
        fake.rateLimitNext(0, 0, false);
    }

    @Test
    void retryAfterIsReadInSecondsOrAsADate() {
        assertEquals(7000, QuotaGuard.retryAfterMillis("7"));
        assertEquals(0, QuotaGuard.retryAfterMillis(null));
        assertTrue(QuotaGuard.retryAfterMillis("Thu, 01 Jan 2099 00:00:00 GMT") > 0);
    }
}
