package tickler.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * /q/health stays open for probes, but an anonymous caller learns only UP or DOWN: the checks'
 * details name accounts and their errors. Those are for the signed-in user (or a token's owner),
 * and for anyone in laptop mode, where only this machine can connect at all.
 */
@ApplicationScoped
class HealthGate {

    /** After authentication (200) and authorization (100), before the health endpoints. */
    static final int PRIORITY = 50;

    private final Access access;
    private final SmallRyeHealthReporter reporter;

    HealthGate(Access access, SmallRyeHealthReporter reporter) {
        this.access = access;
        this.reporter = reporter;
    }

    void register(@Observes Filters filters) {
        filters.register(this::gate, PRIORITY);
    }

    private void gate(RoutingContext context) {
        String path = context.normalizedPath();
        if (!PublicPaths.isHealth(path) || access.mode() == AccessMode.LAPTOP || signedIn(context)) {
            context.next();
            return;
        }
        context.vertx().executeBlocking(() -> report(path)).onComplete(done -> {
            boolean down = done.failed() || done.result().isDown();
            context.response().setStatusCode(down ? 503 : 200)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(down ? "{\"status\":\"DOWN\"}" : "{\"status\":\"UP\"}");
        });
    }

    private SmallRyeHealth report(String path) {
        return switch (path.replaceAll("/+$", "")) {
            case "/q/health/live" -> reporter.getLiveness();
            case "/q/health/ready" -> reporter.getReadiness();
            case "/q/health/started" -> reporter.getStartup();
            default -> reporter.getHealth();
        };
    }

    private boolean signedIn(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            return !identity.isAnonymous() && access.admits(identity);
        }
        return false;
    }
}
