package tickler.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tickler.testkit.Ics;

/**
 * The audit's attack, in Chromium: a page of another origin, opened in a browser that also has
 * Tickler open, posts an upload to Tickler, by a script's no-cors fetch of a multipart body and by
 * a plain form; both are refused and the store is unchanged.
 */
@QuarkusTest
class CrossSiteBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aPageOfAnotherOriginCannotImportIntoTickler() throws IOException {
        String target = base + "api/import";
        String ics = new String(Ics.reminderToCall("forged-1", "forged.example"), StandardCharsets.UTF_8).replace("\r\n", "\\r\\n");
        Map<String, String> pages = Map.of(
                "/fetch", "<!DOCTYPE html><script>const data = new FormData();"
                        + "data.append('file', new Blob(['" + ics + "'], {type: 'text/calendar'}), 'forged.ics');"
                        + "fetch('" + target + "', {method: 'POST', mode: 'no-cors', body: data, credentials: 'include'})"
                        + ".finally(() => { document.title = 'sent'; });</script>",
                "/form", "<!DOCTYPE html><form method=post enctype=multipart/form-data action='" + target + "'>"
                        + "<input type=hidden name=file value='forged'></form><script>document.forms[0].submit();</script>");
        HttpServer attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.createContext("/", exchange -> {
            byte[] body = pages.getOrDefault(exchange.getRequestURI().getPath(), "").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        // Another site for the same machine: the other loopback name, another port.
        String attackerSite = "http://" + ("localhost".equals(base.getHost()) ? "127.0.0.1" : "localhost") + ":"
                + attacker.getAddress().getPort();
        List<String> before = ConnectGoogleBrowserTest.leadKeys();
        try (Chromium chromium = new Chromium(); BrowserContext browser = chromium.browser.newContext()) {
            Page page = browser.newPage();
            page.navigate(base.toString()); // Tickler is open in this browser: it holds the anti-forgery cookie

            Response fetched = page.waitForResponse(target, () -> page.navigate(attackerSite + "/fetch"));
            assertEquals(403, fetched.status(), "the fetch refused");
            Response posted = page.waitForResponse(target, () -> page.navigate(attackerSite + "/form"));
            assertEquals(403, posted.status(), "the form refused");
        } finally {
            attacker.stop(0);
        }
        List<String> after = ConnectGoogleBrowserTest.leadKeys();
        assertFalse(after.contains("forged.example"), "the forged import planted nothing");
        assertEquals(before, after);
    }
}
