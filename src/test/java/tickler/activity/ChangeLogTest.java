package tickler.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a reader holding an earlier version must read again. */
class ChangeLogTest {

    private static final Instant AT = Instant.parse("2026-10-01T10:00:00Z");

    private static Map<String, Instant> at(String... keys) {
        return at(List.of(keys));
    }

    private static Map<String, Instant> at(Collection<String> keys) {
        Map<String, Instant> at = new HashMap<>();
        keys.forEach(key -> at.put(key, AT));
        return at;
    }

    @Test
    void theVersionHeldOfEachChangedKeyIsFoundByTheMomentsItHad() {
        ChangeLog log = new ChangeLog();
        Instant moved = AT.plusSeconds(3600);
        Instant movedAgain = AT.plusSeconds(7200);
        log.record(1, AT, Map.of("a", AT, "b", AT), Map.of());
        log.record(2, AT, Map.of("a", moved, "c", AT), Map.of("a", AT));
        log.record(3, AT, Map.of("a", movedAgain, "c", moved), Map.of("a", moved, "c", AT));

        ChangeLog.Keys since1 = log.keysSince(1, 3).orElseThrow();
        assertEquals(Set.of("a", "c"), since1.keys());
        assertEquals(Map.of("a", AT), since1.heldAt(), "version 1 held a at its first moment and no c");
        assertEquals(Map.of("a", Set.of(moved, movedAgain), "c", Set.of(AT, moved)), since1.since(),
                "a reader a little after version 1 may hold any later version");
        assertEquals(Map.of("a", moved, "c", AT), log.keysSince(2, 3).orElseThrow().heldAt());
    }

    @Test
    void theKeysChangedSinceAVersionAreThoseOfEveryLaterCommit() {
        ChangeLog log = new ChangeLog();
        log.record(1, AT, at("a"), Map.of());
        log.record(2, AT, at("b", "c"), Map.of());
        log.record(3, AT.plusSeconds(60), at("c", "d"), Map.of());

        assertEquals(Optional.of(Set.of("b", "c", "d")), log.keysSince(1, 3).map(ChangeLog.Keys::keys));
        assertEquals(Optional.of(Set.of("c", "d")), log.keysSince(2, 3).map(ChangeLog.Keys::keys));
        assertEquals(Optional.of(Set.of()), log.keysSince(3, 3).map(ChangeLog.Keys::keys));
    }

    @Test
    void aRemovalOrAVersionTooOldMeansReadEverything() {
        ChangeLog log = new ChangeLog();
        log.record(5, AT, at("a"), Map.of());
        log.record(6, Instant.MIN, null, Map.of());
        log.record(7, AT, at("b"), Map.of());

        assertEquals(Optional.empty(), log.keysSince(5, 7).map(ChangeLog.Keys::keys), "a removal among the changes");
        assertEquals(Optional.of(Set.of("b")), log.keysSince(6, 7).map(ChangeLog.Keys::keys), "after the removal");
        assertEquals(Optional.empty(), log.keysSince(2, 7).map(ChangeLog.Keys::keys), "versions 3 and 4 are not remembered");
        assertEquals(Instant.MIN, log.earliestSince(2, 7));
        assertEquals(Instant.MIN, log.earliestSince(5, 7));
        assertEquals(AT, log.earliestSince(6, 7));
    }

    @Test
    void aBurstOfKeysForgetsTheOldestChangesNotTheLatest() {
        ChangeLog log = new ChangeLog();
        Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i < 150_000; i++) {
            many.add("k" + i);
        }
        log.record(1, AT, at("first"), Map.of());
        log.record(2, AT, at(many), Map.of());
        log.record(3, AT, at(many.stream().map(k -> k + "'").toList()), Map.of());

        assertEquals(Optional.empty(), log.keysSince(1, 3).map(ChangeLog.Keys::keys), "the first change was forgotten to bound the keys held");
        assertEquals(150_000, log.keysSince(2, 3).orElseThrow().keys().size());
    }
}
