package tickler.access;

import io.quarkus.security.ForbiddenException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * A signed-in user who is not in tickler.auth.allowed gets a page saying so, rather than a bare
 * 403; the API answers the same sentence as JSON.
 */
@ApplicationScoped
class ForbiddenPage {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!(context.failure() instanceof ForbiddenException) || context.response().ended()) {
            context.next();
            return;
        }
        String who = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity().getPrincipal().getName() : "";
        String sentence = "You are signed in as " + who + ", which is not allowed in this Tickler. "
                + "Ask whoever runs it to add your address or domain to tickler.auth.allowed.";
        if (context.normalizedPath().startsWith("/api/")) {
            context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(Json.encode(Map.of("status", 403, "error", sentence)));
            return;
        }
        context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .end("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not allowed — Tickler</title>"
                        + "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><main id=\"forbidden\">"
                        + "<h1>Not allowed</h1><p>" + escape(sentence) + "</p></main></body></html>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
