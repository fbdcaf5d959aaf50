package tickler.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors answer JSON with a sentence a person can act on. */
class ErrorMapper {

    record ErrorBody(int status, String error) {
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
