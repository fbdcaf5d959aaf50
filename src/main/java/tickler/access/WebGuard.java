package tickler.access;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every request meets first, before authentication: the Host check (DNS rebinding), the
 * security headers of every answer, the anti-forgery cookie, and an early refusal of state-changing
 * requests a browser says come from another site (so a forged upload is refused before its body is
 * read). The token itself is checked by {@link CrossSiteFilter}.
 */
@ApplicationScoped
class WebGuard {

    /** Before CORS (300) and authentication (200). */
    static final int PRIORITY = 1000;

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin");

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Access access;
    private final Optional<URI> publicUrl;

    WebGuard(Access access) {
        this.access = access;
        this.publicUrl = access.publicUrl();
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, PRIORITY);
    }

    private void guard(RoutingContext context) {
        MultiMap headers = context.response().headers();
        // Added at the end, where absent: an answer that sets its own (a share link's
        // Referrer-Policy: no-referrer) keeps it.
        context.addHeadersEndHandler(end -> HEADERS.forEach((name, value) -> {
            if (!headers.contains(name)) {
                headers.set(name, value);
            }
        }));
        String path = context.normalizedPath();
        if (!PublicPaths.isHealth(path) && !access.hosts().accepts(authority(context.request()))) {
            context.response().setStatusCode(421).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .end("This service does not answer for that host name (set tickler.public-url to the address users open).\n");
            return;
        }
        if (SAFE.contains(context.request().method())) {
            if (!PublicPaths.isPublic(path)) {
                boolean https = publicUrl.map(u -> "https".equalsIgnoreCase(u.getScheme())).orElse(false)
                        || "https".equals(context.request().scheme());
                CrossSiteTokens.ensure(context, https);
            }
        } else if (context.request().getHeader(HttpHeaders.AUTHORIZATION) == null && fromAnotherSite(context)) {
            context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .end("Refused: this request comes from another site.\n");
            return;
        }
        context.next();
    }

    /**
     * What the browser says about where a state-changing request comes from: Fetch Metadata, and
     * the Origin header compared with the host it was sent to (as the browser saw it: the Host, a
     * proxy's X-Forwarded-Host, or tickler.public-url). Scripts send neither.
     */
    private boolean fromAnotherSite(RoutingContext context) {
        String site = context.request().getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        try {
            String from = URI.create(origin.strip()).getRawAuthority();
            if (from == null) {
                return true;
            }
            return !(from.equalsIgnoreCase(strip(authority(context.request())))
                    || from.equalsIgnoreCase(strip(context.request().getHeader("X-Forwarded-Host")))
                    || publicUrl.map(u -> from.equalsIgnoreCase(u.getRawAuthority())).orElse(false));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * The name and port the request was sent to: HTTP/1.1's Host header, or HTTP/2's :authority
     * (a client upgrading to h2c, a browser over HTTP/2, sends no Host header).
     */
    private static String authority(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return null;
        }
        String host = authority.host().indexOf(':') >= 0 && !authority.host().startsWith("[")
                ? "[" + authority.host() + "]" : authority.host();
        return authority.port() >= 0 ? host + ":" + authority.port() : host;
    }

    private static String strip(String header) {
        return header == null ? "" : header.strip();
    }
}
