package tickler.digest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;

/** Absolute links into the service, from {@code tickler.public-url}: a digest is read elsewhere. */
@ApplicationScoped
public class Links {

    /**
     * The one key, as a mapping: every key under "tickler." must belong to one (a property injected
     * alone is refused when it is set in an override source).
     */
    @ConfigMapping(prefix = "tickler")
    public interface PublicUrlConfig {
        /** The address people reach this service at. */
        @WithDefault("http://localhost:8080")
        String publicUrl();
    }

    private final String base;

    Links(PublicUrlConfig config) {
        String publicUrl = config.publicUrl();
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
