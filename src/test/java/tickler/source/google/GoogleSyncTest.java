package tickler.source.google;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tickler.source.google.GoogleKit.NOW;
import static tickler.source.google.GoogleKit.connect;
import static tickler.source.google.GoogleKit.expectedMessages;
import static tickler.source.google.GoogleKit.mail;
import static tickler.source.google.GoogleKit.range;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;
import tickler.activity.ActivityStore;
import tickler.activity.Role;
import tickler.lead.LeadService;
import tickler.source.google.fake.FakeGoogle;
import tickler.source.google.fake.FakeGoogleResource;
import tickler.source.google.fake.Mails;

/** Calendar and Gmail sync through the official client against the local Google stand-in. */
@QuarkusTest
@QuarkusTestResource(value = FakeGoogleResource.class, restrictToAnnotatedClass = true)
class GoogleSyncTest {

    @FakeGoogleResource.Fake
    FakeGoogle fake;

    @Inject
    GoogleSync sync;
    @Inject
    GoogleStore store;
    @Inject
    TokenCipher cipher;
    @Inject
    ActivityStore activities;
    @Inject
    LeadService leads;

    @BeforeEach
    void empty() {
        GoogleKit.empty(activities, store);
        fake.resetCounters();
    }

    Set<String> keys(String prefix) {
        return GoogleKit.keys(activities, prefix);
    }

    @Test
    void fullThenIncrementalSyncKeepTheStoreEqualToGoogle() {
        String email = connect(fake, store, cipher, "owner@example.com");
        FakeGoogle.User user = fake.user(email);
        user.alias("sales@example.com");
        String vipLabel = user.label("VIP");
        List<String> ids = mail(user, 0, 30);
        FakeGoogle.Calendar cal = user.primary();
        cal.put(Mails.event("meet1", "Call vasya@otkat.ru", NOW.plusSeconds(86_400), NOW.plusSeconds(90_000),
                "owner@example.com", "vasya@otkat.ru"));
        cal.put(Mails.allDay("conf", "Conference", "2026-12-03", "2026-12-04"));
        Instant weekly = Instant.parse("2026-11-02T09:00:00Z");
        for (int w = 0; w < 6; w++) {
            cal.put(Mails.instance("weekly", weekly.plusSeconds(604_800L * w), weekly.plusSeconds(604_800L * w), "Standup"));
        }

        assertTrue(sync.sync(email, true));
        assertEquals(expectedMessages(range(0, 30)), keys("msg:"));
        given().get("/").then().statusCode(200).body(org.hamcrest.Matchers.containsString("Google sync · synced just now"));
        Set<String> events = keys("evt:");
        assertEquals(8, events.size(), events.toString());
        assertTrue(events.contains("evt:meet1@google.com/2026-11-27T12:00:00Z"), events.toString());
        assertTrue(events.contains("evt:conf@google.com/2026-12-03"), events.toString());
        assertTrue(events.contains("evt:weekly@google.com/2026-11-09T09:00:00Z"), events.toString());
        Activity meeting = activities.all().stream().filter(a -> a.key().startsWith("evt:meet1")).findFirst().orElseThrow();
        assertEquals("calendar", meeting.source());
        assertTrue(meeting.participants().stream().anyMatch(p -> p.role() == Role.ATTENDEE && p.address().equals("vasya@otkat.ru")));
        assertTrue(meeting.participants().stream().anyMatch(p -> p.role() == Role.MENTIONED && p.address().equals("vasya@otkat.ru")));
        Activity allDay = activities.all().stream().filter(a -> a.key().startsWith("evt:conf")).findFirst().orElseThrow();
        assertTrue(allDay.allDay());
        assertEquals(Instant.parse("2026-12-02T21:00:00Z"), allDay.at(), "00:00 in the calendar's zone (Moscow)");
        assertEquals(Set.of("owner@example.com", "sales@example.com"), store.ownerAddresses());

        // Changes: new mail, a deleted message, a label, a cancelled occurrence, a moved meeting.
        mail(user, 30, 3);
        user.deleteMessage(ids.get(0));
        user.addLabel(ids.get(1), vipLabel);
        cal.cancel("weekly_20261109T090000Z");
        Map<String, Object> moved = Mails.event("meet1", "Call vasya@otkat.ru", NOW.plusSeconds(172_800), NOW.plusSeconds(176_400),
                "vasya@otkat.ru");
        cal.put(moved);
        fake.resetCounters();
        assertTrue(sync.sync(email, true));

        assertEquals(expectedMessages(range(1, 33)), keys("msg:"));
        Set<String> after = keys("evt:");
        assertFalse(after.contains("evt:weekly@google.com/2026-11-09T09:00:00Z"));
        assertFalse(after.contains("evt:meet1@google.com/2026-11-27T12:00:00Z"), "the old start of a moved meeting is gone");
        assertTrue(after.contains("evt:meet1@google.com/2026-11-28T12:00:00Z"));
        assertEquals(7, after.size());
        Activity labelled = activities.all().stream().filter(a -> a.key().equals("msg:1.m@client.example")).findFirst().orElseThrow();
        assertTrue(labelled.labels().contains("VIP"), labelled.labels().toString());
        assertTrue(labelled.labels().contains("Inbox"));
        assertEquals(0, fake.requestCount("POST /token"), "the access token is reused between syncs");

        // Nothing changed: one history call and one events call, nothing else.
        fake.resetCounters();
        assertTrue(sync.sync(email, true));
        assertEquals(2, fake.requests().size(), fake.requests().toString());
    }

    /**
     * Gmail's metadata format answers headers decoded, so display names arrive as raw UTF-8: a
     * Russian-language mailbox read headers-only must give the same people and the same leads as
     * the same mailbox read whole (each asks for what the owner sells in its subject, which both read).
     */
    @Test
    void privacyModeFindsTheSameLeadsAsFullModeWhateverTheNames() {
        String[][] senders = {
            {"=?UTF-8?B?0JLQsNGB0Y8g0J/Rg9C/0LrQuNC9?= <vasya@otkat.ru>", "Нужна смета на приложение"},
            {"Анна Фёдорова <a.fedorova@dev.example>", "Нужен договор на разработку и сроки"},
            {"=?UTF-8?B?0J/Rg9C/0LrQuNC9LCDQktCw0YHRjw==?= <ivan@mail.ru>", "Хотим обсудить сайт в четверг"},
            {"\uD83D\uDE80 TouchWave <hello@touchwave.example>", "We need a proposal for the app"},
            {"\u202Eloot\u202C <utf3@gmail.com>", "Budget question: can you build a site for us?"},
            {"Енисей Логистика <sales@enisey.example>", "Запрос КП: нужна CRM"},
            {"John Smith <john@client.example>", "Kick-off call: we need a website"},
        };
        Map<String, Set<String>> full = syncMailbox("full@example.com", GoogleScopes.GMAIL_READONLY, senders);
        Map<String, Set<String>> headersOnly = syncMailbox("private@example.com", GoogleScopes.GMAIL_METADATA, senders);
        assertEquals(full, headersOnly);
        assertEquals(Set.of("otkat.ru", "dev.example", "ivan@mail.ru", "touchwave.example", "utf3@gmail.com",
                "enisey.example", "client.example"), full.get("leads"));
    }

    /** Syncs {@code senders}' mail into an account with {@code gmailScope}: the people of each message, and the leads. */
    private Map<String, Set<String>> syncMailbox(String email, String gmailScope, String[][] senders) {
        empty();
        fake.user(email);
        store.connect(email, cipher.encrypt(fake.grantRefreshToken(email)),
                GoogleScopes.CALENDAR_READONLY + " " + gmailScope, NOW);
        FakeGoogle.User user = fake.user(email);
        for (int i = 0; i < senders.length; i++) {
            Instant at = NOW.minus(Duration.ofDays(senders.length - i));
            user.addMessage(Mails.message("utf" + i + ".m@example.net", senders[i][0], email, senders[i][1], at,
                    "Добрый день! Hello."), at, "INBOX");
        }
        assertTrue(sync.sync(email, true));
        Map<String, Set<String>> out = new TreeMap<>();
        List<Activity> all = activities.all();
        for (Activity a : all) {
            if (a.key().startsWith("msg:")) {
                out.put(a.key(), new TreeSet<>(a.participants().stream().map(p -> p.role() + " " + p.address().replace(email, "the owner")).toList()));
            }
        }
        out.put("leads", new TreeSet<>(leads.inference(all).infer(all, NOW).leads().stream().map(l -> l.key()).toList()));
        return out;
    }

    @Test
    void healthIsDownOnlyWhenNoConnectedAccountCanSync() {
        String email = connect(fake, store, cipher, "alone@example.com");
        assertTrue(sync.sync(email, true));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'google-sync' }.data.'alone@example.com'", org.hamcrest.Matchers.startsWith("idle"));
        fake.revoke(email);
        assertFalse(sync.sync(email, true));
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'google-sync' }.status", equalTo("DOWN"));
    }

    @Test
    void aBatchAnswerCutShortIsFetchedAgainNotSkipped() {
        String email = connect(fake, store, cipher, "cut@example.com");
        mail(fake.user(email), 870, 120);
        fake.cutShortNextBatches(1);
        assertFalse(sync.sync(email, true), "a batch that left a message unanswered fails the sync");
        assertTrue(sync.sync(email, true));
        assertEquals(120, keys("msg:").size());
    }

    @Test
    void anAccountAnotherReplicaIsSyncingIsLeftAlone() {
        String email = connect(fake, store, cipher, "shared@example.com");
        mail(fake.user(email), 850, 2);
        try (GoogleStore.Claim otherReplica = store.claim(email).orElseThrow()) {
            assertFalse(sync.sync(email, true));
            assertEquals(List.of(), fake.requests());
        }
        assertTrue(sync.sync(email, true));
        assertEquals(2, keys("msg:").size());
    }

    @Test
    void anExpiredAccessTokenIsRefreshedWithoutFailingTheSync() {
        String email = connect(fake, store, cipher, "refresh@example.com");
        mail(fake.user(email), 800, 2);
        assertTrue(sync.sync(email, true));
        fake.expireAccessTokens();
        mail(fake.user(email), 810, 1);
        fake.resetCounters();
        assertTrue(sync.sync(email, true));
        assertEquals(1, fake.requestCount("POST /token"), "one refresh after the 401");
        assertEquals(3, keys("msg:").size());
    }

    @Test
    void expiredSyncTokenAndHistoryIdLeadToAFullResync() {
        String email = connect(fake, store, cipher, "expiry@example.com");
        FakeGoogle.User user = fake.user(email);
        List<String> ids = mail(user, 100, 10);
        FakeGoogle.Calendar cal = user.primary();
        cal.put(Mails.event("a", "A", NOW, NOW.plusSeconds(600)));
        cal.put(Mails.event("b", "B", NOW, NOW.plusSeconds(600)));
        assertTrue(sync.sync(email, true));
        assertEquals(2, keys("evt:").size());

        // Google lost the history and the sync token; meanwhile things changed.
        user.deleteMessage(ids.get(3));
        mail(user, 110, 2);
        user.expireHistory();
        cal.cancel("b");
        cal.put(Mails.event("c", "C", NOW, NOW.plusSeconds(600)));
        cal.expireSyncTokens();
        fake.resetCounters();
        assertTrue(sync.sync(email, true));

        assertTrue(fake.requests().stream().anyMatch(r -> r.startsWith("GET /gmail/v1/users/me/profile")),
                "404 on history started a full sync");
        Set<String> expected = expectedMessages(range(100, 112));
        expected.remove("msg:103.m@client.example");
        assertEquals(expected, keys("msg:"));
        assertEquals(Set.of("evt:a@google.com/2026-11-26T12:00:00Z", "evt:c@google.com/2026-11-26T12:00:00Z"), keys("evt:"));
        assertEquals(2, fake.requestCount("GET /calendar/v3/calendars/expiry@example.com/events"),
                "410, then one full listing");
    }

    @Test
    void rateLimitingIsWaitedOutNeverFailsTheSync() {
        String email = connect(fake, store, cipher, "busy@example.com");
        FakeGoogle.User user = fake.user(email);
        mail(user, 200, 120);
        fake.rateLimitNext(3, 1, false);
        Instant started = Instant.now();
        assertTrue(sync.sync(email, true));
        assertEquals(3, fake.served429());
        assertTrue(Duration.between(started, Instant.now()).toMillis() >= 3000, "Retry-After: 1 honoured each time");
        assertEquals(120, keys("msg:").size());

        mail(user, 400, 5);
        fake.rateLimitNext(2, 0, true);
        fake.resetCounters();
        assertTrue(sync.sync(email, true), "403 userRateLimitExceeded is retried too");
        assertEquals(125, keys("msg:").size());
    }

    @Test
    void ownedAndPickedCalendarsAreReadOtherSubscribedOnesAreNot() {
        String email = connect(fake, store, cipher, "calendars@example.com");
        FakeGoogle.User user = fake.user(email);
        user.primary().put(Mails.event("own", "Call with Romashka", NOW.minusSeconds(7200), NOW.minusSeconds(3600)));
        user.subscribed("team@group.calendar.google.com", FakeGoogleResource.PICKED_CALENDAR)
                .put(Mails.event("team", "Demo for vasya@otkat.ru", NOW.minusSeconds(7200), NOW.minusSeconds(3600)));
        user.subscribed("ru.russian#holiday@group.v.calendar.google.com", "Holidays in Russia")
                .put(Mails.allDay("holiday", "День народного единства", "2026-11-04", "2026-11-05"));

        assertTrue(sync.sync(email, true));

        assertEquals(Set.of("evt:own@google.com/2026-11-26T10:00:00Z", "evt:team@google.com/2026-11-26T10:00:00Z"),
                keys("evt:"));
    }

    @Test
    void disconnectingRevokesAccessStopsSyncingAndKeepsWhatWasRead() {
        String email = connect(fake, store, cipher, "leaving@example.com");
        mail(fake.user(email), 800, 3);
        assertTrue(sync.sync(email, true));

        given().formParam("email", email).redirects().follow(false).post("/connect/google/disconnect")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/sync?disconnected=revoked"));

        assertFalse(fake.hasGrant(email), "the refresh token is revoked at Google");
        assertTrue(store.account(email).isEmpty());
        assertTrue(store.cursors(email).isEmpty());
        assertEquals(expectedMessages(800, 801, 802), keys("msg:"), "what was read stays");
        mail(fake.user(email), 803, 1);
        sync.syncAll();
        assertEquals(3, keys("msg:").size(), "no longer synced");
        given().get("/sync?disconnected=revoked").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Google has withdrawn its access"));
        given().formParam("email", email).post("/connect/google/disconnect").then().statusCode(404);
        given().formParam("email", "").post("/connect/google/disconnect").then().statusCode(400);
    }

    @Test
    void aDisconnectForgedByAnotherSiteIsRefused() {
        String email = connect(fake, store, cipher, "targeted@example.com");
        given().header("Origin", "https://evil.example").formParam("email", email)
                .post("/connect/google/disconnect").then().statusCode(403);
        given().header("Referer", "https://evil.example/page").formParam("email", email)
                .post("/connect/google/disconnect").then().statusCode(403);
        assertTrue(store.account(email).isPresent());
        assertTrue(fake.hasGrant(email));
    }

    @Test
    void callsOfABatchRefusedOverQuotaAreRetriedTogether() {
        String email = connect(fake, store, cipher, "quota@example.com");
        mail(fake.user(email), 700, 300);
        // Google's bucket holds four batches' worth here, the client paces far faster: parts are refused.
        fake.enforceGmailQuota(500);
        try {
            assertTrue(sync.sync(email, true), "refused parts are retried, never fail the sync");
        } finally {
            fake.enforceGmailQuota(0);
        }
        assertTrue(fake.served429() > 0, "the quota refused some calls");
        assertEquals(300, keys("msg:").size());
        long gets = fake.requestCount("PART GET /gmail/v1/users/me/messages/");
        long batches = fake.requestCount("POST /batch");
        assertEquals(300 + fake.served429(), gets, "a refused call is asked again, once per refusal");
        // One refused call costs one more batch either way; only from two on can "together" be told from "one each".
        assertTrue(batches < 6 + Math.max(2, fake.served429()), "refused calls are retried together in batches, not one "
                + "request each: " + batches + " batches for " + fake.served429() + " refusals");
    }

    @Test
    void aRevokedAccountNeedsReconnectingAndTheOthersGoOn() {
        String revoked = connect(fake, store, cipher, "gone@example.com");
        String fine = connect(fake, store, cipher, "fine@example.com");
        mail(fake.user(revoked), 500, 2);
        mail(fake.user(fine), 600, 2);
        fake.revoke(revoked);

        sync.syncAll();

        assertTrue(store.account(revoked).orElseThrow().reconnectNeeded());
        assertFalse(store.account(fine).orElseThrow().reconnectNeeded());
        assertEquals(expectedMessages(600, 601), keys("msg:"));
        given().get("/api/sync/status").then().statusCode(200)
                .body("find { it.email == 'gone@example.com' }.state", equalTo("reconnect-needed"))
                .body("find { it.email == 'fine@example.com' }.messages", equalTo(2))
                .body("find { it.email == 'fine@example.com' }.lastError", equalTo(null));
        given().get("/sync").then().statusCode(200).body(org.hamcrest.Matchers.containsString("reconnect-needed"));
        given().get("/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("class=\"alert\">Google sync · an account lost its access"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("google-sync"));
    }
}
