package tickler.access;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * What pages show and carry about access, as {@code {inject:access.…}} in templates: the header's
 * line on who can reach the service, and the anti-forgery token every state-changing form and
 * fetch() must send back.
 */
@ApplicationScoped
@Named("access")
public class PageAccess {

    private final Access access;

    PageAccess(Access access) {
        this.access = access;
    }

    /** The header's line: who can reach this service. */
    public String label() {
        return switch (access.mode()) {
            case LAPTOP -> "Laptop mode: only this computer can open Tickler (127.0.0.1)";
            case PROXY -> "Behind a sign-in proxy";
            case OIDC -> signedIn().map(who -> "Signed in as " + who).orElse("Signed in");
        };
    }

    /** This browser's anti-forgery token (empty outside a request). */
    public String csrfToken() {
        return request().map(r -> (String) r.get(CrossSiteTokens.CONTEXT_KEY))
                .or(() -> request().map(CrossSiteTokens::fromCookie)).orElse("");
    }

    /** The signed-in user's address (or a token's owner); empty where nobody signs in. */
    public Optional<String> signedIn() {
        if (access.mode() != AccessMode.OIDC) {
            return Optional.empty();
        }
        return request().flatMap(r -> r.user() instanceof QuarkusHttpUser user
                ? Access.who(user.getSecurityIdentity()) : Optional.empty());
    }

    private static Optional<RoutingContext> request() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Arc.container().instance(CurrentVertxRequest.class).get().getCurrent());
    }
}
