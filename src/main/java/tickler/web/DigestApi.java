package tickler.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tickler.digest.Digests;
import tickler.digest.Kind;
import tickler.digest.SendRecord;

/**
 * {@code POST /api/digests/{daily|weekly|monthly}/send}: the digest now, to every configured channel,
 * answering what went where and why anything did not; {@code GET /api/digests}: the latest sends.
 */
@Path("/api/digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestApi {

    private static final int RECENT = 50;

    private final Digests digests;

    DigestApi(Digests digests) {
        this.digests = digests;
    }

    @POST
    @Path("{kind}/send")
    public Digests.Result send(@PathParam("kind") String kind) {
        return digests.sendNow(kind(kind));
    }

    @GET
    public List<SendRecord> recent() {
        return digests.recent(RECENT);
    }

    static Kind kind(String label) {
        return Kind.of(label).orElseThrow(() -> new NotFoundException("No digest " + label + ": daily, weekly or monthly"));
    }
}
