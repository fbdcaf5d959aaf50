package tickler.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tickler.source.google.AccountStatus;
import tickler.source.google.GoogleSyncStatus;

/** {@code GET /api/sync/status}: every connected Google account's sync state, lag, counts and progress. */
@Path("/api/sync")
@Produces(MediaType.APPLICATION_JSON)
public class SyncApi {

    private final GoogleSyncStatus sync;

    SyncApi(GoogleSyncStatus sync) {
        this.sync = sync;
    }

    @GET
    @Path("status")
    public List<AccountStatus> status() {
        return sync.accounts();
    }
}
