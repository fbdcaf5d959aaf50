package tickler.source.google;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How every account's sync stands, for the status page, the JSON API, health and the page header. */
@ApplicationScoped
public class GoogleSyncStatus {

    private final GoogleAccounts accounts;
    private final GoogleStore store;
    private final SyncRuns runs;
    private final Clock clock;

    GoogleSyncStatus(GoogleAccounts accounts, GoogleStore store, SyncRuns runs, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.runs = runs;
        this.clock = clock;
    }

    /** Google sync is on: an OAuth client or a service account is configured. */
    public boolean configured() {
        return accounts.configured();
    }

    /** Users can connect their own accounts (/connect/google). */
    public boolean connectable() {
        return accounts.connectable();
    }

    /** Every known account, connected or stopped. */
    public List<AccountStatus> accounts() {
        List<AccountStatus> out = new ArrayList<>();
        Instant now = clock.instant();
        for (GoogleStore.Account account : store.accounts()) {
            Map<String, Long> counts = store.itemCounts(account.email());
            long messages = counts.getOrDefault(GmailSync.STREAM, 0L);
            long events = counts.entrySet().stream().filter(e -> e.getKey().startsWith(CalendarSync.PREFIX))
                    .mapToLong(Map.Entry::getValue).sum();
            out.add(status(account, runs.run(account.email()), now, messages, events));
        }
        return out;
    }

    /** Full-sync progress is read from the cursors, so a sync paused by an error shows where it stands. */
    private AccountStatus status(GoogleStore.Account account, SyncRuns.Run run, Instant now, long messages, long events) {
        List<AccountStatus.FullSync> full = new ArrayList<>();
        store.cursors(account.email()).forEach((stream, cursor) -> {
            if (cursor.fullSyncRunning()) {
                full.add(new AccountStatus.FullSync(stream, cursor.done(), run.total(stream)));
            }
        });
        AccountState state = !accounts.active(account) ? AccountState.STOPPED
                : account.reconnectNeeded() ? AccountState.RECONNECT_NEEDED
                : run.running() && !full.isEmpty() ? AccountState.FULL_SYNC
                : run.running() ? AccountState.SYNCING
                : account.lastError() != null ? AccountState.FAILED : AccountState.IDLE;
        Long lag = account.lastSuccessAt() == null ? null : Duration.between(account.lastSuccessAt(), now).toSeconds();
        return new AccountStatus(account.email(), account.delegated(), state, account.lastSyncAt(),
                account.lastSuccessAt(), lag, messages, events, full, run.skippedCount(), account.lastError(),
                account.reconnectNeeded(), account.aliases());
    }
}
