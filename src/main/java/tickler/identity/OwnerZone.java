package tickler.identity;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import tickler.store.Settings;

/**
 * The owner's time zone, which decides the month an activity falls in: configured, else the
 * time zone of the first calendar read, else UTC.
 */
@ApplicationScoped
public class OwnerZone {

    @ConfigMapping(prefix = "tickler.owner")
    public interface OwnerConfig {
        /** An IANA zone id such as Europe/Moscow. */
        Optional<String> timeZone();
    }

    private final OwnerConfig config;
    private final Settings settings;

    OwnerZone(OwnerConfig config, Settings settings) {
        this.config = config;
        this.settings = settings;
    }

    public ZoneId zone() {
        return config.timeZone().flatMap(OwnerZone::parse)
                .or(() -> settings.get(Settings.OWNER_TIME_ZONE).flatMap(OwnerZone::parse))
                .orElse(ZoneOffset.UTC);
    }

    private static Optional<ZoneId> parse(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
