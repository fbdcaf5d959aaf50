package tickler.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tickler.demo.FirstStart;
import tickler.lead.LeadService;
import tickler.source.google.AccountStatus;
import tickler.source.google.GoogleSync;
import tickler.source.takeout.TakeoutImport;

/** Google sync status as a page; {@link SyncApi} serves the same as JSON. */
@Path("/sync")
public class SyncPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sync(List<AccountStatus> accounts, boolean configured, Pages.Status status);
    }

    private final GoogleSync sync;
    private final TakeoutImport imports;
    private final FirstStart firstStart;
    private final LeadService leads;

    SyncPage(GoogleSync sync, TakeoutImport imports, FirstStart firstStart, LeadService leads) {
        this.sync = sync;
        this.imports = imports;
        this.firstStart = firstStart;
        this.leads = leads;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.sync(sync.status(), sync.configured(),
                new Pages.Status(firstStart.demoShown(), imports.progress(), leads.zone()));
    }
}
