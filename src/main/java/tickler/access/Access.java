package tickler.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The service's access mode and who it lets in. */
@ApplicationScoped
public class Access {

    static final String PUBLIC_URL_KEY = "tickler.public-url";

    private final AccessMode mode;
    private final Allowed allowed;
    private final Optional<URI> publicUrl;
    private final Hosts hosts;

    Access(AccessConfig config, Config all,
           @ConfigProperty(name = AccessMode.OIDC_SERVER_KEY) Optional<String> oidcServer,
           @ConfigProperty(name = AccessMode.OIDC_ENABLED_KEY) Optional<String> oidcEnabled) {
        this.mode = AccessMode.resolve(config.mode(), oidcServer, oidcEnabled);
        this.allowed = Allowed.of(config.allowed().orElse(List.of()));
        this.publicUrl = configured(all.getConfigValue(PUBLIC_URL_KEY)).map(URI::create);
        this.hosts = Hosts.of(mode, publicUrl);
    }

    /**
     * tickler.public-url as someone set it. A built-in default that another part declares for the
     * key (a digest's links fall back to http://localhost:8080) names no address users open, and
     * taken as one it would refuse every real Host in OIDC and proxy modes.
     */
    static Optional<String> configured(ConfigValue value) {
        return value == null || value.getValue() == null || value.getValue().isBlank()
                || value.getSourceOrdinal() < AccessDefaults.USER_SOURCES ? Optional.empty() : Optional.of(value.getValue().strip());
    }

    /** The address users open, when configured. */
    Optional<URI> publicUrl() {
        return publicUrl;
    }

    public AccessMode mode() {
        return mode;
    }

    Allowed allowed() {
        return allowed;
    }

    Hosts hosts() {
        return hosts;
    }

    /**
     * Whether this caller may use the service: anyone in laptop and proxy modes (the loopback
     * interface or the proxy decided), a signed-in user or token owner from tickler.auth.allowed in
     * OIDC mode. An address the provider says is unverified is refused.
     */
    boolean admits(SecurityIdentity identity) {
        if (mode != AccessMode.OIDC) {
            return true;
        }
        if (identity == null || identity.isAnonymous()) {
            return false;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token
                && Boolean.FALSE.equals(verified(token.getClaim("email_verified")))) {
            return false;
        }
        return allowed.permits(identity.getPrincipal().getName());
    }

    /** The signed-in user's address (or a token's owner), or empty for an anonymous caller. */
    static Optional<String> who(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identity.getPrincipal().getName());
    }

    private static Boolean verified(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = claim.toString().replace("\"", "");
        return Boolean.valueOf(text);
    }
}
