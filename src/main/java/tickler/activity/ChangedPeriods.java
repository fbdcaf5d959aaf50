package tickler.activity;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * For each committed change of the store, by the version it made, the earliest moment it touched
 * (the earliest {@code at} among the activities added, changed or removed, old and new): whatever
 * was derived from the activities up to a moment before that still holds.
 */
final class ChangedPeriods {

    /** Changes remembered; a question about an older version is answered "everything may have changed". */
    private static final int KEPT = 10_000;

    private final ConcurrentSkipListMap<Long, Instant> earliestByVersion = new ConcurrentSkipListMap<>();

    void record(long version, Instant earliest) {
        earliestByVersion.put(version, earliest);
        while (earliestByVersion.size() > KEPT) {
            earliestByVersion.pollFirstEntry();
        }
    }

    /** The earliest moment touched by the changes after {@code version}; {@link Instant#MAX} when none. */
    Instant earliestSince(long version, long current) {
        if (version >= current) {
            return Instant.MAX;
        }
        Map.Entry<Long, Instant> oldest = earliestByVersion.firstEntry();
        if (oldest == null || oldest.getKey() > version + 1) {
            return Instant.MIN;
        }
        Instant earliest = Instant.MAX;
        for (Instant at : earliestByVersion.tailMap(version, false).values()) {
            earliest = at.isBefore(earliest) ? at : earliest;
        }
        return earliest;
    }
}
