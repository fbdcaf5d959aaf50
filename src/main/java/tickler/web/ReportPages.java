package tickler.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import tickler.report.ForecastHistory;
import tickler.report.ReportService;
import tickler.report.ReportVersion;
import tickler.report.ShareLink;
import tickler.report.ShareLinks;
import tickler.web.PageStatus.Status;

/** The monthly report's pages: the diary of every month, a month's report and its versions, sharing. */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance diary(List<DiaryMonth> months, Status status);

        static native TemplateInstance report(ReportService.Shown shown, Integer pinned, ReportCharts.Charts charts,
                                              List<ForecastHistory.Entry> history, String previous, String next,
                                              Status status);

        static native TemplateInstance link(ShareLinks.Created link, Status status);
    }

    /** A month of the diary with its kept versions and its share links. */
    public record DiaryMonth(String month, List<ReportVersion> versions, List<ShareLink> links) {
    }

    private final ReportService reports;
    private final ShareLinks links;
    private final PageStatus status;

    ReportPages(ReportService reports, ShareLinks links, PageStatus status) {
        this.reports = reports;
        this.links = links;
        this.status = status;
    }

    @GET
    public TemplateInstance diary() {
        List<ReportVersion> versions = reports.allVersions();
        List<ShareLink> shared = links.list();
        List<DiaryMonth> months = reports.months().stream()
                .map(YearMonth::toString)
                .map(month -> new DiaryMonth(month,
                        versions.stream().filter(v -> v.month().equals(month)).toList(),
                        shared.stream().filter(link -> link.month().equals(month)).toList()))
                .toList();
        return Templates.diary(months, status.now());
    }

    @GET
    @Path("monthly")
    public Response lastReport() {
        return Response.seeOther(URI.create("/reports/monthly/" + reports.lastFinishedMonth())).build();
    }

    @GET
    @Path("monthly/{month}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("month") String month, @QueryParam("version") Integer version) {
        return ReportCsv.download(shown(month, version).report());
    }

    /** The month's latest report, or with {@code ?version=N} one kept version, and how its forecast moved. */
    @GET
    @Path("monthly/{month}")
    public TemplateInstance report(@PathParam("month") String month, @QueryParam("version") Integer version) {
        ReportService.Shown shown = shown(month, version);
        YearMonth yearMonth = Months.parse(month);
        return Templates.report(shown, version, ReportCharts.of(shown.report()),
                ForecastHistory.of(shown.versions(), shown.live() ? shown.report() : null),
                yearMonth.minusMonths(1).toString(), yearMonth.plusMonths(1).toString(), status.now());
    }

    @POST
    @Path("monthly/{month}/versions")
    public Response regenerate(@PathParam("month") String month) {
        ReportVersion version = reports.regenerate(Months.parse(month));
        return Response.seeOther(URI.create("/reports/monthly/" + version.month() + "?version=" + version.number())).build();
    }

    /** Creates a share link to the month (to one version when the form names it) and shows its URL once. */
    @POST
    @Path("monthly/{month}/links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance share(@PathParam("month") String month, @RestForm Integer version, @Context UriInfo uri) {
        try {
            return Templates.link(links.create(Months.parse(month), version, null, uri.getBaseUri()), status.now());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    @POST
    @Path("links/{id}/revoke")
    public Response revoke(@PathParam("id") long id) {
        if (!links.revoke(id)) {
            throw new NotFoundException("No share link " + id);
        }
        return Response.seeOther(URI.create("/reports")).build();
    }

    private ReportService.Shown shown(String month, Integer version) {
        return reports.show(Months.parse(month), version)
                .orElseThrow(() -> new NotFoundException("The report of " + month + " has no version " + version));
    }
}
