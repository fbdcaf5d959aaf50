package tickler.clock;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The one clock of the service. {@code tickler.now} freezes it at an instant: for tests,
 * for a demo frozen at a date, and for recomputing a past state.
 */
@ApplicationScoped
public class ClockProducer {

    @ConfigMapping(prefix = "tickler")
    public interface ClockConfig {
        /** A fixed "now" (ISO-8601 instant); the system clock when absent. */
        Optional<Instant> now();
    }

    @Produces
    @ApplicationScoped
    Clock clock(ClockConfig config) {
        return config.now()
                .map(instant -> Clock.fixed(instant, ZoneOffset.UTC))
                .orElse(Clock.systemUTC());
    }
}
