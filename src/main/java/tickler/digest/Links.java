package tickler.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tickler.site.PublicUrl;

/** Absolute links into the service, from {@code tickler.public-url}: a digest is read elsewhere. */
@ApplicationScoped
public class Links {

    private final String base;

    @Inject
    Links(PublicUrl publicUrl) {
        this(publicUrl.base());
    }

    /** @param base the address links start with, no trailing slash */
    Links(String base) {
        this.base = base;
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
