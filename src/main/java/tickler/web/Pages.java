package tickler.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tickler.activity.Activity;
import tickler.lead.Contact;
import tickler.lead.Evidence;
import tickler.lead.Lead;
import tickler.lead.Money;
import tickler.lead.LeadService;
import tickler.lead.Pipeline;
import tickler.lead.Stage;
import tickler.report.MonthlyReport;
import tickler.report.ReportService;
import tickler.web.PageStatus.Status;

/** Server-rendered pages: the board, a lead's timeline, the contacts, the monthly report. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class Pages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(List<Column> columns, int leadCount, Status status);

        static native TemplateInstance lead(Lead lead, List<TimelineEntry> timeline, Status status);

        static native TemplateInstance contacts(List<Contact> contacts, Status status);

        static native TemplateInstance report(MonthlyReport report, String previous, String next, Status status);
    }

    /** One column of the board. */
    public record Column(Stage stage, List<Lead> leads) {
    }

    /** One activity on a lead's timeline, with how surely it belongs there. */
    public record TimelineEntry(Activity activity, boolean meeting, boolean lowConfidence) {
    }

    private final LeadService leads;
    private final ReportService reports;
    private final PageStatus status;

    Pages(LeadService leads, ReportService reports, PageStatus status) {
        this.leads = leads;
        this.reports = reports;
        this.status = status;
    }

    @GET
    public TemplateInstance board() {
        Pipeline pipeline = leads.pipeline();
        List<Column> columns = Arrays.stream(Stage.values())
                .map(stage -> new Column(stage, pipeline.leads().stream().filter(l -> l.stage() == stage).toList()))
                .toList();
        return Templates.board(columns, pipeline.leads().size(), status.now());
    }

    @GET
    @Path("leads/{id}")
    public TemplateInstance lead(@PathParam("id") String id) {
        Pipeline pipeline = leads.pipeline();
        Lead lead = pipeline.byId(id).orElseThrow(() -> new NotFoundException("No lead " + id));
        List<TimelineEntry> timeline = pipeline.timeline(lead.key()).stream()
                .map(a -> new TimelineEntry(a, pipeline.isMeeting(a),
                        pipeline.linkConfidence(lead.key(), a.key()) == Evidence.Confidence.LOW))
                .toList();
        return Templates.lead(lead, timeline, status.now());
    }

    /** Everyone external who is not a lead, with the reason. */
    @GET
    @Path("contacts")
    public TemplateInstance contacts() {
        return Templates.contacts(leads.pipeline().contacts(), status.now());
    }

    @GET
    @Path("reports/monthly")
    public Response lastReport() {
        return Response.seeOther(URI.create("/reports/monthly/" + reports.lastFinishedMonth())).build();
    }

    @GET
    @Path("reports/monthly/{month}.csv")
    @Produces("text/csv")
    public Response reportCsv(@PathParam("month") String month) {
        MonthlyReport report = reports.monthly(Months.parse(month));
        return Response.ok(ReportCsv.of(report))
                .header("Content-Disposition", "attachment; filename=\"tickler-report-" + report.month() + ".csv\"")
                .build();
    }

    @GET
    @Path("reports/monthly/{month}")
    public TemplateInstance report(@PathParam("month") String month) {
        var yearMonth = Months.parse(month);
        return Templates.report(reports.monthly(yearMonth), yearMonth.minusMonths(1).toString(),
                yearMonth.plusMonths(1).toString(), status.now());
    }

    /** Dates in the owner's time zone, for templates. */
    @TemplateExtension
    static class Dates {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

        static String day(Instant instant, ZoneId zone) {
            return instant == null ? "" : DAY.format(instant.atZone(zone));
        }

        static String minute(Instant instant, ZoneId zone) {
            return instant == null ? "" : MINUTE.format(instant.atZone(zone));
        }
    }

    @TemplateExtension
    static class Texts {
        static String shorten(String text, int length) {
            return text.length() <= length ? text : text.substring(0, length) + "…";
        }

        /** "2,500,000 RUB": grouped digits, the currency as written, never converted. */
        static String formatted(Money money) {
            return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(money.amount())
                    + " " + money.currency();
        }

        static boolean lowConfidence(Evidence evidence) {
            return evidence.confidence() == Evidence.Confidence.LOW;
        }
    }
}
