package tickler.digest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import tickler.source.google.AccountStatus;
import tickler.source.google.GoogleConfig;
import tickler.source.google.GoogleSyncStatus;

/** What the digest reads of Google sync: each account's health, and whether bodies are read at all. */
@ApplicationScoped
class GoogleSyncView {

    /**
     * @param problem what the user has to do about the account, or null when it syncs
     * @param lagSeconds since its last completed sync, null if never
     * @param skipped messages that could not be read since the service started
     * @param lastError the last sync's error (no secrets), or null
     */
    record AccountHealth(String email, String problem, Long lagSeconds, long skipped, String lastError) {
    }

    private final GoogleSyncStatus sync;
    private final GoogleConfig config;

    GoogleSyncView(GoogleSyncStatus sync, GoogleConfig config) {
        this.sync = sync;
        this.config = config;
    }

    boolean privacyMode() {
        return config.privacyMode();
    }

    /** Accounts being synced; those stopped by configuration are not. */
    List<AccountHealth> accounts() {
        return sync.accounts().stream().filter(a -> !a.stopped()).map(GoogleSyncView::health).toList();
    }

    private static AccountHealth health(AccountStatus a) {
        String problem = a.reconnectNeeded() ? "lost its access: reconnect it"
                : a.failed() ? "the last sync failed" : null;
        return new AccountHealth(a.email(), problem, a.lagSeconds(), a.skipped(), a.lastError());
    }
}
