package tickler.source.takeout;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;
import java.util.Optional;

@ConfigMapping(prefix = "tickler.import")
public interface ImportConfig {

    /** A Takeout zip, .ics, .mbox or a folder of them to import at start-up. */
    Optional<String> onStart();

    /** How far back recurring events are expanded into occurrences. */
    @WithDefault("P5Y")
    Period recurrencePast();

    /** How far ahead recurring events are expanded (next steps live there). */
    @WithDefault("P1Y")
    Period recurrenceFuture();

    /** A cap on the occurrences of one series, so a daily event since 1990 stays bounded. */
    @WithDefault("1000")
    int maxOccurrencesPerSeries();

    /** Activities written per transaction. */
    @WithDefault("500")
    int batchSize();

    /** Free disk an upload must leave where uploads are written, or it is refused before its first byte. */
    @WithDefault("1G")
    MemorySize diskReserve();
}
