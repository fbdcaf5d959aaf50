package tickler.source.google;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where one account's sync stands. Its label is what the status API, pages and health show. */
public enum AccountState {
    IDLE,
    SYNCING,
    FULL_SYNC,
    /** The last sync failed; the next pass tries again. */
    FAILED,
    /** Google refuses the account's authorization: its user must connect again (or an admin fix delegation). */
    RECONNECT_NEEDED,
    /**
     * How it is authorized is no longer configured (a delegated user taken off
     * tickler.google.delegated-users, or no OAuth client): not synced, its data kept.
     */
    STOPPED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return label();
    }
}
