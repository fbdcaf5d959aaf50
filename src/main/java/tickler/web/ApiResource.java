package tickler.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tickler.lead.Contact;
import tickler.lead.Lead;
import tickler.lead.LeadService;
import tickler.source.takeout.ImportProgress;
import tickler.source.takeout.TakeoutImport;

/** The JSON contract (README, "JSON API"): leads and the import's progress; the import in {@link ImportRoute}, reports in {@link ReportApi}. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ApiResource {

    private final LeadService leads;
    private final TakeoutImport imports;

    ApiResource(LeadService leads, TakeoutImport imports) {
        this.leads = leads;
        this.imports = imports;
    }

    @GET
    @Path("/leads")
    public List<Lead> leads() {
        return leads.pipeline().leads();
    }

    @GET
    @Path("/leads/{id}")
    public Lead lead(@PathParam("id") String id) {
        return leads.pipeline().byId(id).orElseThrow(() -> new NotFoundException("No lead " + id));
    }

    /** The external people and organisations that are not leads, each with the reason. */
    @GET
    @Path("/contacts")
    public List<Contact> contacts() {
        return leads.pipeline().contacts();
    }

    @GET
    @Path("/import/progress")
    public ImportProgress progress() {
        return imports.progress();
    }
}
