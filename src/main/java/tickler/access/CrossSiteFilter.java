package tickler.access;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/** {@link CrossSiteCheck} for every Quarkus REST request, the token read from its header or form. */
public class CrossSiteFilter {

    private final CrossSiteCheck check;

    CrossSiteFilter(CrossSiteCheck check) {
        this.check = check;
    }

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (!check.needsToken(routing)) {
            return Optional.empty();
        }
        String supplied = check.headerToken(routing);
        if (supplied == null) {
            supplied = formField((ResteasyReactiveRequestContext) request.getServerRequestContext());
        }
        if (check.matches(routing, supplied)) {
            return Optional.empty();
        }
        return Optional.of(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Refusal(403, CrossSiteCheck.REFUSAL)).build());
    }

    record Refusal(int status, String error) {
    }

    private static String formField(ResteasyReactiveRequestContext context) {
        Object value = context.getFormParameter(CrossSiteTokens.FIELD, true, false);
        if (value instanceof FormValue form) {
            return form.isFileItem() ? null : form.getValue();
        }
        return value instanceof String text ? text : null;
    }
}
