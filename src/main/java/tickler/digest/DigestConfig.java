package tickler.digest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** The digest's settings; config/application.properties documents each. */
@ConfigMapping(prefix = "tickler.digest")
public interface DigestConfig {

    /** When the daily digest goes out, in the owner's time zone (the monthly one too, on the 1st). */
    @WithDefault("08:00")
    LocalTime dailyAt();

    /** The weekly summary's day (monday ... sunday); none when absent. */
    Optional<DayOfWeek> weeklyOn();

    /** Send a digest with nothing in it. */
    @WithDefault("false")
    boolean sendEmpty();

    /** A failed send is retried after this, then twice as long each time ... */
    @WithDefault("1m")
    Duration retryInitialDelay();

    /** ... for this long after its first attempt. */
    @WithDefault("24h")
    Duration retryFor();

    /**
     * A send still marked as running after this long was interrupted (its replica stopped): it is
     * sent once more. Longer than any send can take.
     */
    @WithDefault("10m")
    Duration sendTimeout();

    /** How often due digests and retries are looked for ("off" stops sending on schedule). */
    @WithDefault("1m")
    String checkInterval();

    Slack slack();

    Email email();

    interface Slack {
        /** An incoming webhook (a secret: never logged); Slack is off without it. */
        Optional<URI> webhookUrl();
    }

    interface Email {
        /** Recipients; email is off without them. SMTP itself is quarkus.mailer.*. */
        Optional<List<String>> to();
    }
}
