package tickler.source.google;

import java.time.Instant;
import java.util.List;

/**
 * How one account's sync stands, for the status page, the JSON API and health.
 *
 * @param delegated       a Workspace user read through the service account, not by its own consent
 * @param state           where its sync stands
 * @param lastSyncAt      when the last sync (successful or not) ended
 * @param lastSuccessAt   when a sync last completed
 * @param lagSeconds      seconds since the last completed sync, null if never
 * @param messages        messages synced (Gmail items)
 * @param events          event occurrences synced
 * @param fullSync        streams in a full sync now, with progress
 * @param skipped         messages that could not be read since start
 * @param lastError       the last sync's error (no secrets), or null
 * @param aliases         the account's send-as addresses
 */
public record AccountStatus(String email, boolean delegated, AccountState state, Instant lastSyncAt, Instant lastSuccessAt,
                            Long lagSeconds, long messages, long events, List<FullSync> fullSync, long skipped,
                            String lastError, boolean reconnectNeeded, List<String> aliases) {

    public boolean stopped() {
        return state == AccountState.STOPPED;
    }

    public boolean failed() {
        return state == AccountState.FAILED;
    }

    /** A full sync in progress: items read so far of about {@code total} (null: not known yet). */
    public record FullSync(String stream, long done, Long total) {
    }
}
