package tickler.digest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import tickler.report.ShareLinks;

/**
 * A share link of the month's latest version, so a manager without an account opens the report
 * from the digest; it expires after tickler.reports.link-expiry, if set, and the diary lists it.
 */
@ApplicationScoped
class ShareReportLinks implements ReportLinks {

    private final ShareLinks shareLinks;

    ShareReportLinks(ShareLinks shareLinks) {
        this.shareLinks = shareLinks;
    }

    @Override
    public String monthly(YearMonth month) {
        return shareLinks.create(month, null, null).url();
    }
}
