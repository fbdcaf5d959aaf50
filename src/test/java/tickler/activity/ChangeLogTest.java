package tickler.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a reader holding an earlier version must read again. */
class ChangeLogTest {

    private static final Instant AT = Instant.parse("2026-10-01T10:00:00Z");

    @Test
    void theKeysChangedSinceAVersionAreThoseOfEveryLaterCommit() {
        ChangeLog log = new ChangeLog();
        log.record(1, AT, Set.of("a"));
        log.record(2, AT, Set.of("b", "c"));
        log.record(3, AT.plusSeconds(60), Set.of("c", "d"));

        assertEquals(Optional.of(Set.of("b", "c", "d")), log.keysSince(1, 3));
        assertEquals(Optional.of(Set.of("c", "d")), log.keysSince(2, 3));
        assertEquals(Optional.of(Set.of()), log.keysSince(3, 3));
    }

    @Test
    void aRemovalOrAVersionTooOldMeansReadEverything() {
        ChangeLog log = new ChangeLog();
        log.record(5, AT, Set.of("a"));
        log.record(6, Instant.MIN, null);
        log.record(7, AT, Set.of("b"));

        assertEquals(Optional.empty(), log.keysSince(5, 7), "a removal among the changes");
        assertEquals(Optional.of(Set.of("b")), log.keysSince(6, 7), "after the removal");
        assertEquals(Optional.empty(), log.keysSince(2, 7), "versions 3 and 4 are not remembered");
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
        log.record(1, AT, Set.of("first"));
        log.record(2, AT, many);
        log.record(3, AT, Set.copyOf(many.stream().map(k -> k + "'").toList()));

        assertEquals(Optional.empty(), log.keysSince(1, 3), "the first change was forgotten to bound the keys held");
        assertEquals(150_000, log.keysSince(2, 3).orElseThrow().size());
    }
}
