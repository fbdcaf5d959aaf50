package tickler.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import tickler.lead.LeadService;
import tickler.report.MonthlyReport;
import tickler.report.ReportService;
import tickler.report.ShareLink;
import tickler.report.ShareLinks;

/**
 * What a share link opens, for someone without an account: the one report, read-only, with its
 * pictures, CSV and print, and nothing else of the service (no header, no links to leads).
 */
@Path("/r")
public class SharePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shared(String token, MonthlyReport report, Integer version,
                                              ReportCharts.Charts charts, ZoneId zone);

        static native TemplateInstance unavailable(String title, String explanation);
    }

    private final ShareLinks links;
    private final ReportService reports;
    private final LeadService leads;

    SharePage(ShareLinks links, ReportService reports, LeadService leads) {
        this.links = links;
        this.reports = reports;
        this.leads = leads;
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("token") String token) {
        return open(token, (link, report) -> Templates.shared(token, report, link.version(),
                ReportCharts.of(report), leads.zone()));
    }

    @GET
    @Path("{token}.csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    public Response csv(@PathParam("token") String token) {
        return open(token, (link, report) -> ReportCsv.download(report));
    }

    private interface View {
        Object of(ShareLink link, MonthlyReport report);
    }

    /** A revoked link is as unknown as one never issued (404); an expired one says so (410). */
    private Response open(String token, View view) {
        Optional<ShareLink> found = links.find(token);
        if (found.isEmpty() || found.get().state() == ShareLink.State.REVOKED) {
            return unavailable(Response.Status.NOT_FOUND, "No such report link",
                    "This link does not exist or was revoked. Ask whoever sent it for a new one.");
        }
        ShareLink link = found.get();
        if (link.state() == ShareLink.State.EXPIRED) {
            return unavailable(Response.Status.GONE, "This report link has expired",
                    "Ask whoever sent it for a new one.");
        }
        Optional<ReportService.Shown> shown = reports.show(YearMonth.parse(link.month()), link.version());
        if (shown.isEmpty()) {
            return unavailable(Response.Status.NOT_FOUND, "No such report", "The report this link pointed at is gone.");
        }
        Object entity = view.of(link, shown.get().report());
        return entity instanceof Response response ? response : Response.ok(entity, MediaType.TEXT_HTML).build();
    }

    private static Response unavailable(Response.Status status, String title, String explanation) {
        return Response.status(status).type(MediaType.TEXT_HTML)
                .entity(Templates.unavailable(title, explanation)).build();
    }
}
