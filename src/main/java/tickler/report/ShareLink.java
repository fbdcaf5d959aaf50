package tickler.report;

import java.time.Instant;

/**
 * A share link as kept: which report it opens, until when, whether it was revoked. The token itself
 * is not kept, so a listed link has no URL.
 *
 * @param version the fixed version it opens, or null for the month's latest
 * @param state   as of when it was read
 */
public record ShareLink(long id, String month, Integer version, Instant createdAt, Instant expiresAt,
                        Instant revokedAt, State state) {

    public enum State {
        ACTIVE, EXPIRED, REVOKED
    }

    static State stateAt(Instant now, Instant expiresAt, Instant revokedAt) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? State.EXPIRED : State.ACTIVE;
    }
}
