package tickler.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tickler.activity.Activity;
import tickler.lead.Decisions;
import tickler.lead.Evidence;
import tickler.lead.Lead;
import tickler.lead.LeadSource;
import tickler.lead.Money;
import tickler.lead.Stage;
import tickler.lead.LeadInference;
import tickler.lead.Pipeline;
import tickler.lead.Readings;
import tickler.quality.SyntheticWorld.World;
import tickler.testkit.SamePipeline;

/**
 * An inference that keeps what it read and decided ({@link Readings}, {@link Decisions}) from one
 * change to the next gives the pipeline that inferring from scratch gives, over any history of
 * imports, edits, removals and clock moves: the full recomputation stays the definition.
 */
class IncrementalInferenceTest {

    private static final World WORLD = SyntheticWorld.generate(707, 6);
    private static final List<Activity> POOL = WORLD.activities();
    /**
     * Clock moves land on the moments where a fact may turn and beside them: an activity's start and
     * just after, the forgotten threshold, and the midnights in the owner's zone where follow-up
     * deadlines fall.
     */
    private static final List<UnaryOperator<Instant>> AROUND_AN_ACTIVITY = List.of(
            at -> at.minusNanos(1), at -> at, at -> at.plusNanos(1), at -> at.plus(Duration.ofHours(1)),
            at -> at.plus(Duration.ofDays(14)).minusNanos(1), at -> at.plus(Duration.ofDays(14)),
            at -> at.plus(Duration.ofDays(40)),
            at -> midnightAfter(at, 3), at -> midnightAfter(at, 3).minusNanos(1), at -> midnightAfter(at, 4),
            at -> midnightAfter(at, 4).minusNanos(1), at -> midnightAfter(at, 5), at -> midnightAfter(at, 5).minusNanos(1));

    /** The same inference with no decision kept yet, reading words through the readings given. */
    private static LeadInference decidingAnew(LeadInference fresh, Readings readings) {
        return new LeadInference(fresh.identity(), fresh.vocabulary(), fresh.ownerZone(), readings, new Decisions());
    }

    /** Every moment around the activities where a fact may turn, and beside it, in order. */
    private static List<Instant> momentsAround(List<Activity> activities) {
        return activities.stream()
                .flatMap(activity -> AROUND_AN_ACTIVITY.stream().map(offset -> offset.apply(activity.at())))
                .sorted().distinct().toList();
    }

    private static Instant midnightAfter(Instant at, int days) {
        return at.atZone(SyntheticWorld.ZONE).toLocalDate().plusDays(days).atStartOfDay(SyntheticWorld.ZONE).toInstant();
    }

    /** What the store and the clock hold so far. */
    private static final class History {
        final Map<String, Activity> stored = new LinkedHashMap<>();
        int arrived;
        Instant now = WORLD.now();

        Activity nth(int which) {
            return new ArrayList<>(stored.values()).get(which % stored.size());
        }
    }

    interface Change {
        void apply(History history);
    }

    /** The next {@code count} activities of the world arrive, as an import or a sync page brings them. */
    record Arrive(int count) implements Change {
        public void apply(History history) {
            for (int i = 0; i < count && history.arrived < POOL.size(); i++, history.arrived++) {
                history.stored.put(POOL.get(history.arrived).key(), POOL.get(history.arrived));
            }
        }
    }

    /** A stored activity gets another's words (a message re-sent, an event's notes rewritten), perhaps moved in time. */
    record Edit(int which, int wordsOf, int movedHours) implements Change {
        public void apply(History history) {
            if (!history.stored.isEmpty()) {
                Activity a = history.nth(which);
                Activity words = POOL.get(wordsOf % POOL.size());
                Duration moved = Duration.ofHours(movedHours);
                history.stored.put(a.key(), new Activity(a.key(), a.kind(), a.at().plus(moved),
                        a.end() == null ? null : a.end().plus(moved), a.allDay(), words.title(), words.text(),
                        a.participants(), a.labels(), a.threadId(), words.attachments(), a.headers(), a.calendar(),
                        a.recurring(), a.created(), a.link(), a.source()));
            }
        }
    }

    record Remove(int which) implements Change {
        public void apply(History history) {
            if (!history.stored.isEmpty()) {
                history.stored.remove(history.nth(which).key());
            }
        }
    }

    /** The clock moves near a stored activity, mostly an event (a meeting's follow-up window turns on the clock alone). */
    record MoveClock(int nearActivity, int offset, boolean event) implements Change {
        public void apply(History history) {
            List<Activity> near = history.stored.values().stream().filter(a -> !event || a.isEvent()).toList();
            Instant at = near.isEmpty() ? WORLD.now() : near.get(nearActivity % near.size()).at();
            history.now = AROUND_AN_ACTIVITY.get(offset % AROUND_AN_ACTIVITY.size()).apply(at);
        }
    }

    /** Time passes with nothing new: the clock moves on to a midnight some days later, or just before it. */
    record Wait(int days, boolean justBefore) implements Change {
        public void apply(History history) {
            Instant midnight = midnightAfter(history.now, days);
            history.now = justBefore ? midnight.minusNanos(1) : midnight;
        }
    }

    @Property(tries = 60)
    void keepingWhatWasReadAndDecidedChangesNoPipeline(@ForAll("histories") List<Change> changes) throws IOException {
        LeadInference fresh = Quality.inference(WORLD);
        LeadInference remembering = new LeadInference(fresh.identity(), fresh.vocabulary(), fresh.ownerZone(),
                new Readings(), new Decisions());
        History history = new History();
        for (Change change : changes) {
            change.apply(history);
            // In order, as the service keeps them: the latest links are then updated, not made again.
            List<Activity> activities = history.stored.values().stream()
                    .sorted(Comparator.comparing(Activity::at).thenComparing(Activity::key)).toList();
            Pipeline expected = new LeadInference(fresh.identity(), fresh.vocabulary(), fresh.ownerZone())
                    .infer(activities, history.now);
            Pipeline kept = remembering.infer(activities, history.now);
            SamePipeline.assertSame(expected, kept, activities, "after " + change + " as of " + history.now);
        }
    }

    /**
     * A report infers as of month ends and other earlier moments over the very activities the
     * latest pipeline was inferred from; its links are then derived from the latest ones instead
     * of linking every activity again. What each activity is linked to, and every lead, must be
     * what linking from scratch as of that moment gives.
     */
    @Property(tries = 40)
    void linksAsOfAnEarlierMomentDerivedFromTheLatestAreTheLinksMadeFromScratch(
            @ForAll("histories") List<Change> changes) throws IOException {
        LeadInference fresh = Quality.inference(WORLD);
        LeadInference remembering = new LeadInference(fresh.identity(), fresh.vocabulary(), fresh.ownerZone(),
                new Readings(), new Decisions());
        History history = new History();
        changes.forEach(change -> change.apply(history));
        List<Activity> activities = new ArrayList<>(history.stored.values());
        remembering.infer(activities, history.now);
        List<Instant> earlier = new ArrayList<>();
        for (Instant monthEnd = midnightAfter(WORLD.now().minus(Duration.ofDays(400)), 0); monthEnd.isBefore(history.now);
             monthEnd = monthEnd.plus(Duration.ofDays(30))) {
            earlier.add(monthEnd.minusNanos(1));
        }
        activities.stream().limit(25).forEach(activity -> AROUND_AN_ACTIVITY.forEach(offset -> earlier.add(offset.apply(activity.at()))));
        earlier.add(history.now.plus(Duration.ofDays(20)));
        for (Instant asOf : earlier) {
            Pipeline expected = new LeadInference(fresh.identity(), fresh.vocabulary(), fresh.ownerZone()).infer(activities, asOf);
            Pipeline derived = remembering.infer(activities, asOf);
            String when = " as of " + asOf + " after " + changes;
            SamePipeline.assertSame(expected, derived, activities, when);
        }
    }

    /**
     * The clock alone moves over the whole world, through every moment where a fact may turn and
     * beside it, in order: decisions kept from the moment before must hold exactly as long as they
     * would be made again the same (a meeting's follow-up deadline passing with nothing new, a lead
     * turning forgotten). The words are read once for both sides; only the decisions differ.
     */
    @Example
    void theClockAloneMovingChangesNoPipeline() throws IOException {
        LeadInference fresh = Quality.inference(WORLD);
        Readings readings = new Readings();
        LeadInference remembering = decidingAnew(fresh, readings);
        for (Instant now : momentsAround(POOL)) {
            Pipeline expected = decidingAnew(fresh, readings).infer(POOL, now);
            Pipeline kept = remembering.infer(POOL, now);
            assertEquals(expected.leads(), kept.leads(), "leads as of " + now);
            assertEquals(expected.contacts(), kept.contacts(), "contacts as of " + now);
        }
    }

    /**
     * A report's pipeline of facts takes a lead decided at another moment with the same facts as
     * it is, flags aside: every lead's facts must be those a fresh inference gives at that moment,
     * with no flag raised, whichever moments were asked before (the board's latest one first, then
     * the clock going forwards and back again).
     */
    @Example
    void aPipelineOfFactsIsThePipelineAtThatMomentWithoutItsFlags() throws IOException {
        LeadInference fresh = Quality.inference(WORLD);
        Readings readings = new Readings();
        LeadInference remembering = decidingAnew(fresh, readings);
        List<Instant> forwards = momentsAround(POOL.subList(0, 60));
        List<Instant> moments = new ArrayList<>(forwards);
        moments.addAll(forwards.stream().sorted(Comparator.reverseOrder()).toList());
        remembering.infer(POOL, WORLD.now());
        for (Instant asOf : moments) {
            Pipeline expected = decidingAnew(fresh, readings).infer(POOL, asOf);
            Pipeline facts = remembering.inferFacts(POOL, asOf);
            assertEquals(expected.leads().stream().map(FactsOnly::of).toList(), facts.leads().stream().map(FactsOnly::of).toList(),
                    "leads as of " + asOf);
            assertEquals(expected.contacts(), facts.contacts(), "contacts as of " + asOf);
            facts.leads().forEach(lead -> assertEquals(List.of(false, List.of(), false, false),
                    List.of(lead.forgotten(), lead.missingFollowUps(), lead.evidence().containsKey("forgotten"),
                            lead.evidence().containsKey("missingFollowUp")), lead.key() + " flagged as of " + asOf));
        }
    }

    /** A lead's facts: everything but its flags and their evidence. */
    private record FactsOnly(String key, String name, List<String> contacts, Stage stage, LeadSource source,
                             Instant firstTouchAt, Instant lastActivityAt, Instant nextStepAt, Instant engagedAt,
                             Money budget, Integer teamSize, Map<String, Evidence> evidence) {
        static FactsOnly of(Lead lead) {
            Map<String, Evidence> evidence = new LinkedHashMap<>(lead.evidence());
            evidence.keySet().removeAll(List.of("forgotten", "missingFollowUp"));
            return new FactsOnly(lead.key(), lead.name(), lead.contacts(), lead.stage(), lead.source(), lead.firstTouchAt(),
                    lead.lastActivityAt(), lead.nextStepAt(), lead.engagedAt(), lead.budget(), lead.teamSize(), evidence);
        }
    }

    @Provide
    Arbitrary<List<Change>> histories() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Change> change = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 60).map(Arrive::new),
                Combinators.combine(any, any, Arbitraries.of(0, 0, 1, -30, 72, 24 * 20)).as(Edit::new),
                any.map(Remove::new),
                Combinators.combine(any, any, Arbitraries.of(true, true, false)).as(MoveClock::new),
                Combinators.combine(Arbitraries.integers().between(1, 15), Arbitraries.of(true, false)).as(Wait::new));
        return Combinators.combine(Arbitraries.integers().between(40, 200).map(Arrive::new), change.list().ofMinSize(3).ofMaxSize(16))
                .as((start, rest) -> {
                    List<Change> history = new ArrayList<>();
                    history.add(start);
                    history.addAll(rest);
                    return history;
                });
    }
}
