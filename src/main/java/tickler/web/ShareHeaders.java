package tickler.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A share URL is a secret: not indexed, not leaked as a referrer, not kept by caches, and its page
 * refuses anything but its own files.
 */
class ShareHeaders {

    /** The policy the share view is written to: no inline script or style, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

    @ServerResponseFilter
    void onShareResponses(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/r/")) {
            response.getHeaders().putSingle("X-Robots-Tag", "noindex");
            response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
            response.getHeaders().putSingle("Cache-Control", "private, no-store");
            response.getHeaders().putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
    }
}
