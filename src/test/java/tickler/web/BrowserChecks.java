package tickler.web;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a page must never do in the browser: log an error, break its Content-Security-Policy, or
 * ask for something that fails. The browser's own guess at /favicon.ico (the pages name no icon)
 * is not the page's request.
 */
final class BrowserChecks {

    private BrowserChecks() {
    }

    /** Collects, from now on, the page's console errors, CSP violations and failed requests. */
    static List<String> watch(Page page) {
        List<String> problems = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                problems.add(message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
                problems.add(response.status() + " " + response.url());
            }
        });
        page.onPageError(problems::add);
        page.addInitScript("document.addEventListener('securitypolicyviolation', "
                + "e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        return problems;
    }
}
