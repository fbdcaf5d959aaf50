package tickler.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tickler.source.google.AccountStatus;
import tickler.source.google.GoogleSyncStatus;

/** Google sync status as a page; {@link SyncApi} serves the same as JSON. */
@Path("/sync")
public class SyncPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sync(List<AccountStatus> accounts, boolean configured, boolean connectable,
                                            String disconnected, PageStatus.Status status);
    }

    private final GoogleSyncStatus sync;
    private final PageStatus status;

    SyncPage(GoogleSyncStatus sync, PageStatus status) {
        this.sync = sync;
        this.status = status;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("disconnected") String disconnected) {
        List<AccountStatus> accounts = sync.accounts();
        return Templates.sync(accounts, sync.configured(), sync.connectable(), disconnected, status.now(accounts));
    }
}
