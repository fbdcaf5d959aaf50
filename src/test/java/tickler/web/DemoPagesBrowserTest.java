package tickler.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tickler.demo.DemoJourneyTest;

/** The pages of the demo as a person sees them, in real headless Chromium. */
@QuarkusTest
@TestProfile(DemoJourneyTest.DemoOnEmptyStore.class)
class DemoPagesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    static Chromium chromium;
    Page page;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    @BeforeEach
    void openPage() throws InterruptedException {
        DemoJourneyTest.awaitDemoImport();
        page = chromium.browser.newPage();
    }

    @Test
    void theBoardShowsAColumnPerStageAndALeadOpensItsTimelineWithItsReasons() {
        page.navigate(base.toString());
        assertThat(page.locator("#demo-notice")).containsText("Demo data");
        Locator columns = page.locator(".column");
        assertEquals(6, columns.count());
        assertThat(columns.first().locator("h2")).containsText("NEW");
        int cards = page.locator(".card").count();
        assertThat(page.locator("h1 small")).hasText(cards + " leads");

        Locator proposal = page.locator(".column[data-stage=PROPOSAL] .card").first();
        String name = proposal.locator(".name").textContent();
        proposal.locator(".name").click();
        assertThat(page.locator("h1")).containsText(name);
        assertThat(page.locator("#stage")).hasText("PROPOSAL");
        assertThat(page.locator("#evidence")).containsText("stage");
        assertTrue(page.locator("#timeline li").count() > 0, "a timeline");
        String gmail = page.locator("#timeline a[href^='https://mail.google.com/']").first().getAttribute("href");
        assertTrue(gmail.matches("https://mail\\.google\\.com/mail/u/0/#all/[0-9a-f]+"), gmail);
    }

    @Test
    void contactsAreListedWithTheirReasonAndNeverOnTheBoard() {
        page.navigate(base.toString());
        page.locator("nav a[href='/contacts']").click();
        assertThat(page.locator("h1")).containsText("Contacts");
        for (String key : new String[] {"hostwell.com", "k.orlova.dev@gmail.com", "misha.k@mail.ru"}) {
            assertThat(page.locator("tr[data-key='" + key + "']")).containsText("no sales conversation");
        }
        page.navigate(base.toString());
        assertEquals(0, page.locator(".card[data-key='hostwell.com']").count());
    }

    @Test
    void theMonthlyReportOpensOnLastMonthAndItsLeadsLinkToTheirPages() {
        page.navigate(base + "reports/monthly");
        assertThat(page.locator("h1")).containsText("Monthly report 2026-10");
        for (String section : new String[] {"incoming", "engaged", "won", "maturing", "outbound", "done", "conversion"}) {
            assertThat(page.locator("#" + section)).isVisible();
        }
        byte[] pdf = page.pdf();
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-") && pdf.length > 10_000,
                "the report prints to PDF");
        Locator firstLead = page.locator("#incoming a").first();
        String name = firstLead.textContent();
        firstLead.click();
        assertThat(page.locator("h1")).containsText(name);
    }
}
