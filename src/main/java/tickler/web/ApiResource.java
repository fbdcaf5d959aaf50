package tickler.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import tickler.lead.Contact;
import tickler.lead.Lead;
import tickler.lead.LeadService;
import tickler.report.MonthlyReport;
import tickler.report.ReportService;
import tickler.source.takeout.ImportProgress;
import tickler.source.takeout.ImportResult;
import tickler.source.takeout.TakeoutImport;
import tickler.demo.FirstStart;

/** The JSON contract of DESIGN §4. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ApiResource {

    private final LeadService leads;
    private final ReportService reports;
    private final TakeoutImport imports;
    private final FirstStart firstStart;

    ApiResource(LeadService leads, ReportService reports, TakeoutImport imports, FirstStart firstStart) {
        this.leads = leads;
        this.reports = reports;
        this.imports = imports;
        this.firstStart = firstStart;
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
    @Path("/reports/monthly/{month}")
    public MonthlyReport monthly(@PathParam("month") String month) {
        return reports.monthly(Months.parse(month));
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
        firstStart.replaceDemoWithUserData();
        ImportResult result = imports.importFile(file.uploadedFile(), file.fileName());
        return new ImportAnswer(result.events(), result.messages(), leads.pipeline().leads().size(),
                result.added(), result.updated(), result.skipped());
    }

    @GET
    @Path("/import/progress")
    public ImportProgress progress() {
        return imports.progress();
    }
}
