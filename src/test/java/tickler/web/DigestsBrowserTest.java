package tickler.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tickler.demo.DemoJourneyTest;
import tickler.digest.DigestServers;

/**
 * /digests in real Chromium on the demo data: reached from the header, "send now" sends to both
 * channels, a failing endpoint shows in the table and the header, and the next send clears it.
 * The digests it sends, and the page with a failed send, are pictured for the README (target/digest*.png).
 */
@QuarkusTest
@TestProfile(DigestsBrowserTest.DemoWithDigests.class)
class DigestsBrowserTest {

    public static class DemoWithDigests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new DemoJourneyTest.DemoOnEmptyStore().getConfigOverrides());
            config.put("tickler.data-dir", "target/test-data/digests-browser");
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:digests-browser;DB_CLOSE_DELAY=-1");
            config.put("tickler.digest.weekly-on", "monday");
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DigestServers.class));
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void sendNowFromTheDigestsPageReachedFromTheHeader() throws Exception {
        DemoJourneyTest.awaitDemoImport();
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser.newPage();
            page.navigate(base.toString());
            page.locator("#digest-health").click();
            assertThat(page.locator("h1")).hasText("Digests");
            assertThat(page.locator("#digest-plan")).containsText("Daily at 08:00, a weekly summary on Monday");
            assertThat(page.locator("#digest-channels tr[data-channel=email]")).containsText("anna@example.com, boss@example.com");
            assertThat(page.locator("#digest-channels tr[data-channel=slack]")).containsText("the Slack webhook");

            page.locator("#send-now button[value=daily]").click();
            assertThat(page.locator("#digest-sent")).containsText("The daily digest went out now");
            assertThat(page.locator("#digest-sends tr[data-channel=email][data-status=sent]")).hasCount(1);
            assertThat(page.locator("#digest-sends tr[data-channel=slack][data-status=sent]")).hasCount(1);
            assertThat(page.locator("#digest-health")).not().hasClass("alert");
            picture(chromium, received("Daily digest, Thu 26 Nov 2026"), "target/digest-email.png");
            picture(chromium, BlockKitPreview.html(DigestServers.slack.accepted().get(0)), "target/digest-slack.png");

            DigestServers.slack.failNext(1);
            page.locator("#send-now button[value=monthly]").click();
            assertThat(page.locator("#digest-sends tr[data-channel=slack]").first()).hasAttribute("data-status", "failed");
            picture(chromium, received("Monthly report, October 2026"), "target/digest-monthly-email.png");
            assertThat(page.locator("#digest-sends tr[data-channel=slack] .error").first()).hasText("Slack answered 500: internal_error");
            assertThat(page.locator("#digest-health")).hasText("Digests · a send failed");
            assertThat(page.locator("#digest-health")).hasClass("alert");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/digests-page.png")).setFullPage(true));

            page.locator("#send-now button[value=weekly]").click();
            assertThat(page.locator("#digest-sends tr[data-channel=slack]").first()).hasAttribute("data-status", "sent");
            assertThat(page.locator("#digest-health")).hasText("Digests");
        }
    }

    private static MimeMessage received(String subject) throws Exception {
        for (MimeMessage message : DigestServers.smtp.getReceivedMessages()) {
            if (message.getSubject().startsWith(subject)) {
                return message;
            }
        }
        throw new AssertionError("no email " + subject);
    }

    /** A digest's email as its reader sees it. */
    private void picture(Chromium chromium, MimeMessage email, String path) throws Exception {
        picture(chromium, (String) ((MimeMultipart) email.getContent()).getBodyPart(1).getContent(), path);
    }

    /** A digest as its reader sees it, with links to the service's pages. */
    private void picture(Chromium chromium, String html, String path) {
        Page reader = chromium.browser.newPage(new Browser.NewPageOptions().setViewportSize(800, 200));
        reader.setContent(html);
        assertTrue(reader.locator("a[href^='" + DigestServers.PUBLIC_URL + "/']").count() > 0, "it links into the service");
        reader.screenshot(new Page.ScreenshotOptions().setPath(Path.of(path)).setFullPage(true));
        reader.close();
    }
}
