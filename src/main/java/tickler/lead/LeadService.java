package tickler.lead;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import tickler.activity.Activity;
import tickler.activity.ActivityStore;
import tickler.identity.Identity;
import tickler.identity.ConfiguredRules;
import tickler.identity.OwnerZone;

/**
 * The pipeline as of now, recomputed from the stored activities when they change (and at most
 * once a minute for what depends on the clock alone: forgotten, next steps, meetings held).
 */
@ApplicationScoped
public class LeadService {

    private static final Duration CLOCK_RESOLUTION = Duration.ofMinutes(1);

    private final ActivityStore store;
    private final ConfiguredRules rules;
    private final VocabularyConfig vocabularyConfig;
    private final OwnerZone ownerZone;
    private final Clock clock;
    private volatile Cached cached;

    LeadService(ActivityStore store, ConfiguredRules rules, VocabularyConfig vocabularyConfig,
                OwnerZone ownerZone, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.vocabularyConfig = vocabularyConfig;
        this.ownerZone = ownerZone;
        this.clock = clock;
    }

    public Pipeline pipeline() {
        return current().pipeline;
    }

    /** The activities the current pipeline was computed from. */
    public List<Activity> activities() {
        return current().activities;
    }

    private Cached current() {
        Instant now = clock.instant();
        long version = store.version();
        Cached current = cached;
        if (current == null || current.version != version
                || Duration.between(current.now, now).abs().compareTo(CLOCK_RESOLUTION) >= 0) {
            List<Activity> activities = store.all();
            current = new Cached(version, now, inference(activities).infer(activities, now), activities);
            cached = current;
        }
        return current;
    }

    /** The inference over these activities, for computing states other than now (reports). */
    public LeadInference inference(List<Activity> activities) {
        Identity identity = Identity.infer(activities, rules.rules());
        return new LeadInference(identity, Vocabulary.from(vocabularyConfig), zone());
    }

    public ZoneId zone() {
        return ownerZone.zone();
    }

    private record Cached(long version, Instant now, Pipeline pipeline, List<Activity> activities) {
    }
}
