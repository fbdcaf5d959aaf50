package tickler.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import tickler.demo.DemoJourneyTest;

/**
 * Every page of the demo under its Content-Security-Policy (no inline script or style) in
 * Chromium: no violation, no console error, no inline script, style or event handler in the
 * page, and the policy is on every page.
 */
@QuarkusTest
@TestProfile(DemoJourneyTest.DemoOnEmptyStore.class)
class CspBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theBoardALeadTheReportSyncAndSettingsKeepToThePolicy() throws InterruptedException {
        DemoJourneyTest.awaitDemoImport();
        String lead = given().get("/api/leads").jsonPath().getString("[0].id");
        List<String> paths = List.of("", "leads/" + lead, "reports/monthly/2026-10", "sync", "settings");
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser.newPage();
            List<String> problems = BrowserChecks.watch(page);
            for (String path : paths) {
                com.microsoft.playwright.Response answer = page.navigate(base + path);
                assertEquals(200, answer.status(), path);
                assertNotNull(answer.headers().get("content-security-policy"), path);
                assertEquals("nosniff", answer.headers().get("x-content-type-options"), path);
                // Inline handlers and javascript: links only break when they run: find them in the page instead.
                assertEquals(List.of(), page.evaluate("[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
                        + ".filter(a => a.name === 'style' || a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))"
                        + ".concat([...document.querySelectorAll('script:not([src]), style')].map(e => e.tagName))"
                        + ".concat([...document.querySelectorAll('[href^=\"javascript:\"]')].map(e => e.tagName + ' javascript: link'))"), path);
            }
            assertEquals(List.of(), problems, "no console error or CSP violation");
        }
    }
}
