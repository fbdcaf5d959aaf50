package tickler.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import tickler.digest.Digests;
import tickler.digest.Kind;
import tickler.digest.SendRecord;

/** {@code /digests}: the channels, the schedule, the latest sends with their errors, and "send now". */
@Path("/digests")
public class DigestsPage {

    private static final int RECENT = 30;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance digests(List<Digests.ChannelState> channels, Digests.Plan plan,
                                               List<SendRecord> sends, Kind sent, PageStatus.Status status);
    }

    private final Digests digests;
    private final PageStatus status;

    DigestsPage(Digests digests, PageStatus status) {
        this.digests = digests;
        this.status = status;
    }

    /** @param sent the kind just sent by the form, to say so */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("sent") String sent) {
        return Templates.digests(digests.channels(), digests.plan(), digests.recent(RECENT),
                Kind.of(sent == null ? "" : sent).orElse(null), status.now());
    }

    /** The "send now" form; then the page, whose latest sends say what went where (reloading it sends nothing). */
    @POST
    @Path("send")
    public Response sendNow(@FormParam("kind") String kind) {
        Kind sent = DigestApi.kind(kind);
        digests.sendNow(sent);
        return Response.seeOther(UriBuilder.fromPath("/digests").queryParam("sent", sent.label()).build()).build();
    }
}
