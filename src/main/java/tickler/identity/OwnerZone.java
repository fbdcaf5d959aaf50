package tickler.identity;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import tickler.store.Settings;

/**
 * The owner's time zone, which decides the month an activity falls in: configured, else the
 * time zone of the first calendar read (learnt once, by either source), else UTC. Read from the
 * store once; a zone not learnt yet is looked for again at most once a minute, in case another
 * replica learnt it.
 */
@ApplicationScoped
public class OwnerZone {

    private static final Duration RECHECK_UNKNOWN = Duration.ofMinutes(1);

    @ConfigMapping(prefix = "tickler.owner")
    public interface OwnerConfig {
        /** An IANA zone id such as Europe/Moscow. */
        Optional<String> timeZone();
    }

    private final OwnerConfig config;
    private final Settings settings;
    private final Clock clock;
    private volatile Optional<ZoneId> learnt;
    private volatile Instant checkedAt;

    OwnerZone(OwnerConfig config, Settings settings, Clock clock) {
        this.config = config;
        this.settings = settings;
        this.clock = clock;
    }

    public ZoneId zone() {
        return config.timeZone().flatMap(OwnerZone::parse).or(this::learnt).orElse(ZoneOffset.UTC);
    }

    /** A calendar was read with this zone: the first such is the owner's, unless one is known already. */
    public synchronized void calendarRead(String timeZone) {
        if (timeZone == null || parse(timeZone).isEmpty() || learntFromStore().isPresent()) {
            return;
        }
        settings.put(Settings.OWNER_TIME_ZONE, timeZone);
        learnt = parse(timeZone);
    }

    /** The data the zone was learnt from is gone (the demo, replaced by the user's own). */
    public synchronized void forgetLearnt() {
        settings.remove(Settings.OWNER_TIME_ZONE);
        learnt = Optional.empty();
        checkedAt = clock.instant();
    }

    private Optional<ZoneId> learnt() {
        Optional<ZoneId> known = learnt;
        Instant checked = checkedAt;
        if (known != null && (known.isPresent() || clock.instant().isBefore(checked.plus(RECHECK_UNKNOWN)))) {
            return known;
        }
        return learntFromStore();
    }

    private synchronized Optional<ZoneId> learntFromStore() {
        learnt = settings.get(Settings.OWNER_TIME_ZONE).flatMap(OwnerZone::parse);
        checkedAt = clock.instant();
        return learnt;
    }

    private static Optional<ZoneId> parse(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
