package tickler.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The service's access mode and who it lets in. */
@ApplicationScoped
public class Access {

    private final AccessMode mode;
    private final Allowed allowed;
    private final Hosts hosts;

    Access(AccessConfig config,
           @ConfigProperty(name = AccessMode.OIDC_SERVER_KEY) Optional<String> oidcServer,
           @ConfigProperty(name = AccessMode.OIDC_ENABLED_KEY) Optional<String> oidcEnabled,
           @ConfigProperty(name = "tickler.public-url") Optional<String> publicUrl) {
        this.mode = AccessMode.resolve(config.mode(), oidcServer, oidcEnabled);
        this.allowed = Allowed.of(config.allowed().orElse(List.of()));
        this.hosts = Hosts.of(mode, publicUrl);
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
