package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DecisionsTest {

    private static final Decisions.Inputs INPUTS = new Decisions.Inputs(List.of(), List.of(), Set.of("a@client.com"),
            "client.com", false);
    /** The same correspondent after one of its activities was edited: other inputs. */
    private static final Decisions.Inputs EDITED = new Decisions.Inputs(List.of(), List.of(), Set.of("a@client.com"),
            "Client Ltd", false);
    private final Decisions decisions = new Decisions();
    private final AtomicInteger made = new AtomicInteger();

    private void decideAt(Instant moment) {
        decideAt(moment, false);
    }

    /** A decision made at the moment holds for an hour, its facts for a day. */
    private void decideAt(Instant moment, boolean factsOnly) {
        decisions.decide("client.com", INPUTS, moment, factsOnly, () -> {
            made.incrementAndGet();
            return null;
        }, () -> new Decisions.Span(moment, moment.plus(Duration.ofHours(1)), moment, moment.plus(Duration.ofDays(1))));
    }

    @Test
    void aDecisionsFactsHoldForWhatAsksForFactsOnly() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        decideAt(now);
        decideAt(now.plus(Duration.ofHours(5)), true);
        assertEquals(1, made.get(), "its facts still hold five hours later");

        decideAt(now.plus(Duration.ofHours(5)));
        assertEquals(2, made.get(), "its flags may not");

        decideAt(now.plus(Duration.ofDays(2)), true);
        assertEquals(3, made.get(), "nor its facts two days later");
    }

    @Test
    void theBoardsDecisionOutlastsTheReportsReadAfterIt() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        decideAt(now);
        // Three reports' month ends, each made after the board's decision.
        decideAt(Instant.parse("2026-05-31T21:00:00Z"));
        decideAt(Instant.parse("2026-04-30T21:00:00Z"));
        decideAt(Instant.parse("2026-10-31T21:00:00Z"));
        decideAt(Instant.parse("2026-03-31T21:00:00Z"));
        int beforeTheBoard = made.get();

        decideAt(now);

        assertEquals(5, beforeTheBoard);
        assertEquals(beforeTheBoard, made.get(), "the board's decision was kept");
    }

    @Test
    void theLeastRecentlyMadeOfTheOthersGivesWay() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        decideAt(now);
        List<Instant> monthEnds = new ArrayList<>();
        for (int back = 1; back <= Decisions.KEPT_PER_CORRESPONDENT; back++) {
            monthEnds.add(now.minus(Duration.ofDays(30L * back)));
        }
        monthEnds.forEach(monthEnd -> decideAt(monthEnd, true));
        int before = made.get();

        for (int i = monthEnds.size() - 1; i >= 0; i--) {
            decideAt(monthEnds.get(i), true);
        }
        decideAt(now);

        assertEquals(before + 1, made.get(), "only the first month end, the least recently made, was decided again");
    }

    @Test
    void aDecisionMadeAgainAtTheSameMomentTakesThePlaceOfTheOneBefore() {
        Instant monthEnd = Instant.parse("2026-05-31T21:00:00Z");
        decideAt(monthEnd, true);
        decisions.decide("client.com", EDITED, monthEnd, true, () -> {
            made.incrementAndGet();
            return null;
        }, () -> new Decisions.Span(monthEnd, monthEnd.plus(Duration.ofHours(1)), monthEnd, monthEnd.plus(Duration.ofDays(1))));
        decideAt(monthEnd, true);

        assertEquals(3, made.get(), "the decision from the inputs before the edit was no longer kept");
    }

    @Test
    void theBoardMovingOnLeavesItsEarlierDecisionsButNotTheReports() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        Instant monthEnd = Instant.parse("2026-10-31T21:00:00Z");
        decideAt(now);
        decideAt(monthEnd, true);
        decideAt(now.plus(Duration.ofHours(2)));

        decideAt(monthEnd, true);
        assertEquals(3, made.get(), "the report's month end was kept");
        decideAt(now);
        assertEquals(4, made.get(), "the board's earlier moment was not");
    }
}
