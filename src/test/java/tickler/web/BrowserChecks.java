package tickler.web;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a page must never do in the browser: log an error, or break its Content-Security-Policy. */
final class BrowserChecks {

    private BrowserChecks() {
    }

    /** Collects, from now on, the page's console errors and CSP violations (reported as console errors by Chromium). */
    static List<String> watch(Page page) {
        List<String> problems = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add(message.text());
            }
        });
        page.onPageError(error -> problems.add(error));
        page.addInitScript("document.addEventListener('securitypolicyviolation', "
                + "e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        return problems;
    }
}
