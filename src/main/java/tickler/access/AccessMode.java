package tickler.access;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may reach the service. {@link #LAPTOP}: no sign-in, so it listens on loopback only.
 * {@link #OIDC}: everything but the public paths needs a signed-in, allowed user.
 * {@link #PROXY}: an authenticating reverse proxy in front does the sign-in; the service listens
 * beyond loopback and trusts whoever reaches it.
 */
public enum AccessMode {
    LAPTOP, OIDC, PROXY;

    static final String MODE_KEY = "tickler.auth.mode";
    static final String OIDC_SERVER_KEY = "quarkus.oidc.auth-server-url";
    static final String OIDC_ENABLED_KEY = "quarkus.oidc.tenant-enabled";

    /**
     * The mode from tickler.auth.mode when set, else OIDC when an OIDC provider is configured,
     * else LAPTOP.
     */
    static AccessMode resolve(Optional<String> explicit, Optional<String> oidcServer, Optional<String> oidcEnabled) {
        if (explicit.isPresent() && !explicit.get().isBlank()) {
            try {
                return valueOf(explicit.get().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(MODE_KEY + " is laptop, oidc or proxy, not " + explicit.get().strip(), e);
            }
        }
        boolean oidc = oidcServer.filter(s -> !s.isBlank()).isPresent()
                && !oidcEnabled.map(String::strip).filter("false"::equalsIgnoreCase).isPresent();
        return oidc ? OIDC : LAPTOP;
    }

    /** Whether this mode may listen beyond loopback. */
    boolean reachableBeyondLoopback() {
        return this != LAPTOP;
    }
}
