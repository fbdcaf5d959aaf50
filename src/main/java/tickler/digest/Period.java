package tickler.digest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One digest's period: what it covers and when it is due.
 *
 * @param key   the period in the store's claim key: the day ("2026-11-26") for daily and weekly
 *              digests, the report's month ("2026-10") for the monthly one
 * @param day   the owner's day the digest goes out
 * @param since the previous digest of the kind was due: "new since the last digest" starts here
 * @param due   when it goes out (the owner's {@code daily-at} on {@code day})
 */
public record Period(Kind kind, String key, LocalDate day, Instant since, Instant due) {
}
