package tickler.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            page.reload();
            assertTrue(page.locator(".card").count() > 0, "leads on the board after the import");
        }
    }
}
