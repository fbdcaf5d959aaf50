package tickler.source.google;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Google sync in /q/health/ready: per-account state and lag. It is DOWN only when accounts are
 * connected and none of them can sync (all need reconnecting or all failed), i.e. when the
 * service has stopped doing its job; one broken account of several does not take it out.
 */
@Readiness
@ApplicationScoped
public class GoogleSyncHealth implements HealthCheck {

    private final GoogleSync sync;

    GoogleSyncHealth(GoogleSync sync) {
        this.sync = sync;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("google-sync");
        List<AccountStatus> accounts = sync.status();
        response.withData("configured", sync.configured()).withData("accounts", accounts.size());
        boolean anyWorking = accounts.isEmpty();
        for (AccountStatus a : accounts) {
            response.withData(a.email(), a.state() + (a.lagSeconds() == null ? "" : ", lag " + a.lagSeconds() + " s"));
            anyWorking |= !a.reconnectNeeded() && !"failed".equals(a.state());
        }
        return response.status(anyWorking).build();
    }
}
