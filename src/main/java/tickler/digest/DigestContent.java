package tickler.digest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import tickler.activity.Activity;
import tickler.lead.LeadService;
import tickler.lead.Pipeline;
import tickler.report.ReportService;

/** A digest from the leads as of now and as of the previous digest, the month's report and sync health. */
@ApplicationScoped
class DigestContent implements DigestSource {

    private final LeadService leads;
    private final ReportService reports;
    private final GoogleSyncView sync;
    private final Links links;
    private final ReportLinks reportLinks;

    DigestContent(LeadService leads, ReportService reports, GoogleSyncView sync, Links links, ReportLinks reportLinks) {
        this.leads = leads;
        this.reports = reports;
        this.sync = sync;
        this.links = links;
        this.reportLinks = reportLinks;
    }

    @Override
    public Digest build(Period period) {
        DigestBuilder builder = new DigestBuilder(links, reportLinks, zone());
        if (period.kind() == Kind.MONTHLY) {
            return builder.monthly(period, reports.monthly(YearMonth.parse(period.key())), sync.privacyMode());
        }
        Pipeline now = leads.pipeline();
        List<Activity> activities = leads.activities();
        Pipeline before = leads.inference(activities).infer(activities, period.since());
        return builder.leads(period, now, before, sync.accounts(), sync.privacyMode());
    }

    @Override
    public ZoneId zone() {
        return leads.zone();
    }
}
