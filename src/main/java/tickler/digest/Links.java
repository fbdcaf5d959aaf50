package tickler.digest;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute links into the service, from {@code tickler.public-url}: a digest is read elsewhere. */
@ApplicationScoped
public class Links {

    /**
     * The one key, as a mapping: every key under "tickler." must belong to one (a property injected
     * alone is refused when it is set in an override source). No default here: other readers of the
     * key tell "not set" apart.
     */
    @ConfigMapping(prefix = "tickler")
    public interface PublicUrlConfig {
        /** The address people reach this service at. */
        Optional<String> publicUrl();
    }

    private final String base;

    /** Without tickler.public-url, links point at this machine: right on a laptop, and said so in the docs. */
    Links(PublicUrlConfig config, @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        String publicUrl = config.publicUrl().orElse("http://localhost:" + port);
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String board() {
        return base + "/";
    }

    public String lead(String id) {
        return base + "/leads/" + id;
    }

    public String sync() {
        return base + "/sync";
    }

    public String digests() {
        return base + "/digests";
    }

    public String path(String path) {
        return base + path;
    }
}
