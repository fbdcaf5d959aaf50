package tickler.source.google;

/** What a failed call to Google means for the sync; decided only by {@link GoogleErrors#classify}. */
public enum GoogleFailure {
    /** A sync cursor Google no longer honours (Calendar's 410 for a sync token): sync in full again. */
    CURSOR_EXPIRED,
    /** A listing's page token expired: list again from the top. */
    PAGE_TOKEN_EXPIRED,
    /** What was asked for is not there (404): a deleted message, history older than Google keeps. */
    GONE,
    /** The account's authorization is refused (a revoked or expired grant, an invalid token). */
    ACCESS_REVOKED,
    /** A Workspace admin has not allowed the service account to act for the user. */
    DELEGATION_REFUSED,
    /** Over a quota (429, or 403 with a rate-limit reason): retry after a pause. */
    RATE_LIMITED,
    /** Google or the network failed for now (5xx, a dropped connection): retry. */
    TRANSIENT,
    /** Anything else: retrying will not help. */
    PERMANENT
}
