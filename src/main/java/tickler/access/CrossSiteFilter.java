package tickler.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every state-changing request needs this browser's anti-forgery token, in the header
 * {@value CrossSiteTokens#HEADER} or the form field {@value CrossSiteTokens#FIELD}, equal to its
 * cookie; or a personal access token, which a browser never sends on its own. In laptop mode a
 * request with no trace of a browser (no cookie, Origin, Referer or Fetch Metadata) is a script on
 * this machine, the only one that can connect, and needs neither: the README's {@code curl} import
 * works as it is. Every browser that omits Origin on a cross-site post also ignores SameSite and
 * so sends the cookie, which then asks for the token.
 */
public class CrossSiteFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> BROWSER_MARKS = List.of("Cookie", "Origin", "Referer", "Sec-Fetch-Site", "Sec-Fetch-Mode");

    private final Access access;

    CrossSiteFilter(Access access) {
        this.access = access;
    }

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod()) || byAccessToken(routing)
                || (access.mode() == AccessMode.LAPTOP && BROWSER_MARKS.stream().allMatch(h -> request.getHeaderString(h) == null))) {
            return Optional.empty();
        }
        String supplied = request.getHeaderString(CrossSiteTokens.HEADER);
        if (supplied == null) {
            supplied = formField((ResteasyReactiveRequestContext) request.getServerRequestContext());
        }
        if (CrossSiteTokens.matches(CrossSiteTokens.fromCookie(routing), supplied)) {
            return Optional.empty();
        }
        return Optional.of(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Refusal(403, "Refused: this request lacks Tickler's anti-forgery token. Send it from "
                        + "Tickler's own page (reload it and try again), or as a script with a personal access token "
                        + "(Authorization: Bearer, created on /settings)"))
                .build());
    }

    record Refusal(int status, String error) {
    }

    private static boolean byAccessToken(RoutingContext routing) {
        if (routing.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            return identity.getAttribute(AccessTokenMechanism.TOKEN_ID) != null;
        }
        return false;
    }

    private static String formField(ResteasyReactiveRequestContext context) {
        Object value = context.getFormParameter(CrossSiteTokens.FIELD, true, false);
        if (value instanceof FormValue form) {
            return form.isFileItem() ? null : form.getValue();
        }
        return value instanceof String text ? text : null;
    }
}
