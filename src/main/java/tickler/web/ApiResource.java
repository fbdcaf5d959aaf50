package tickler.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import tickler.lead.Contact;
import tickler.lead.Lead;
import tickler.lead.LeadService;
import tickler.source.takeout.ImportProgress;
import tickler.source.takeout.ImportResult;
import tickler.source.takeout.TakeoutImport;

/** The JSON contract (README, "JSON API"): leads and import; reports in {@link ReportApi}. */
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

    /**
     * The answer to an import: what the file held, what changed, and the leads after it.
     * {@code events} and {@code messages} count what was read; {@code added} and {@code updated}
     * what changed, so a repeated import answers the same counts with nothing added.
     */
    public record ImportAnswer(long events, long messages, long leads, long added, long updated,
                               List<ImportResult.Skipped> skipped) {
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ImportAnswer importFile(@RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw new BadRequestException("Send the file as the multipart field 'file': a Takeout .zip, an .ics or an .mbox");
        }
        try {
            ImportResult result = imports.importFile(file.uploadedFile(), file.fileName());
            if (result.noAcceptedFile()) {
                throw new WebApplicationException(file.fileName() + " is not a file Tickler reads: send a Google "
                        + "Takeout .zip, a calendar (.ics) or a mailbox (.mbox, .eml)", Response.Status.UNSUPPORTED_MEDIA_TYPE);
            }
            return new ImportAnswer(result.events(), result.messages(), leads.upToDatePipeline().leads().size(),
                    result.added(), result.updated(), result.skipped());
        } finally {
            Files.deleteIfExists(file.uploadedFile());
        }
    }

    @GET
    @Path("/import/progress")
    public ImportProgress progress() {
        return imports.progress();
    }
}
