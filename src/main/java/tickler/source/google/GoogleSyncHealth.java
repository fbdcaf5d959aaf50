package tickler.source.google;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Google sync in /q/health/ready: per-account state, lag and what stops it. It is DOWN only when
 * accounts are to be synced and none of them can (all need reconnecting or all failed), i.e. when
 * the service has stopped doing its job; one broken account of several does not take it out, nor
 * do accounts stopped by configuration.
 */
@Readiness
@ApplicationScoped
public class GoogleSyncHealth implements HealthCheck {

    private final GoogleSyncStatus sync;

    GoogleSyncHealth(GoogleSyncStatus sync) {
        this.sync = sync;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("google-sync");
        List<AccountStatus> accounts = sync.accounts();
        response.withData("configured", sync.configured()).withData("accounts", accounts.size());
        boolean anyActive = false;
        boolean anyWorking = false;
        for (AccountStatus a : accounts) {
            response.withData(a.email(), a.state() + (a.lagSeconds() == null ? "" : ", lag " + a.lagSeconds() + " s")
                    + (a.lastError() == null ? "" : ": " + a.lastError()));
            if (!a.stopped()) {
                anyActive = true;
                anyWorking |= !a.reconnectNeeded() && !a.failed();
            }
        }
        return response.status(!anyActive || anyWorking).build();
    }
}
