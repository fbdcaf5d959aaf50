package tickler.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;
import tickler.source.takeout.ImportFailedException;

/** Errors answer JSON with a sentence a person can act on. */
class ErrorMapper {

    record ErrorBody(int status, String error) {
    }

    /** A file that could not be read is the sender's to fix (422); a failure of the service is ours (500). */
    @ServerExceptionMapper
    Response map(ImportFailedException e) {
        int status = e.serviceFault() ? 500 : 422;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(status, "The import failed: " + e.getMessage()))
                .build();
    }

    /** A client wrote a broken form (a raw line feed in a file name, a missing boundary): its fault, said plainly. */
    @ServerExceptionMapper
    Response map(MultipartParser.MalformedMessageException e) {
        return Response.status(400)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(400, "The upload is not a well-formed multipart form (RFC 7578): send the file "
                        + "as the field 'file', its name without line breaks"))
                .build();
    }

    @ServerExceptionMapper
    Response map(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(status, e.getMessage()))
                .build();
    }
}
