package tickler.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Whether a request may change state: every state-changing request needs this browser's
 * anti-forgery token, in the header {@value CrossSiteTokens#HEADER} or the form field
 * {@value CrossSiteTokens#FIELD}, equal to its cookie; or a personal access token, which a browser
 * never sends on its own. In laptop mode a request with no trace of a browser (no cookie, Origin,
 * Referer or Fetch Metadata) is a script on this machine, the only one that can connect, and needs
 * neither: the README's {@code curl} import works as it is. Every browser that omits Origin on a
 * cross-site post also ignores SameSite and so sends the cookie, which then asks for the token.
 * Asked by {@link CrossSiteFilter} for Quarkus REST and by the import, which reads its own body.
 */
@ApplicationScoped
public class CrossSiteCheck {

    /** The form field that carries the token. */
    public static final String FIELD = CrossSiteTokens.FIELD;
    public static final String REFUSAL = "Refused: this request lacks Tickler's anti-forgery token. Send it from "
            + "Tickler's own page (reload it and try again), or as a script with a personal access token "
            + "(Authorization: Bearer, created on /settings)";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> BROWSER_MARKS = List.of("Cookie", "Origin", "Referer", "Sec-Fetch-Site", "Sec-Fetch-Mode");

    private final Access access;

    CrossSiteCheck(Access access) {
        this.access = access;
    }

    /** Whether the request must show the token: false for reading, an access token, or a script on the laptop. */
    public boolean needsToken(RoutingContext routing) {
        return !(SAFE.contains(routing.request().method().name()) || byAccessToken(routing)
                || (access.mode() == AccessMode.LAPTOP && BROWSER_MARKS.stream().allMatch(h -> routing.request().getHeader(h) == null)));
    }

    /** The token the request's header carries, if any. */
    public String headerToken(RoutingContext routing) {
        return routing.request().getHeader(CrossSiteTokens.HEADER);
    }

    /** Whether {@code supplied} (from the header or the form) is this browser's token. */
    public boolean matches(RoutingContext routing, String supplied) {
        return CrossSiteTokens.matches(CrossSiteTokens.fromCookie(routing), supplied);
    }

    private static boolean byAccessToken(RoutingContext routing) {
        if (routing.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            return identity.getAttribute(AccessTokenMechanism.TOKEN_ID) != null;
        }
        return false;
    }
}
