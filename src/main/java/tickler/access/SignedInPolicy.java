package tickler.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Protect by default: bound to every path (quarkus.http.auth.permission.tickler.*), it lets the
 * public paths through and, in OIDC mode, everything else only to a signed-in allowed user or the
 * owner of a personal access token. An anonymous caller is sent to sign in (401 for the API), a
 * signed-in user who is not allowed gets 403 ({@link ForbiddenPage}).
 */
@ApplicationScoped
public class SignedInPolicy implements HttpSecurityPolicy {

    static final String NAME = "tickler";

    private final Access access;

    SignedInPolicy(Access access) {
        this.access = access;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext context) {
        if (access.mode() != AccessMode.OIDC || PublicPaths.isPublic(request.normalizedPath())) {
            return CheckResult.permit();
        }
        return identity.map(who -> access.admits(who) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return NAME;
    }
}
