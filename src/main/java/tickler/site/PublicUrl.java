package tickler.site;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach this service at ({@code tickler.public-url}), for links that leave it:
 * share links, digests. Unset, a link is built on the address a request came to, else on this
 * machine's own port.
 */
@ApplicationScoped
public class PublicUrl {

    /** The key as a mapping: every tickler.* key belongs to one, or start-up refuses it. */
    @ConfigMapping(prefix = "tickler")
    public interface Config {
        /** No default: unset, the Host check answers for loopback names only (see access). */
        Optional<String> publicUrl();
    }

    private final Optional<String> configured;
    private final int port;

    PublicUrl(Config config, @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.configured = config.publicUrl().map(String::strip).filter(u -> !u.isEmpty());
        this.port = port;
    }

    /** The configured address, if any. */
    public Optional<String> configured() {
        return configured;
    }

    /** The base of links sent out (no trailing slash). */
    public String base() {
        return trimmed(configured.orElse("http://localhost:" + port));
    }

    /** The base of links answered to a request: the configured address, else the request's. */
    public String base(URI requestBase) {
        return trimmed(configured.orElse(requestBase.toString()));
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
