package tickler.activity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * For each committed change of the store, by the version it made: the earliest moment it touched
 * (the earliest {@code at} among the activities added, changed or removed, old and new), so
 * whatever was derived from the activities up to a moment before that still holds; and the keys
 * it added or changed, so a reader holding the activities of an earlier version reads only those.
 */
final class ChangeLog {

    /** Changes remembered; a question about an older version is answered "everything may have changed". */
    private static final int KEPT = 10_000;
    /** Keys remembered over all kept changes, so a burst of imports does not hold every key in memory. */
    private static final int KEPT_KEYS = 200_000;

    /** @param keys the stored keys added or changed; null when the change removed activities */
    private record Change(Instant earliest, Set<String> keys) {
        int size() {
            return keys == null ? 0 : keys.size();
        }
    }

    private final ConcurrentSkipListMap<Long, Change> byVersion = new ConcurrentSkipListMap<>();
    private int keys;

    /** @param changedKeys the stored keys added or changed; null when activities were removed */
    synchronized void record(long version, Instant earliest, Set<String> changedKeys) {
        Change change = new Change(earliest, changedKeys == null ? null : Set.copyOf(changedKeys));
        byVersion.put(version, change);
        keys += change.size();
        while (byVersion.size() > KEPT || keys > KEPT_KEYS && byVersion.size() > 1) {
            keys -= byVersion.pollFirstEntry().getValue().size();
        }
    }

    /** The earliest moment touched by the changes after {@code version}; {@link Instant#MAX} when none. */
    Instant earliestSince(long version, long current) {
        if (version >= current) {
            return Instant.MAX;
        }
        if (!remembers(version)) {
            return Instant.MIN;
        }
        Instant earliest = Instant.MAX;
        for (Change change : byVersion.tailMap(version, false).values()) {
            earliest = change.earliest().isBefore(earliest) ? change.earliest() : earliest;
        }
        return earliest;
    }

    /**
     * The stored keys added or changed after {@code version}; empty when that is not known: a change
     * removed activities, or the version is too old to remember.
     */
    Optional<Set<String>> keysSince(long version, long current) {
        if (version >= current) {
            return Optional.of(Set.of());
        }
        if (!remembers(version)) {
            return Optional.empty();
        }
        Set<String> changed = new HashSet<>();
        for (Change change : byVersion.tailMap(version, false).values()) {
            if (change.keys() == null) {
                return Optional.empty();
            }
            changed.addAll(change.keys());
        }
        return Optional.of(changed);
    }

    private boolean remembers(long version) {
        Map.Entry<Long, Change> oldest = byVersion.firstEntry();
        return oldest != null && oldest.getKey() <= version + 1;
    }
}
