package tickler.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tickler.demo.DemoJourneyTest;

/** The salesperson shares a month; a manager opens the link in a browser that has never seen Tickler. */
@QuarkusTest
@TestProfile(DemoJourneyTest.DemoOnEmptyStore.class)
class ShareBrowserTest {

    @TestHTTPResource("/")
    URL base;

    static Chromium chromium;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    @BeforeEach
    void demo() throws InterruptedException {
        DemoJourneyTest.awaitDemoImport();
    }

    /** Clicks "Share" on the month's report page and reads the URL the next page shows once. */
    String share(String month) {
        try (BrowserContext owner = chromium.browser.newContext()) {
            Page page = owner.newPage();
            page.navigate(base + "reports/monthly/" + month);
            assertEquals(3, page.locator("#pictures svg.chart").count(), "the report page has its pictures too");
            page.locator("#share button").click();
            String url = page.locator("#share-url").inputValue();
            assertTrue(url.startsWith(base + "r/"), url);
            return url;
        }
    }

    @Test
    void theShareButtonMakesALinkAFreshBrowserOpensWithItsPicturesAndNoErrorOrPolicyViolation() {
        String url = share("2026-10");
        try (BrowserContext stranger = chromium.browser.newContext()) {
            Page page = stranger.newPage();
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error") || message.type().equals("warning")
                        || message.text().contains("Content Security Policy")) {
                    problems.add(message.type() + ": " + message.text());
                }
            });
            page.onPageError(problems::add);

            assertEquals(200, page.navigate(url).status());
            assertThat(page.locator("h1")).containsText("Monthly report 2026-10");
            Locator charts = page.locator("svg.chart");
            assertEquals(3, charts.count());
            for (int i = 0; i < 3; i++) {
                assertThat(charts.nth(i)).isVisible();
                assertTrue(charts.nth(i).boundingBox().width > 300, "drawn at a readable size");
            }
            assertThat(page.locator("#funnel-chart title").first()).hasText("Funnel of 2026-10");
            assertTrue(page.locator("#incoming li").count() > 0);
            assertEquals(0, page.locator("#incoming a, header, nav, form, #upload, #sync-health").count(),
                    "plain names, nothing of the service");
            assertThat(page.locator("#csv")).hasAttribute("href", url.substring(url.indexOf("/r/")) + ".csv");

            byte[] pdf = page.pdf();
            assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), "prints to PDF");
            assertEquals(List.of(), problems);
        }
    }

    @Test
    void aLinkRevokedOnTheDiaryStopsOpening() {
        String url = share("2026-09");
        try (BrowserContext owner = chromium.browser.newContext()) {
            Page page = owner.newPage();
            page.navigate(base + "reports");
            Locator month = page.locator("#month-2026-09");
            assertThat(month).containsText("2026-09");
            Locator active = month.locator(".link-row:has(form)");
            int before = active.count();
            assertTrue(before > 0, "the new link is listed with a Revoke button");
            active.first().locator("button").click();
            assertThat(page.locator("#month-2026-09 .link-row:has(form)")).hasCount(before - 1);
        }
        try (BrowserContext stranger = chromium.browser.newContext()) {
            Page page = stranger.newPage();
            assertEquals(404, page.navigate(url).status(), "the newest link, listed first, was revoked");
            assertThat(page.locator("h1")).hasText("No such report link");
        }
    }
}
