package tickler.digest;

import java.time.Instant;

/**
 * One send of a digest to one channel, as kept.
 *
 * @param scheduled    sent on schedule (claimed once per kind, period and channel), not asked for
 * @param status       sending, sent, empty (nothing to say), failed (retried at nextAttemptAt) or gave-up
 * @param resent       sent once more after its replica stopped mid-send: it may have arrived twice
 * @param attemptAt    when it was last tried
 * @param items        the digest's items, once sent
 * @param lastError    why the last attempt failed (never a secret), or null
 */
public record SendRecord(long id, Kind kind, String period, String channel, String status, boolean scheduled,
                         int attempts, boolean resent, Instant attemptAt, Instant nextAttemptAt, Instant sentAt,
                         Integer items, String lastError) {

    public static final String SENDING = "sending";
    public static final String SENT = "sent";
    public static final String EMPTY = "empty";
    public static final String FAILED = "failed";
    public static final String GAVE_UP = "gave-up";

    public boolean failing() {
        return FAILED.equals(status) || GAVE_UP.equals(status);
    }
}
