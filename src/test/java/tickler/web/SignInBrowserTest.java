package tickler.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import tickler.access.FakeOidc;
import tickler.access.OidcMode;
import tickler.source.google.fake.FakeGoogle;
import tickler.source.google.fake.FakeGoogleResource;
import tickler.testkit.Ics;

/**
 * Signing in through a local OIDC provider in Chromium: an allowed user sees the board and makes a
 * token for a script, which works until revoked; a user not allowed gets a page saying so.
 */
@QuarkusTest
@TestProfile(OidcMode.class)
class SignInBrowserTest {

    @OidcMode.Fake
    FakeOidc provider;

    @FakeGoogleResource.Fake
    FakeGoogle google;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aSignedInUserConnectsGoogleThroughTheCallback() {
        provider.signInAs(OidcMode.ALLOWED_USER);
        google.authorizeAs("maria@studio.example");
        try (Chromium chromium = new Chromium(); BrowserContext browser = chromium.browser.newContext()) {
            Page page = browser.newPage();
            page.navigate(base + "sync");
            page.locator("a[href='/connect/google']").first().click();
            page.waitForURL(url -> url.endsWith("/sync"));
            assertThat(page.locator("#sync-accounts tr[data-email='maria@studio.example']")).isVisible();
        }
    }

    @Test
    void anAllowedUserSignsInSeesTheBoardAndMakesATokenForAScript() {
        provider.signInAs(OidcMode.ALLOWED_USER);
        try (Chromium chromium = new Chromium(); BrowserContext browser = chromium.browser.newContext()) {
            Page page = browser.newPage();
            List<String> problems = BrowserChecks.watch(page);
            page.navigate(base.toString());
            assertThat(page.locator("#access")).containsText("Signed in as " + OidcMode.ALLOWED_USER);
            assertThat(page.locator(".board")).isVisible();

            page.navigate(base + "settings");
            page.locator("#create-token input[name=name]").fill("import script");
            page.locator("#create-token button").click();
            String token = page.locator("#token-secret").textContent();
            assertTrue(token.startsWith("tkl_"), token);

            given().auth().oauth2(token).get("/api/leads").then().statusCode(200);
            given().auth().oauth2(token).multiPart("file", "t.ics", Ics.reminderToCall("oidc-token-1", "token-import.example"))
                    .post("/api/import").then().statusCode(200);
            given().auth().oauth2(token).get("/q/health/ready").then().statusCode(200).body(containsString("checks"));

            page.navigate(base + "settings");
            page.locator("#tokens button.revoke").first().click();
            page.waitForURL(url -> url.endsWith("/settings"));
            assertThat(page.locator("#tokens .state").first()).containsText("revoked");
            given().auth().oauth2(token).get("/api/leads").then().statusCode(401);
            assertEquals(List.of(), problems, "no console error or CSP violation");
        }
    }

    @Test
    void aSignedInUserWhoIsNotAllowedGetsAPageSayingSo() {
        provider.signInAs("mallory@elsewhere.example");
        try (Chromium chromium = new Chromium(); BrowserContext browser = chromium.browser.newContext()) {
            Page page = browser.newPage();
            assertEquals(403, page.navigate(base.toString()).status());
            assertThat(page.locator("#forbidden")).containsText("mallory@elsewhere.example");
            assertThat(page.locator("#forbidden")).containsText("tickler.auth.allowed");
        }
        provider.signInAs("ivan@" + OidcMode.ALLOWED_DOMAIN);
        try (Chromium chromium = new Chromium(); BrowserContext browser = chromium.browser.newContext()) {
            assertEquals(200, browser.newPage().navigate(base + "sync").status(), "a user of an allowed domain");
        }
    }
}
