package tickler.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.VertxInputStream;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tickler.access.CrossSiteCheck;
import tickler.lead.LeadService;
import tickler.source.takeout.ImportFailedException;
import tickler.source.takeout.ImportResult;
import tickler.source.takeout.TakeoutImport;

/**
 * {@code POST /api/import} (README, "JSON API"): a multipart form whose field {@code file} is a
 * Takeout .zip, an .ics or an .mbox. A calendar or mailbox is imported while it arrives, so a
 * large mbox is parsed as it is uploaded rather than after; a zip, read from its end, is kept
 * whole first. A plain route, not a Quarkus REST resource, because that reads the whole form
 * before the resource sees a byte of it. Its anti-forgery token ({@link CrossSiteCheck}) comes in
 * the header or a form field before the file, as Tickler's own page sends it; a form that sends
 * its token after the file has the file kept whole until the token is seen.
 */
@ApplicationScoped
class ImportRoute {

    static final String PATH = "/api/import";
    private static final String FILE_FIELD = "file";
    /** How long the upload may pause between two chunks. */
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(5);
    /** A token is 43 characters; the field is read no further. */
    private static final int TOKEN_FIELD_LIMIT = 256;

    /**
     * The answer to an import: what the file held, what changed, and the leads after it.
     * {@code events} and {@code messages} count what was read; {@code added} and {@code updated}
     * what changed, so a repeated import answers the same counts with nothing added.
     */
    public record ImportAnswer(long events, long messages, long leads, long added, long updated,
                               List<ImportResult.Skipped> skipped) {
    }

    /** A request refused with an answer for the sender. */
    private static final class Refused extends Exception {
        private final int status;

        Refused(int status, String error) {
            super(error, null, false, false);
            this.status = status;
        }
    }

    private final TakeoutImport imports;
    private final LeadService leads;
    private final CrossSiteCheck crossSite;
    private final ObjectMapper json;
    private final Path uploads;

    ImportRoute(TakeoutImport imports, LeadService leads, CrossSiteCheck crossSite, ObjectMapper json,
                @ConfigProperty(name = "quarkus.http.body.uploads-directory") Path uploads) {
        this.imports = imports;
        this.leads = leads;
        this.crossSite = crossSite;
        this.json = json;
        this.uploads = uploads;
    }

    void register(@Observes Router router) {
        router.post(PATH).handler(this::receive);
    }

    private void receive(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            refuse(context, new Refused(415, "Send the file as a multipart form (multipart/form-data), "
                    + "field 'file': a Takeout .zip, an .ics or an .mbox"));
            return;
        }
        boolean tokenShown = !crossSite.needsToken(context) || crossSite.matches(context, crossSite.headerToken(context));
        long length = contentLength(context);
        // Made on the event loop, where the request's chunks arrive; read on a worker.
        InputStream body = new VertxInputStream(context, READ_TIMEOUT.toMillis());
        context.vertx().executeBlocking(() -> {
            try (body) {
                answer(context.response(), 200, imported(context, new FormParts(body, contentType), tokenShown, length));
            } catch (Refused refused) {
                refuse(context, refused);
            } catch (FormParts.MalformedFormException e) {
                refuse(context, new Refused(400, "The upload is not a well-formed multipart form (RFC 7578): send "
                        + "the file as the field 'file', its name without line breaks"));
            } catch (ImportFailedException e) {
                refuse(context, new Refused(e.serviceFault() ? 500 : 422, "The import failed: " + e.getMessage()));
            } catch (IOException | RuntimeException e) {
                Log.errorf(e, "Import upload failed");
                refuse(context, new Refused(500, "The import failed: " + e.getMessage()));
            }
            return null;
        }, false);
    }

    private ImportAnswer imported(RoutingContext context, FormParts form, boolean tokenShown, long length)
            throws IOException, Refused {
        boolean shown = tokenShown;
        ImportResult result = null;
        String fileName = null;
        Path kept = null;
        try {
            for (FormParts.Part part = form.next(); part != null; part = form.next()) {
                if (!part.isFile() && CrossSiteCheck.FIELD.equals(part.name()) && !shown) {
                    shown = crossSite.matches(context, FormParts.value(part, TOKEN_FIELD_LIMIT));
                } else if (FILE_FIELD.equals(part.name()) && fileName == null) {
                    fileName = part.fileName() == null || part.fileName().isBlank() ? "upload" : part.fileName();
                    if (shown) {
                        result = imports.importUpload(part.body(), fileName, length, uploads);
                    } else {
                        kept = TakeoutImport.keepWhole(part.body(), uploads);
                    }
                }
                part.body().transferTo(OutputStream.nullOutputStream());
            }
            if (!shown) {
                throw new Refused(403, CrossSiteCheck.REFUSAL);
            }
            if (fileName == null) {
                throw new Refused(400, "Send the file as the multipart field 'file': a Takeout .zip, an .ics or an .mbox");
            }
            if (result == null) {
                result = imports.importFile(kept, fileName);
            }
        } finally {
            if (kept != null) {
                TakeoutImport.deleteQuietly(kept);
            }
        }
        if (result.noAcceptedFile()) {
            throw new Refused(415, fileName + " is not a file Tickler reads: send a Google Takeout .zip, "
                    + "a calendar (.ics) or a mailbox (.mbox, .eml)");
        }
        return new ImportAnswer(result.events(), result.messages(), leads.upToDatePipeline().leads().size(),
                result.added(), result.updated(), result.skipped());
    }

    private static long contentLength(RoutingContext context) {
        try {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            return declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Refuses; the rest of an upload refused before its end is not read: the connection closes. */
    private void refuse(RoutingContext context, Refused refused) {
        HttpServerResponse response = context.response();
        if (!context.request().isEnded()) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        answer(response, refused.status, new ErrorMapper.ErrorBody(refused.status, refused.getMessage()));
    }

    private void answer(HttpServerResponse response, int status, Object body) {
        if (response.ended() || response.closed()) {
            return;
        }
        try {
            response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer of records and strings is always JSON", e);
        }
    }
}
