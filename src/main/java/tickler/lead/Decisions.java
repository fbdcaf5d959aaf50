package tickler.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tickler.activity.Activity;

/**
 * What was decided of each correspondent (a lead with all its facts, or a contact), kept across
 * inferences with what it was decided from: its activities (each version), how each is linked,
 * its addresses and name, and the span of the clock over which its facts stay as they were. A
 * recomputation after an import then decides again only the correspondents the import touched,
 * and a report as of a month's end reuses every correspondent that has not moved since. The
 * decision is a pure function of those inputs, so reusing it changes no result
 * ({@code IncrementalInferenceTest}). One instance serves one identity, vocabulary and zone.
 */
public final class Decisions {

    /**
     * The board's now and every month end of three years of reports: a correspondent has a
     * decision of its own at a month end only when it was active on both sides of it, so most keep
     * a few; a month computed again after an old change then decides again only what the change touched.
     */
    static final int KEPT_PER_CORRESPONDENT = 40;

    /** @param factsOnly whether it was asked for its facts only (a report's month end) */
    private record Kept(Inputs inputs, Instant decidedAt, boolean factsOnly, Span span, LeadInference.Decided decided) {
        boolean holds(Inputs asked, Instant now, boolean factsOnly) {
            return span.holds(now, factsOnly) && inputs.equals(asked);
        }
    }

    private final Map<String, List<Kept>> byCorrespondent = new ConcurrentHashMap<>();

    /**
     * What everything the decision reads, besides the clock, was for one correspondent. Activities
     * compare by reference first: the service hands the same objects to every recomputation.
     */
    static final class Inputs {
        private final List<Activity> activities;
        private final List<Evidence.Confidence> links;
        private final Set<String> addresses;
        private final String name;
        private final boolean introduced;
        private final int hash;

        /**
         * @param links      how each activity is linked to the correspondent, in the same order
         * @param introduced whether the first activity's author appeared before it (an introducer)
         */
        Inputs(List<Activity> activities, List<Evidence.Confidence> links, Set<String> addresses, String name,
               boolean introduced) {
            this.activities = activities;
            this.links = links;
            this.addresses = addresses;
            this.name = name;
            this.introduced = introduced;
            // Enough to tell most inputs apart at once; equals compares the rest.
            int h = activities.size();
            if (!activities.isEmpty()) {
                h = 31 * (31 * h + activities.get(0).key().hashCode()) + activities.get(activities.size() - 1).key().hashCode();
            }
            this.hash = 31 * (31 * (31 * h + links.size()) + addresses.hashCode()) + name.hashCode() + (introduced ? 1 : 0);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Inputs that) || hash != that.hash || introduced != that.introduced
                    || activities.size() != that.activities.size() || !name.equals(that.name)
                    || !links.equals(that.links) || !addresses.equals(that.addresses)) {
                return false;
            }
            if (activities == that.activities) {
                return true;
            }
            for (int i = 0; i < activities.size(); i++) {
                Activity mine = activities.get(i);
                Activity theirs = that.activities.get(i);
                if (mine != theirs && !mine.equals(theirs)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The span of the clock [from, until) over which a decision made at some now stays the same,
     * and the wider one [factsFrom, factsUntil) over which all but its flags do (forgotten and a
     * missed follow-up, which also read how long ago things happened).
     */
    record Span(Instant from, Instant until, Instant factsFrom, Instant factsUntil) {
        boolean holds(Instant now, boolean factsOnly) {
            return factsOnly ? !now.isBefore(factsFrom) && now.isBefore(factsUntil)
                    : !now.isBefore(from) && now.isBefore(until);
        }
    }

    /**
     * The decision kept for these inputs when {@code now} lies in its span, else a new one, which
     * is then kept in place of any made at the same moment (made from inputs that have changed since)
     * and, when it is asked with its flags (the board's), of those asked so at earlier moments (the
     * clock moved on); beyond {@link #KEPT_PER_CORRESPONDENT}, the least recently made gives way.
     *
     * @param factsOnly whether a decision whose flags are those of another moment will do
     */
    LeadInference.Decided decide(String key, Inputs inputs, Instant now, boolean factsOnly,
                                 Supplier<LeadInference.Decided> decide, Supplier<Span> span) {
        List<Kept> kept = byCorrespondent.getOrDefault(key, List.of());
        for (Kept candidate : kept) {
            if (candidate.holds(inputs, now, factsOnly)) {
                return candidate.decided();
            }
        }
        LeadInference.Decided decided = decide.get();
        Kept made = new Kept(inputs, now, factsOnly, span.get(), decided);
        byCorrespondent.compute(key, (k, before) -> {
            List<Kept> after = new ArrayList<>(KEPT_PER_CORRESPONDENT + 1);
            after.add(made);
            for (Kept earlier : before == null ? List.<Kept>of() : before) {
                boolean replaced = earlier.decidedAt().equals(now)
                        || !factsOnly && !earlier.factsOnly() && earlier.decidedAt().isBefore(now);
                if (!replaced) {
                    after.add(earlier);
                }
            }
            if (after.size() > KEPT_PER_CORRESPONDENT) {
                // The least recently made gives way, unless it is the decision at the latest moment: the
                // board's, which the next recomputation asks for again whatever reports were read since.
                Kept latest = after.stream().max(Comparator.comparing(candidate -> candidate.span().from())).orElseThrow();
                after.remove(after.get(after.size() - 1) == latest ? after.size() - 2 : after.size() - 1);
            }
            return List.copyOf(after);
        });
        return decided;
    }

    /** Forgets the decisions read from activities that are no longer stored. */
    public void keepOnly(Set<String> activityKeys) {
        byCorrespondent.values().removeIf(kept -> kept.stream()
                .anyMatch(k -> k.inputs().activities.stream().anyMatch(a -> !activityKeys.contains(a.key()))));
    }
}
