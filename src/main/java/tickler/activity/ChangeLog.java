package tickler.activity;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * For each committed change of the store, by the version it made: the earliest moment it touched
 * (the earliest {@code at} among the activities added, changed or removed, old and new), so
 * whatever was derived from the activities up to a moment before that still holds; and the keys
 * it added or changed, so a reader holding the activities of an earlier version reads only those,
 * with the moments they had, so the reader finds the version it holds at once.
 */
final class ChangeLog {

    /** Changes remembered; a question about an older version is answered "everything may have changed". */
    private static final int KEPT = 10_000;
    /** Keys remembered over all kept changes, so a burst of imports does not hold every key in memory. */
    private static final int KEPT_KEYS = 200_000;

    /**
     * @param after  the moment of each activity added or changed, by stored key; null when the change removed activities
     * @param before the moment each changed (not added) activity had before the change, by stored key
     */
    private record Change(Instant earliest, Map<String, Instant> after, Map<String, Instant> before) {
        int size() {
            return after == null ? 0 : after.size();
        }
    }

    /**
     * The stored keys added or changed after a version.
     *
     * @param heldAt the moment each had in that version, for those it held
     * @param since  the moments each had after each change since: a reader that read the store a little
     *               after the version may hold one of those versions
     */
    record Keys(Set<String> keys, Map<String, Instant> heldAt, Map<String, Set<Instant>> since) {
    }

    private final ConcurrentSkipListMap<Long, Change> byVersion = new ConcurrentSkipListMap<>();
    private int keys;

    /**
     * @param after  the moment of each activity added or changed, by stored key; null when activities were removed
     * @param before the moment each changed (not added) activity had before, by stored key
     */
    synchronized void record(long version, Instant earliest, Map<String, Instant> after, Map<String, Instant> before) {
        Change change = new Change(earliest, after == null ? null : Map.copyOf(after), Map.copyOf(before));
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
     * The stored keys added or changed after {@code version}, with the moment each had in that version
     * when it was there already; empty when that is not known: a change removed activities, or the
     * version is too old to remember.
     */
    Optional<Keys> keysSince(long version, long current) {
        if (version >= current) {
            return Optional.of(new Keys(Set.of(), Map.of(), Map.of()));
        }
        if (!remembers(version)) {
            return Optional.empty();
        }
        Map<String, Instant> heldAt = new HashMap<>();
        Map<String, Set<Instant>> since = new HashMap<>();
        for (Change change : byVersion.tailMap(version, false).values()) {
            if (change.after() == null) {
                return Optional.empty();
            }
            change.after().forEach((key, at) -> {
                // The first change after the version tells where the version had it, if it had it at all.
                if (!since.containsKey(key) && change.before().containsKey(key)) {
                    heldAt.put(key, change.before().get(key));
                }
                since.computeIfAbsent(key, k -> new HashSet<>()).add(at);
            });
        }
        return Optional.of(new Keys(since.keySet(), heldAt, since));
    }

    private boolean remembers(long version) {
        Map.Entry<Long, Change> oldest = byVersion.firstEntry();
        return oldest != null && oldest.getKey() <= version + 1;
    }
}
