package tickler.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tickler.activity.ActivityStore;
import tickler.lead.LeadService;

/** Searching and filtering the board of ten thousand leads in real headless Chromium, with and without JavaScript. */
@QuarkusTest
@TestProfile(BoardWorld.Profile.class)
class BoardBrowserTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    ActivityStore store;
    @Inject
    LeadService leads;

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
    void seed() {
        BoardWorld.seed(store);
        leads.pipeline();
    }

    @Test
    void searchThenPickASourceNarrowsTheBoardAndKeepsTheSearch() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base.toString());
            assertThat(page.locator(".column[data-stage=ENGAGED] .more")).containsText("more — refine the search");

            page.locator("#filters input[name=q]").fill("acme424");
            page.locator("#filters input[name=q]").press("Enter");
            page.waitForURL("**/?q=acme424**");
            List<String> found = page.locator(".card").all().stream().map(card -> card.getAttribute("data-key")).toList();
            assertTrue(found.contains("acme4242.io") && found.size() == 11, found.toString());

            page.locator("#filters select[name=source]").selectOption("OUTBOUND");
            page.waitForURL("**source=OUTBOUND**");
            assertThat(page.locator("#filters input[name=q]")).hasValue("acme424");
            long outbound = IntStream.range(0, BoardWorld.LEADS)
                    .filter(i -> BoardWorld.key(i).contains("acme424") && BoardWorld.outbound(i)).count();
            assertThat(page.locator(".card .source")).hasText(Collections.nCopies((int) outbound, "OUTBOUND").toArray(String[]::new));
            assertThat(page.locator("h1 small")).hasText(outbound + " of " + BoardWorld.LEADS + " leads");
        }
    }

    @Test
    void theFormWorksWithoutJavaScript() {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(base.toString());
            page.locator("#filters select[name=flag]").selectOption("missing-follow-up");
            page.locator("#filters select[name=owner]").selectOption("olga@sellwell.io");
            page.locator("#filters button[type=submit]").click();
            page.waitForURL("**flag=missing-follow-up**");
            assertFalse(page.locator(".card").all().isEmpty());
            for (String text : page.locator(".card").allTextContents()) {
                assertTrue(text.contains("without a follow-up"), text);
            }
            assertThat(page.locator("#filters select[name=owner]")).hasValue("olga@sellwell.io");
        }
    }
}
