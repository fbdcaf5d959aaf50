package tickler.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    private static Activity message(String key, String text) {
        // Fresh instances of every value, as the store's reader makes them.
        List<Participant> people = new ArrayList<>(List.of(
                new Participant(Role.FROM, new String("vasya@otkat.ru"), new String("Вася")),
                new Participant(Role.TO, new String("me@studio.com"), null)));
        Set<String> labels = new HashSet<>(Set.of(new String("Inbox"), new String("Clients")));
        return new Activity(key, ActivityKind.MESSAGE, Instant.parse("2026-03-02T10:00:00Z"), null, false,
                "Сайт", text, people, labels, new String("18c2a"), List.of(), Map.of(), null, false, null, null,
                new String("takeout"));
    }

    /** A store of two activities' words, counting how often they are read again. */
    private final Map<String, String> stored = new HashMap<>(Map.of("msg:1", "Нужен сайт", "msg:2", "Когда созвонимся?"));
    private int readsAgain;
    private final Body.Reader store = (key, version) -> {
        readsAgain++;
        return stored.get(key);
    };

    @Test
    void activitiesKeepTheirValuesAndShareWhatTheyHoldAlike() {
        SharedValues shared = new SharedValues(store);
        Activity first = message("msg:1", "Нужен сайт");
        Activity second = message("msg:2", "Когда созвонимся?");

        Activity firstShared = shared.of(first);
        Activity secondShared = shared.of(second);

        assertEquals(first, firstShared);
        assertEquals(second, secondShared);
        assertSame(firstShared.participants(), secondShared.participants());
        assertSame(firstShared.labels(), secondShared.labels());
        assertSame(firstShared.threadId(), secondShared.threadId());
        assertSame(firstShared.source(), secondShared.source());
        assertSame(firstShared.title(), secondShared.title());
    }

    @Test
    void theWordsStayInTheStoreAndTellTheirVersion() {
        Activity read = new SharedValues(store).of(message("msg:1", "Нужен сайт"));

        assertEquals(0, readsAgain);
        assertEquals("Нужен сайт", read.text());
        assertEquals(1, readsAgain);
        assertEquals(message("msg:1", "Нужен сайт"), read);
        assertEquals(message("msg:1", "Нужен сайт").hashCode(), read.hashCode());
        assertNotEquals(message("msg:1", "Нужен сайт и бот"), read);
        assertNotEquals(new SharedValues(store).of(message("msg:1", "Нужен сайт и бот")), read);
    }

    /** A pass over many activities' words asks their store for them together, and only for those left in it. */
    @Test
    void wordsLeftInTheStoreAreReadAheadTogether() {
        List<List<String>> readAhead = new ArrayList<>();
        Body.Reader batching = new Body.Reader() {
            @Override
            public String textOf(String key, long version) {
                return store.textOf(key, version);
            }

            @Override
            public void readAhead(Collection<Activity> activities) {
                readAhead.add(activities.stream().map(Activity::key).toList());
            }
        };
        SharedValues shared = new SharedValues(batching);
        Activity held = message("msg:3", "Held in memory");

        Body.readAhead(List.of(shared.of(message("msg:1", "Нужен сайт")), held, shared.of(message("msg:2", "Когда созвонимся?"))));

        assertEquals(List.of(List.of("msg:1", "msg:2")), readAhead);
        assertEquals(0, readsAgain);
    }

    @Test
    void sharedParticipantsStayWithinTheBound() {
        List<Participant> many = new ArrayList<>();
        for (int i = 0; i < Activity.MAX_PARTICIPANTS + 5; i++) {
            many.add(new Participant(Role.TO, "p" + i + "@example.com", null));
        }
        Activity crowded = new Activity("msg:3", ActivityKind.MESSAGE, Instant.EPOCH, null, false, "t", "x", many,
                Set.of(), null, List.of(), Map.of(), null, false, null, null, "takeout");

        assertEquals(Activity.MAX_PARTICIPANTS, new SharedValues(store).of(crowded).participants().size());
    }
}
