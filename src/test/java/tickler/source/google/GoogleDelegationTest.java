package tickler.source.google;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tickler.activity.ActivityStore;
import tickler.demo.FirstStart;
import tickler.source.google.fake.FakeGoogle;
import tickler.source.google.fake.FakeGoogleResource;
import tickler.source.google.fake.Mails;
import tickler.source.google.fake.ServiceAccount;
import tickler.store.Settings;

/**
 * Google Workspace users synced through a service account with domain-wide delegation, the
 * official client's signed assertions checked by the local Google stand-in as Google does.
 */
@QuarkusTest
@TestProfile(GoogleDelegationTest.Workspace.class)
class GoogleDelegationTest {

    static final String ANN = "ann@alpha.example";
    static final String BOB = "bob@beta.example";
    static final String[] SCOPES = {GoogleScopes.CALENDAR_READONLY, GoogleScopes.GMAIL_READONLY};

    /** A Workspace deployment: the service account alone, no OAuth client; two users, written as admins do. */
    public static class Workspace implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:google-delegation;DB_CLOSE_DELAY=-1",
                    // Debug lines too, for the check that the key never reaches the log.
                    "quarkus.log.category.\"tickler\".level", "DEBUG");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeGoogleResource.class,
                    Map.of(FakeGoogleResource.DELEGATED_USERS, ANN + ", Bob@beta.example")));
        }
    }

    @FakeGoogleResource.Fake
    FakeGoogle fake;
    @FakeGoogleResource.Fake
    ServiceAccount serviceAccount;

    @Inject
    GoogleSync sync;
    @Inject
    GoogleSyncStatus syncStatus;
    @Inject
    GoogleAccounts accounts;
    @Inject
    GoogleStore store;
    @Inject
    TokenCipher cipher;
    @Inject
    ActivityStore activities;
    @Inject
    Settings settings;
    @Inject
    BeanManager beans;

    /** Both Workspaces granted the service account what Tickler asks; two mailboxes and calendars. */
    @BeforeEach
    void twoWorkspaces() {
        GoogleKit.empty(activities, store);
        for (String email : List.of(ANN, BOB)) {
            fake.removeUser(email);
        }
        GoogleKit.mail(fake.user(ANN), 0, 3);
        fake.user(ANN).primary().put(Mails.event("ann1", "Call vasya@otkat.ru", GoogleKit.NOW.plusSeconds(86_400),
                GoogleKit.NOW.plusSeconds(90_000), ANN, "vasya@otkat.ru"));
        GoogleKit.mail(fake.user(BOB), 10, 2);
        fake.user(BOB).primary().put(Mails.event("bob1", "Demo for petya@romashka.example",
                GoogleKit.NOW.plusSeconds(86_400), GoogleKit.NOW.plusSeconds(90_000), BOB, "petya@romashka.example"));
        fake.authorizeDelegation("alpha.example", serviceAccount.clientId, SCOPES);
        fake.authorizeDelegation("beta.example", serviceAccount.clientId, SCOPES);
        fake.resetCounters();
    }

    Set<String> keys(String prefix) {
        return GoogleKit.keys(activities, prefix);
    }

    GoogleStore.Account account(String email) {
        return store.account(email).orElseThrow();
    }

    @Test
    void theWorkspaceUsersAreAccountsFromTheStartAndReplaceTheDemo() {
        settings.put(Settings.DEMO, "demo Takeout");

        accounts.onStart(new StartupEvent());

        assertEquals(List.of(ANN, BOB), store.accounts().stream().map(GoogleStore.Account::email).toList(),
                "the configured addresses, in the lower case Google uses");
        assertTrue(account(ANN).delegated());
        assertNull(account(ANN).refreshToken(), "no token is kept for a delegated user");
        assertTrue(settings.get(Settings.DEMO).isEmpty(), "the user's data replaces the demo");
        assertTrue(priority(GoogleAccounts.class) < priority(FirstStart.class),
                "the accounts exist before the demo is considered at start");
        assertEquals(List.of(), fake.requests(), "nothing is asked of Google before the first sync");
    }

    private int priority(Class<?> observer) {
        return beans.resolveObserverMethods(new StartupEvent()).stream()
                .filter(o -> o.getBeanClass().equals(observer)).mapToInt(ObserverMethod::getPriority).min().orElseThrow();
    }

    @Test
    void bothUsersSyncTheirMailAndCalendarThroughTheServiceAccount() {
        sync.syncAll();

        assertEquals(GoogleKit.expectedMessages(0, 1, 2, 10, 11), keys("msg:"));
        assertEquals(Set.of("evt:ann1@google.com/2026-11-27T12:00:00Z", "evt:bob1@google.com/2026-11-27T12:00:00Z"),
                keys("evt:"));
        assertEquals(2, fake.requestCount("POST /token"), "one signed assertion per user");
        given().get("/api/sync/status").then().statusCode(200)
                .body("find { it.email == 'ann@alpha.example' }.state", equalTo("idle"))
                .body("find { it.email == 'ann@alpha.example' }.delegated", equalTo(true))
                .body("find { it.email == 'ann@alpha.example' }.messages", equalTo(3))
                .body("find { it.email == 'bob@beta.example' }.events", equalTo(1))
                .body("find { it.email == 'bob@beta.example' }.lastError", nullValue());
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'google-sync' }.data.configured", equalTo(true));
        given().get("/sync").then().statusCode(200)
                .body(containsString("domain-wide delegation"))
                .body(not(containsString("href=\"/connect/google\"")));
        given().redirects().follow(false).get("/connect/google").then().statusCode(503);

        GoogleKit.mail(fake.user(ANN), 3, 1);
        fake.resetCounters();
        sync.syncAll();
        assertEquals(GoogleKit.expectedMessages(0, 1, 2, 3, 10, 11), keys("msg:"));
        assertEquals(0, fake.requestCount("POST /token"), "the access tokens are reused between syncs");
    }

    @Test
    void delegationNotAuthorizedIsForTheAdminToFixWhileTheOtherUserSyncs() {
        fake.authorizeDelegation("beta.example", serviceAccount.clientId, GoogleScopes.CALENDAR_READONLY);

        sync.syncAll();

        assertTrue(account(BOB).reconnectNeeded());
        assertFalse(account(ANN).reconnectNeeded());
        assertEquals(GoogleKit.expectedMessages(0, 1, 2), keys("msg:"));
        String scopes = GoogleScopes.CALENDAR_READONLY + "," + GoogleScopes.GMAIL_READONLY;
        String message = "domain-wide delegation is not authorized for client id " + serviceAccount.clientId
                + " and scopes " + scopes + ": a Workspace admin adds them in the Admin console";
        given().get("/api/sync/status").then().statusCode(200)
                .body("find { it.email == 'bob@beta.example' }.state", equalTo("reconnect-needed"))
                .body("find { it.email == 'bob@beta.example' }.lastError", startsWith(message))
                .body("find { it.email == 'ann@alpha.example' }.state", equalTo("idle"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'google-sync' }.data.'bob@beta.example'",
                        startsWith("reconnect-needed: " + message));
        given().get("/sync").then().statusCode(200)
                .body(containsString("Domain-wide delegation"))
                .body(not(containsString(">reconnect<")));

        // The admin grants the scopes: the next pass syncs Bob, nobody has to reconnect anything.
        fake.authorizeDelegation("beta.example", serviceAccount.clientId, SCOPES);
        sync.syncAll();

        assertFalse(account(BOB).reconnectNeeded());
        assertNull(account(BOB).lastError());
        assertEquals(GoogleKit.expectedMessages(0, 1, 2, 10, 11), keys("msg:"));
    }

    @Test
    void aUserUnknownToTheWorkspaceIsReportedAndTriedAgainAtEveryPass() {
        fake.removeUser(BOB);

        sync.syncAll();
        assertTrue(account(BOB).reconnectNeeded());
        assertTrue(account(BOB).lastError().startsWith("Google refused the service account for this user "
                + "(invalid_grant: Invalid email or User ID)"), account(BOB).lastError());
        fake.resetCounters();
        sync.syncAll();
        assertEquals(1, fake.requestCount("POST /token"), "one token request for Bob; Ann's token is reused");

        // Bob's account is restored.
        GoogleKit.mail(fake.user(BOB), 20, 1);
        sync.syncAll();
        assertFalse(account(BOB).reconnectNeeded());
        assertEquals(GoogleKit.expectedMessages(0, 1, 2, 20), keys("msg:"));
    }

    @Test
    void anAccountConnectedByConsentIsTakenOverByTheAdminsList() {
        GoogleKit.connect(fake, store, cipher, ANN);

        sync.syncAll();

        assertTrue(account(ANN).delegated());
        assertNull(account(ANN).refreshToken(), "the user's own token is no longer kept");
        assertFalse(fake.hasGrant(ANN), "nor left live at Google");
        assertEquals(GoogleKit.expectedMessages(0, 1, 2, 10, 11), keys("msg:"));
    }

    @Test
    void accountsWhoseAuthorizationIsNoLongerConfiguredStopAndKeepTheirData() {
        String carol = "carol@alpha.example";
        GoogleKit.mail(fake.user(carol), 30, 1);
        store.delegate(carol, String.join(" ", SCOPES), GoogleKit.NOW);
        String dave = GoogleKit.connect(fake, store, cipher, "dave@gamma.example");

        sync.syncAll();

        assertEquals(2, fake.requestCount("POST /token"), "Ann and Bob only");
        assertNull(account(carol).lastSyncAt());
        assertNull(account(dave).lastSyncAt());
        given().get("/api/sync/status").then().statusCode(200)
                .body("find { it.email == 'carol@alpha.example' }.state", equalTo("stopped"))
                .body("find { it.email == 'dave@gamma.example' }.state", equalTo("stopped"));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/sync").then().statusCode(200)
                .body(containsString("not in <code>tickler.google.delegated-users</code>; its data is kept"))
                .body(containsString("no OAuth client configured; its data is kept"));

        // A stopped account can be removed from /sync; a listed Workspace user cannot.
        given().formParam("email", carol).redirects().follow(false).post("/connect/google/disconnect")
                .then().statusCode(303).header("Location", containsString("disconnected=forgotten"));
        given().formParam("email", dave).redirects().follow(false).post("/connect/google/disconnect")
                .then().statusCode(303).header("Location", containsString("disconnected=revoked"));
        given().formParam("email", ANN).post("/connect/google/disconnect").then().statusCode(409);
        assertTrue(store.account(carol).isEmpty());
        assertTrue(store.account(dave).isEmpty());
        assertFalse(fake.hasGrant(dave));
    }

    @Test
    void theKeyAndTheTokensItBuysNeverShowInLogsOrStatus() throws IOException {
        fake.revokeDelegation("beta.example", serviceAccount.clientId);
        List<String> log = new CopyOnWriteArrayList<>();
        PatternFormatter format = new PatternFormatter("%s%e");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(format.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try {
            sync.syncAll();
            // Ann leaves after her first sync: her access token stops working, the refresh is refused.
            fake.removeUser(ANN);
            sync.syncAll();
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("domain-wide delegation is not authorized")), log.toString());
        List<String> seen = List.of(String.join("\n", log),
                given().get("/api/sync/status").asString(),
                given().get("/q/health/ready").asString(),
                given().get("/sync").asString());
        String keyLine = serviceAccount.privateKeyPem().lines().skip(5).findFirst().orElseThrow();
        for (String text : seen) {
            assertFalse(text.contains(keyLine), "a line of the private key");
            assertFalse(text.contains("PRIVATE KEY"));
            assertFalse(text.contains("eyJ"), "a signed assertion (a JWT)");
            assertFalse(text.contains("ya29."), "an access token");
        }
    }

    @Test
    void anUnreadableKeyFileIsNamedNeverQuoted() throws IOException {
        String key = serviceAccount.privateKeyPem();
        Path truncated = Files.createTempFile("truncated-key", ".json");
        try {
            Files.writeString(truncated, "{\"type\": \"service_account\", \"private_key\": \""
                    + key.replace("\n", "\\n") + "\", \"client_email\": ");
            IOException e = assertThrows(IOException.class,
                    () -> GoogleClients.serviceAccount(truncated, URI.create(fake.tokenUrl())));
            assertTrue(e.getMessage().contains(truncated.toString()), e.getMessage());
            assertFalse(e.getMessage().contains(key.lines().skip(5).findFirst().orElseThrow()));
            assertNull(e.getCause(), "a cause's message could quote the file");
        } finally {
            Files.delete(truncated);
        }
    }
}
