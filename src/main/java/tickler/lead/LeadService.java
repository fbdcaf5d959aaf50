package tickler.lead;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.invoke.MethodHandles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tickler.activity.Activity;
import tickler.activity.Chronology;
import tickler.activity.ActivityStore;
import tickler.identity.Identity;
import tickler.identity.IdentityRules;
import tickler.identity.ConfiguredRules;
import tickler.identity.OwnerZone;

/**
 * The pipeline as of now, recomputed from the stored activities when a change is committed (and
 * at most once a minute for what depends on the clock alone: forgotten, next steps, meetings
 * held), by one thread at a time. What each activity's words say ({@link Readings}) and what was
 * decided of each correspondent ({@link Decisions}) are kept between recomputations, so a
 * recomputation reads and decides again only what changed. The vocabulary
 * is compiled once, and the rules' bundled tables read, at start-up, not in the first user's wait.
 */
@ApplicationScoped
@Startup
public class LeadService {

    private static final Duration CLOCK_RESOLUTION = Duration.ofMinutes(1);

    private final ActivityStore store;
    private final ConfiguredRules rules;
    private final Vocabulary vocabulary;
    private final OwnerZone ownerZone;
    private final Clock clock;
    private final SingleFlight<Cached> current = new SingleFlight<>();
    /** What the activities' words said and what was decided of each correspondent, kept while it holds. */
    private Remembered remembered;
    /** The last computation, whose activities the next one starts from. */
    private volatile Cached last;

    LeadService(ActivityStore store, ConfiguredRules rules, VocabularyConfig vocabularyConfig,
                OwnerZone ownerZone, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.vocabulary = Vocabulary.from(vocabularyConfig);
        this.ownerZone = ownerZone;
        this.clock = clock;
        for (Class<?> bundledTables : List.of(Amounts.class, NumberWords.class, WordOdds.class)) {
            ensureLoaded(bundledTables);
        }
    }

    /** Loads a class of the rules whose tables (currency names, number words, word models) take a while to read. */
    private static void ensureLoaded(Class<?> rules) {
        try {
            MethodHandles.lookup().ensureInitialized(rules);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the rules are in this package", e);
        }
    }

    /**
     * The pipeline as of now. While another thread recomputes it after a change, this is the last
     * one computed, so a page answers at once; {@link #upToDatePipeline} waits for the changes instead.
     */
    public Pipeline pipeline() {
        return current.get(this::fresh, this::compute).pipeline;
    }

    /** A lead's activities, latest first, with their words read from the store together (a lead page shows them). */
    public List<Activity> timeline(Pipeline pipeline, String leadKey) {
        List<Activity> timeline = pipeline.timeline(leadKey);
        store.readWords(timeline);
        return timeline;
    }

    /** The pipeline including every committed change, e.g. for the answer to an import; waits for a recomputation under way. */
    public Pipeline upToDatePipeline() {
        return current.getFresh(this::fresh, this::compute).pipeline;
    }

    /** The activities with the store version they include, every committed change counted (waits as {@link #upToDatePipeline}). */
    public Versioned upToDateActivities() {
        Cached cached = current.getFresh(this::fresh, this::compute);
        return new Versioned(cached.version, cached.activities);
    }

    public record Versioned(long version, List<Activity> activities) {
    }

    /** The activities the current pipeline was computed from. */
    public List<Activity> activities() {
        return current.get(this::fresh, this::compute).activities;
    }

    private boolean fresh(Cached cached) {
        return cached.version == store.version()
                && Duration.between(cached.now, clock.instant()).abs().compareTo(CLOCK_RESOLUTION) < 0;
    }

    /**
     * Reads the version before the activities: a change committed in between only makes the next
     * read recompute. The activities of the last computation are kept, and only those the commits
     * since added or changed are read again (all of them after a removal).
     */
    private Cached compute() {
        long version = store.version();
        Instant now = clock.instant();
        Cached last = this.last;
        Optional<ActivityStore.Changes> changes = last == null ? Optional.empty() : store.changedSince(last.version);
        Optional<List<Activity>> changed = changes.map(ActivityStore.Changes::activities);
        List<Activity> replaced = new ArrayList<>();
        List<Activity> activities = changes.map(those -> merged(last.activities, those, replaced))
                .orElseGet(() -> chronological(store.all()));
        IdentityRules rules = this.rules.rules();
        // Who is who changes only with a message sent from an address not yet known as the owner's, or one leaving.
        Identity identity = changed.isPresent() && last.identity.follows(rules)
                && replaced.stream().allMatch(activity -> Identity.sentBy(activity).isEmpty())
                ? last.identity.with(changed.get()) : Identity.infer(activities, rules);
        LeadInference inference = inference(identity);
        Pipeline pipeline = inference.infer(activities, now);
        if (changed.isEmpty()) {
            // Read whole, perhaps after a removal: forget what the removed activities said.
            Set<String> stored = activities.stream().map(Activity::key).collect(Collectors.toSet());
            Remembered remembered = rememberedFor(inference.identity(), inference.ownerZone());
            remembered.readings().keepOnly(stored);
            remembered.decisions().keepOnly(stored);
        }
        Cached computed = new Cached(version, now, pipeline, activities, identity);
        this.last = computed;
        return computed;
    }

    /**
     * The activities with the changed ones in place of their earlier versions (dropped into
     * {@code replaced}), in the order a full sort would give. The version held of each is found by
     * the moments the store says it had, and the changed ones placed by theirs, each by a binary
     * search, so that a change costs its own size and not a pass over every activity held; a
     * version the list must hold and does not hold where its moment says sends the whole list
     * through a merge walk.
     */
    private static List<Activity> merged(List<Activity> activities, ActivityStore.Changes changes, List<Activity> replaced) {
        if (changes.activities().isEmpty()) {
            return activities;
        }
        TreeSet<Integer> leaving = new TreeSet<>();
        for (Activity came : changes.activities()) {
            String key = came.key();
            Set<Instant> moments = new HashSet<>(changes.since().getOrDefault(key, Set.of()));
            Optional.ofNullable(changes.heldAt().get(key)).ifPresent(moments::add);
            Optional<Integer> held = moments.stream().map(at -> Chronology.firstNotBefore(activities, at, key))
                    .filter(position -> position < activities.size() && activities.get(position).key().equals(key))
                    .findFirst();
            if (held.isPresent()) {
                leaving.add(held.get());
            } else if (changes.heldAt().containsKey(key)) {
                return mergedWalk(activities, changes.activities(), replaced);
            }
        }
        List<Activity> arriving = chronological(changes.activities());
        List<Activity> merged = new ArrayList<>(activities.size() + arriving.size());
        int copied = 0;
        for (Activity came : arriving) {
            int position = Chronology.firstNotBefore(activities, came.at(), came.key());
            copyKept(activities, copied, position, leaving, merged, replaced);
            copied = position;
            merged.add(came);
        }
        copyKept(activities, copied, activities.size(), leaving, merged, replaced);
        return List.copyOf(merged);
    }

    /** The activities in [from, to) but those leaving, which go to {@code replaced}. */
    private static void copyKept(List<Activity> activities, int from, int to, NavigableSet<Integer> leaving,
                                 List<Activity> merged, List<Activity> replaced) {
        int start = from;
        for (int position : leaving.subSet(from, true, to, false)) {
            merged.addAll(activities.subList(start, position));
            replaced.add(activities.get(position));
            start = position + 1;
        }
        merged.addAll(activities.subList(start, to));
    }

    /** The same as {@link #merged}, reading every activity held: one pass that drops the earlier versions and merges the changed ones in. */
    private static List<Activity> mergedWalk(List<Activity> activities, List<Activity> changed, List<Activity> replaced) {
        Set<String> replacing = changed.stream().map(Activity::key).collect(Collectors.toSet());
        List<Activity> arriving = chronological(changed);
        List<Activity> merged = new ArrayList<>(activities.size() + arriving.size());
        int next = 0;
        for (Activity kept : activities) {
            if (replacing.contains(kept.key())) {
                replaced.add(kept);
                continue;
            }
            while (next < arriving.size() && Chronology.ORDER.compare(arriving.get(next), kept) < 0) {
                merged.add(arriving.get(next++));
            }
            merged.add(kept);
        }
        merged.addAll(arriving.subList(next, arriving.size()));
        return List.copyOf(merged);
    }

    /** By when, then by key: the same order whether read whole or merged. */
    private static List<Activity> chronological(List<Activity> activities) {
        List<Activity> sorted = new ArrayList<>(activities);
        sorted.sort(Chronology.ORDER);
        return List.copyOf(sorted);
    }

    /** The inference over these activities, for computing states other than now (reports). */
    public LeadInference inference(List<Activity> activities) {
        Cached last = this.last;
        IdentityRules rules = this.rules.rules();
        return inference(last != null && last.activities == activities && last.identity.follows(rules)
                ? last.identity : Identity.infer(activities, rules));
    }

    private LeadInference inference(Identity identity) {
        ZoneId zone = zone();
        Remembered remembered = rememberedFor(identity, zone);
        // The remembered identity tells who is who as the new one does, and has looked up every address already.
        return new LeadInference(remembered.identity(), vocabulary, zone, remembered.readings(), remembered.decisions());
    }

    /**
     * What earlier inferences read and decided, while it still holds: words are read the same while
     * who is who stays the same; decisions also depend on the owner's zone.
     */
    private synchronized Remembered rememberedFor(Identity identity, ZoneId zone) {
        if (remembered == null || !remembered.identity().sameAs(identity)) {
            remembered = new Remembered(identity, zone, new Readings(), new Decisions());
        } else if (!remembered.zone().equals(zone)) {
            remembered = new Remembered(remembered.identity(), zone, remembered.readings(), new Decisions());
        }
        return remembered;
    }

    private record Remembered(Identity identity, ZoneId zone, Readings readings, Decisions decisions) {
    }

    public ZoneId zone() {
        return ownerZone.zone();
    }

    private record Cached(long version, Instant now, Pipeline pipeline, List<Activity> activities, Identity identity) {
    }
}
