package tickler.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A user drops a Takeout on the page and sees what it imported, then the leads on the board. */
@QuarkusTest
class UploadBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aTakeoutDroppedOnThePageImportsAndTheBoardShowsItsLeads() throws IOException {
        Path zip = ImportApiTest.takeoutZip();
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser.newPage();
            page.navigate(base.toString());
            page.locator("#upload input[type=file]").setInputFiles(zip);
            assertThat(page.locator("#import-result")).containsText("Imported 7 events and 5 messages");
            page.waitForURL(base.toString());
            // The Takeout's one lead declined in January: a deal closed earlier than the board's 90 days.
            page.locator("#closed-window a").click();
            assertThat(page.locator(".card[data-key='otkat.example']")).hasCount(1);
        }
    }
}
