package tickler.access;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says at every start who can reach the service, and refuses to start a service without sign-in
 * that would listen beyond loopback, or one with sign-in that would let nobody in.
 */
class AccessStart {

    void onStart(@Observes @Priority(1) StartupEvent start, Access access,
                 @ConfigProperty(name = AccessDefaults.HOST_KEY) String host) {
        switch (access.mode()) {
            case LAPTOP -> {
                if (!loopback(host)) {
                    throw new IllegalStateException("Refusing to listen on " + host + " without sign-in: "
                            + "configure OIDC (quarkus.oidc.auth-server-url, tickler.auth.allowed), or set "
                            + "tickler.auth.mode=proxy behind an authenticating proxy, or leave quarkus.http.host unset");
                }
                Log.infof("Laptop mode: no sign-in, listening on %s only (loopback); configure OIDC or "
                        + "tickler.auth.mode=proxy to serve a team", host);
            }
            case OIDC -> {
                if (access.allowed().isEmpty()) {
                    throw new IllegalStateException("Sign-in is configured but tickler.auth.allowed is empty, "
                            + "so nobody could get in: list the addresses or domains allowed");
                }
                Log.infof("OIDC mode: sign-in required for %d allowed addresses or domains, listening on %s",
                        access.allowed().entries().size(), host);
            }
            case PROXY -> Log.warnf("Proxy mode: NO SIGN-IN in this service, listening on %s; everyone who reaches "
                    + "this port gets in, so only an authenticating proxy may reach it", host);
        }
        if (access.mode() != AccessMode.LAPTOP && access.hosts().acceptsAny()) {
            Log.warn("tickler.public-url is not set: requests for any host name are answered; set it to the "
                    + "address users open to refuse the others");
        }
    }

    /** Whether the configured listen address is a loopback one (a name is resolved: "localhost"). */
    static boolean loopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
