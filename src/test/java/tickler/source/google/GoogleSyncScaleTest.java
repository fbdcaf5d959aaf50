package tickler.source.google;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tickler.activity.ActivityStore;
import tickler.source.google.fake.FakeGoogle;
import tickler.source.google.fake.FakeGoogleResource;
import tickler.source.google.fake.Mails;
import tickler.source.takeout.ImportResult;
import tickler.source.takeout.TakeoutImport;

/** Connecting through OAuth, request budgets, a large mailbox, resuming after a crash, Takeout then live. */
@QuarkusTest
@QuarkusTestResource(value = FakeGoogleResource.class, restrictToAnnotatedClass = true)
class GoogleSyncScaleTest {

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
    @Inject
    TakeoutImport takeout;
    @Inject
    SyncRuns runs;

    @BeforeEach
    void empty() {
        // A sync a test's connect started in the background holds its account's row until it ends: wait for it.
        List<ReentrantLock> running = store.accounts().stream().map(account -> runs.lock(account.email())).toList();
        running.forEach(ReentrantLock::lock);
        try {
            activities.clear();
            store.database().inTransaction(c -> {
                for (String table : List.of("google_item", "google_cursor", "google_sync_lock", "google_account")) {
                    c.createStatement().executeUpdate("DELETE FROM " + table);
                }
                return null;
            });
        } finally {
            running.forEach(ReentrantLock::unlock);
        }
        fake.resetCounters();
        fake.failAfter(-1);
    }

    @Test
    void connectingRunsOAuthWithPkceAndStoresTheAccountEncrypted() throws Exception {
        fake.authorizeAs("new.owner@example.com");
        GoogleKit.mail(fake.user("new.owner@example.com"), 700, 3);
        String start = given().redirects().follow(false).get("/connect/google")
                .then().statusCode(303).extract().header("Location");
        assertTrue(start.startsWith(fake.authUrl()), start);
        assertTrue(start.contains("code_challenge_method=S256") && start.contains("access_type=offline"), start);
        assertTrue(start.contains("gmail.readonly") && start.contains("calendar.readonly"), start);

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> consent = http.send(HttpRequest.newBuilder(URI.create(start)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, consent.statusCode(), consent.body());
        String callback = consent.headers().firstValue("Location").orElseThrow();
        assertTrue(callback.startsWith(RestAssured.baseURI + ":" + RestAssured.port + "/connect/google/callback"), callback);

        HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(callback)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, back.statusCode(), back.body());
        assertTrue(back.headers().firstValue("Location").orElseThrow().endsWith("/sync"));

        GoogleStore.Account account = store.account("new.owner@example.com").orElseThrow();
        assertTrue(account.refreshToken().startsWith("v1:"), "stored encrypted");
        assertFalse(account.refreshToken().contains("refresh-"), "never in the clear");
        assertTrue(sync.sync("new.owner@example.com", true));
        assertEquals(3, activities.count());

        // The same state twice is refused: state is single-use.
        HttpResponse<String> replay = http.send(HttpRequest.newBuilder(URI.create(callback)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, replay.statusCode());
    }

    /** Signs {@code email} in through /connect/google and the fake's consent screen; returns the callback's answer. */
    HttpResponse<String> signIn(String email) throws Exception {
        fake.authorizeAs(email);
        String start = given().redirects().follow(false).get("/connect/google").then().statusCode(303)
                .extract().header("Location");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> consent = http.send(HttpRequest.newBuilder(URI.create(start)).build(),
                HttpResponse.BodyHandlers.ofString());
        return http.send(HttpRequest.newBuilder(URI.create(consent.headers().firstValue("Location").orElseThrow())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reconnectingARevokedAccountResumesItsSyncWhereItStood() throws Exception {
        String email = "again@example.com";
        assertEquals(303, signIn(email).statusCode());
        GoogleKit.mail(fake.user(email), 0, 5);
        assertTrue(sync.sync(email, true));
        fake.revoke(email);
        GoogleKit.mail(fake.user(email), 10, 2);
        assertFalse(sync.sync(email, true));
        assertEquals(AccountState.RECONNECT_NEEDED, syncStatus.accounts().get(0).state());

        assertEquals(303, signIn(email).statusCode());
        assertFalse(store.account(email).orElseThrow().reconnectNeeded());
        fake.resetCounters();
        assertTrue(sync.sync(email, true));
        assertEquals(7, activities.count());
        assertEquals(0, fake.requestCount("GET /gmail/v1/users/me/messages"), "history, not a new full sync");
    }

    @Test
    void fullSyncAndIncrementalSyncStayWithinTheirRequestBudgets() {
        String email = GoogleKit.connect(fake, store, cipher, "budget@example.com");
        FakeGoogle.User user = fake.user(email);
        GoogleKit.mail(user, 0, 1200);
        assertTrue(sync.sync(email, true));
        assertEquals(1200, activities.count());
        assertEquals(3, fake.requestCount("GET /gmail/v1/users/me/messages"), "one list call per 500 ids");
        assertEquals(1200 / 50, fake.requestCount("POST /batch"), "one batch per 50 messages");
        assertEquals(1200, fake.requestCount("PART GET /gmail/v1/users/me/messages/"));

        GoogleKit.mail(user, 5000, 10);
        fake.resetCounters();
        assertTrue(sync.sync(email, true));
        assertEquals(1210, activities.count());
        List<String> requests = fake.requests().stream().filter(r -> !r.startsWith("PART") && !r.startsWith("POST /token")).toList();
        assertTrue(requests.size() <= 3, requests.toString());
        assertEquals(10 * 5 + 2, fake.gmailUnits(email), "ten messages.get and one history.list");
    }

    @Test
    void aLargeMailboxSyncsCompletely() {
        String email = GoogleKit.connect(fake, store, cipher, "large@example.com");
        GoogleKit.mail(fake.user(email), 0, 20_000);
        long started = System.nanoTime();
        assertTrue(sync.sync(email, true));
        System.out.printf("20,000 messages synced in %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertEquals(20_000, activities.count());
        assertEquals(40, fake.requestCount("GET /gmail/v1/users/me/messages"));
        assertEquals(400, fake.requestCount("POST /batch"));
        given().get("/api/sync/status").then().statusCode(200)
                .body("find { it.email == 'large@example.com' }.messages", org.hamcrest.Matchers.equalTo(20_000));
    }

    @Test
    void aRunningFullSyncShowsItsProgress() throws Exception {
        String email = GoogleKit.connect(fake, store, cipher, "progress@example.com");
        GoogleKit.mail(fake.user(email), 0, 3000);
        Thread running = new Thread(() -> sync.sync(email, true));
        running.start();
        boolean seen = false;
        for (int i = 0; i < 400 && !seen && running.isAlive(); i++) {
            Thread.sleep(25);
            String state = given().get("/api/sync/status").then().statusCode(200).extract().path("[0].state");
            Integer done = given().get("/api/sync/status").then().extract().path("[0].fullSync.find { it.stream == 'gmail' }.done");
            seen = "full-sync".equals(state) && done != null && done > 0 && done < 3000;
        }
        running.join();
        assertTrue(seen, "progress of the full sync was visible while it ran");
        given().get("/sync").then().statusCode(200).body(org.hamcrest.Matchers.containsString("progress@example.com"));
        assertEquals(AccountState.IDLE, syncStatus.accounts().get(0).state());
    }

    @Test
    void aSyncInterruptedMidwayResumesWithNothingLostOrRepeated() {
        String email = GoogleKit.connect(fake, store, cipher, "crash@example.com");
        FakeGoogle.User user = fake.user(email);
        GoogleKit.mail(user, 0, 1000);
        // Directory and calendar (5 calls), one page of 500 ids in 10 batches, the next page, then Google is gone.
        fake.failAfter(20);
        assertFalse(sync.sync(email, true), "Google went away mid full sync");
        long saved = activities.count();
        assertTrue(saved > 500 && saved < 1000, "saved " + saved);
        AccountStatus status = syncStatus.accounts().get(0);
        assertEquals(AccountState.FAILED, status.state());
        assertTrue(status.lastError().contains("503"), status.lastError());

        fake.failAfter(-1);
        fake.resetCounters();
        fake.expirePageTokens();
        GoogleKit.mail(user, 2000, 5);
        assertTrue(sync.sync(email, true));
        assertEquals(1005, activities.count());
        assertEquals(GoogleKit.expectedMessages(java.util.stream.IntStream.concat(
                java.util.stream.IntStream.range(0, 1000), java.util.stream.IntStream.range(2000, 2005)).toArray()),
                new java.util.TreeSet<>(activities.all().stream().map(a -> a.key()).toList()));
        assertEquals(1 + 3, fake.requestCount("GET /gmail/v1/users/me/messages"),
                "the stored page token had expired (400): all three pages listed again from the top");
        long fetchedAgain = fake.requestCount("PART GET /gmail/v1/users/me/messages/");
        assertTrue(fetchedAgain <= 1005 - saved + 5, "resumed where it stopped: fetched " + fetchedAgain + " after " + saved);
        assertNull(syncStatus.accounts().get(0).lastError());
    }

    @Test
    void aTakeoutImportThenALiveSyncOfTheSameMailboxGiveOneActivityPerMessage() throws Exception {
        String email = GoogleKit.connect(fake, store, cipher, "both@example.com");
        FakeGoogle.User user = fake.user(email);
        ByteArrayOutputStream mbox = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) {
            Instant at = Instant.parse("2026-10-01T10:00:00Z").plusSeconds(3600L * i);
            byte[] raw = Mails.message(i + ".m@client.example", "c" + i + "@client.example", email, "Hi " + i, at, "Body " + i);
            user.addMessage(raw, at, "INBOX");
            mbox.writeBytes(("From 16" + i + "@xxx Thu Oct 01 10:00:00 +0000 2026\r\n"
                    + "X-GM-THRID: " + (1_700_000_000_000_000_000L + i) + "\r\nX-Gmail-Labels: Inbox\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            mbox.writeBytes(raw);
            mbox.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        Path file = Files.createTempFile("mail-", ".mbox");
        Files.write(file, mbox.toByteArray());
        ImportResult imported = takeout.importFile(file, "All mail Including Spam and Trash.mbox");
        assertEquals(40, imported.messages());
        assertEquals(40, activities.count());

        assertTrue(sync.sync(email, true));
        assertEquals(40, activities.count(), "the live sync met the imported messages by Message-ID");
        assertTrue(activities.all().stream().allMatch(a -> a.labels().contains("Inbox")));
    }

    @Test
    void metadataOnlyAccountsFetchHeadersAndGetTheSameKeys() {
        String email = "private@example.com";
        fake.user(email);
        store.connect(email, cipher.encrypt(fake.grantRefreshToken(email)),
                GoogleScopes.CALENDAR_READONLY + " " + GoogleScopes.GMAIL_METADATA, Instant.now());
        GoogleKit.mail(fake.user(email), 900, 4);
        assertTrue(sync.sync(email, true));
        assertEquals(java.util.Set.of("metadata"), fake.formatsRequested());
        assertEquals(GoogleKit.expectedMessages(900, 901, 902, 903),
                new java.util.TreeSet<>(activities.all().stream().map(a -> a.key()).toList()));
        assertTrue(activities.all().stream().allMatch(a -> a.text() == null || a.text().isEmpty()), "no bodies kept");
    }

    @Test
    void calendarEventsGetTheKeysAndFieldsOfTheirTakeoutOccurrences() throws Exception {
        String email = GoogleKit.connect(fake, store, cipher, "cal@example.com");
        FakeGoogle.Calendar cal = fake.user(email).primary();
        Instant meet = Instant.parse("2026-11-27T12:00:00Z");
        cal.put(Mails.event("meet1", "Call vasya@otkat.ru", meet, meet.plusSeconds(3600), "vasya@otkat.ru"));
        cal.put(Mails.allDay("conf", "Conference", "2026-12-03", "2026-12-04"));
        Instant weekly = Instant.parse("2026-11-02T09:00:00Z");
        for (int w = 0; w < 6; w++) {
            cal.put(Mails.instance("weekly", weekly.plusSeconds(604_800L * w), weekly.plusSeconds(604_800L * w), "Standup"));
        }
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                "X-WR-CALNAME:" + email, "X-WR-TIMEZONE:Europe/Moscow",
                "BEGIN:VEVENT", "DTSTART:20261127T120000Z", "DTEND:20261127T130000Z", "UID:meet1@google.com",
                "SUMMARY:Call vasya@otkat.ru", "ORGANIZER:mailto:owner@example.com", "ATTENDEE:mailto:vasya@otkat.ru",
                "CREATED:20260101T000000Z", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261204", "UID:conf@google.com",
                "SUMMARY:Conference", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART:20261102T090000Z", "DTEND:20261102T093000Z", "RRULE:FREQ=WEEKLY;COUNT=6",
                "UID:weekly@google.com", "SUMMARY:Standup", "END:VEVENT", "END:VCALENDAR", "");
        Path dir = Files.createTempDirectory("cal");
        Path file = dir.resolve(email + ".ics");
        Files.writeString(file, ics);
        takeout.importFile(file, email + ".ics");
        java.util.Map<String, tickler.activity.Activity> imported = new java.util.TreeMap<>();
        activities.all().forEach(a -> imported.put(a.key(), a));
        assertEquals(8, imported.size(), imported.keySet().toString());

        assertTrue(sync.sync(email, true));
        java.util.Map<String, tickler.activity.Activity> live = new java.util.TreeMap<>();
        activities.all().forEach(a -> live.put(a.key(), a));
        assertEquals(imported.keySet(), live.keySet(), "one activity per occurrence, whichever source came first");
        for (String key : live.keySet()) {
            tickler.activity.Activity a = imported.get(key);
            tickler.activity.Activity b = live.get(key);
            assertEquals(List.of(a.at(), a.end(), a.allDay(), a.title(), a.recurring(), a.calendar()),
                    List.of(b.at(), b.end(), b.allDay(), b.title(), b.recurring(), b.calendar()), key);
            assertEquals(a.participants().stream().filter(p -> p.role() != tickler.activity.Role.ORGANIZER).toList(),
                    b.participants().stream().filter(p -> p.role() != tickler.activity.Role.ORGANIZER).toList(), key);
        }
    }
}
