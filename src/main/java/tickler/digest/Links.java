package tickler.digest;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Absolute links into the service, from {@code tickler.public-url}: a digest is read elsewhere. */
@ApplicationScoped
public class Links {

    private final String base;

    Links(@ConfigProperty(name = "tickler.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
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
