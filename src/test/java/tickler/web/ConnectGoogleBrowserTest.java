package tickler.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tickler.demo.DemoJourneyTest;
import tickler.source.google.fake.FakeGoogle;
import tickler.source.google.fake.FakeGoogleResource;
import tickler.source.google.fake.Mails;

/**
 * A newcomer sees the demo, clicks "connect Google", signs in, and the board shows their own
 * clients instead of the demo; disconnecting the account on /sync withdraws Tickler's access and
 * keeps what it read.
 */
@QuarkusTest
@TestProfile(ConnectGoogleBrowserTest.DemoThenGoogle.class)
class ConnectGoogleBrowserTest {

    public static class DemoThenGoogle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tickler.demo.enabled", "true",
                    "tickler.data-dir", "target/test-data/connect-journey",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:connect-journey;DB_CLOSE_DELAY=-1");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeGoogleResource.class));
        }
    }

    @FakeGoogleResource.Fake
    FakeGoogle fake;

    @TestHTTPResource("/")
    URL base;

    @Test
    void connectingGoogleReplacesTheDemoWithTheOwnersClients() throws Exception {
        DemoJourneyTest.awaitDemoImport();
        FakeGoogle.User owner = fake.user("maria@studio.example");
        Instant sent = Instant.parse("2026-11-20T10:00:00Z");
        owner.addMessage(Mails.message("first@romashka.example", "Ivan <ivan@romashka.example>",
                owner.email, "An app for Romashka", sent, "Hello, we need a mobile app."), sent, "INBOX");
        fake.authorizeAs(owner.email);

        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser.newPage();
            page.navigate(base.toString());
            assertThat(page.locator("#demo-notice")).isVisible();
            page.locator("#demo-notice a[href='/connect/google']").click();
            page.waitForURL(url -> url.endsWith("/sync"));

            for (int i = 0; i < 200 && !leadKeys().equals(List.of("romashka.example")); i++) {
                Thread.sleep(100);
            }
            assertEquals(List.of("romashka.example"), leadKeys(), "the owner's own client, the demo gone");
            page.navigate(base.toString());
            assertThat(page.locator("#demo-notice")).hasCount(0);
            assertThat(page.locator(".card .name")).hasText("Romashka");

            page.navigate(base + "sync");
            page.onDialog(dialog -> dialog.accept());
            page.locator("tr[data-email='maria@studio.example'] button.disconnect").click();
            page.waitForURL(url -> url.endsWith("/sync?disconnected=revoked"));
            assertThat(page.locator("#disconnected")).isVisible();
            assertThat(page.locator("#sync-accounts")).hasCount(0);
            assertFalse(fake.hasGrant(owner.email), "access withdrawn at Google");
            assertEquals(List.of("romashka.example"), leadKeys(), "what was read stays");
        }
    }

    static List<String> leadKeys() {
        return given().get("/api/leads").jsonPath().getList("key", String.class);
    }
}
