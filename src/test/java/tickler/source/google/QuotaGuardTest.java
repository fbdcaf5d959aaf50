package tickler.source.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.UserCredentials;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tickler.source.google.fake.FakeGoogle;
import tickler.source.google.fake.Mails;

/** The quota guard on the official Gmail client, against the Google stand-in (no Quarkus). */
class QuotaGuardTest {

    static FakeGoogle fake;
    static List<String> ids;

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
        UserCredentials credentials = UserCredentials.newBuilder().setClientId(FakeGoogle.CLIENT_ID)
                .setClientSecret(FakeGoogle.CLIENT_SECRET).setRefreshToken(fake.grantRefreshToken("pace@example.com"))
                .setTokenServerUri(URI.create(fake.tokenUrl())).build();
        QuotaGuard guard = new QuotaGuard(new HttpCredentialsAdapter(credentials), unitsPerSecond, 600, maxRetries,
                Duration.ofMillis(10));
        return new Gmail.Builder(GoogleClients.TRANSPORT, GoogleClients.JSON, guard).setRootUrl(fake.root())
                .setApplicationName("test").build();
    }

    @Test
    void gmailCallsArePacedByTheirUnitCost() throws Exception {
        // 20 units a second, burst 10: 12 messages.get at 5 units = 60 units, so 50 must wait 2.5 s.
        Gmail gmail = gmail(20, 3);
        long started = System.nanoTime();
        for (int i = 0; i < 12; i++) {
            gmail.users().messages().get("me", ids.get(i % ids.size())).setFormat("minimal").execute();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds >= 1.8 && seconds < 30, "took " + seconds + " s (the upper bound only catches a wait gone wild)");
    }

    @Test
    void everyCallInABatchIsPacedToo() throws Exception {
        Gmail gmail = gmail(20, 3);
        long started = System.nanoTime();
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
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds >= 1.8 && seconds < 30, "took " + seconds + " s (the upper bound only catches a wait gone wild)");
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
