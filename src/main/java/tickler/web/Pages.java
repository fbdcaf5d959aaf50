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
import org.jboss.resteasy.reactive.RestQuery;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import tickler.activity.Activity;
import tickler.lead.Contact;
import tickler.lead.Evidence;
import tickler.lead.Lead;
import tickler.lead.LeadSource;
import tickler.lead.Money;
import tickler.lead.LeadService;
import tickler.lead.Pipeline;
import tickler.web.PageStatus.Status;

/** Server-rendered pages: the board, a lead's timeline, the contacts; reports in {@link ReportPages}. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class Pages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Board.View board, BoardQuery query, List<LeadSource> sources,
                                             List<BoardQuery.Flag> flags, Status status);

        static native TemplateInstance lead(Lead lead, List<TimelineEntry> timeline, Status status);

        static native TemplateInstance contacts(List<Contact> contacts, Status status);
    }

    /** One activity on a lead's timeline, with how surely it belongs there. */
    public record TimelineEntry(Activity activity, boolean meeting, boolean lowConfidence) {
    }

    private final LeadService leads;
    private final PageStatus status;

    Pages(LeadService leads, PageStatus status) {
        this.leads = leads;
        this.status = status;
    }

    /** The board, searched and filtered by a GET form, so it works without JavaScript. */
    @GET
    public TemplateInstance board(@RestQuery("q") String search, @RestQuery String source, @RestQuery String flag,
                                  @RestQuery String owner, @RestQuery String closed) {
        BoardQuery query = BoardQuery.of(search, source, flag, owner, closed);
        return Templates.board(Board.of(leads.pipeline(), query), query, List.of(LeadSource.values()),
                List.of(BoardQuery.Flag.values()), status.now());
    }

    @GET
    @Path("leads/{id}")
    public TemplateInstance lead(@PathParam("id") String id) {
        Pipeline pipeline = leads.pipeline();
        Lead lead = pipeline.byId(id).orElseThrow(() -> new NotFoundException("No lead " + id));
        List<TimelineEntry> timeline = leads.timeline(pipeline, lead.key()).stream()
                .map(a -> new TimelineEntry(a, pipeline.isMeeting(a),
                        pipeline.linkConfidence(lead.key(), a) == Evidence.Confidence.LOW))
                .toList();
        return Templates.lead(lead, timeline, status.now());
    }

    /** Everyone external who is not a lead, with the reason. */
    @GET
    @Path("contacts")
    public TemplateInstance contacts() {
        return Templates.contacts(leads.pipeline().contacts(), status.now());
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
