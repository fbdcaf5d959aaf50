package tickler.source.google;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** Live Google sync; every key is documented in config/application.properties. */
@ConfigMapping(prefix = "tickler.google")
public interface GoogleConfig {

    @WithDefault("https://accounts.google.com/o/oauth2/auth")
    String authUrl();

    @WithDefault("https://oauth2.googleapis.com/token")
    String tokenUrl();

    /** Where a disconnected account's refresh token is revoked (RFC 7009). */
    @WithDefault("https://oauth2.googleapis.com/revoke")
    String revokeUrl();

    /** Where Calendar and Gmail requests go ({root}calendar/v3/..., {root}gmail/v1/..., {root}batch). */
    @WithDefault("https://www.googleapis.com/")
    String apiRootUrl();

    /** OAuth client of type "Web application", for accounts connected by their user's consent. */
    Optional<String> clientId();

    Optional<String> clientSecret();

    /**
     * A service account's JSON key (a secret: never logged), for Google Workspace users synced
     * through domain-wide delegation without their own consent. Without it and without a client
     * id, Google sync is off.
     */
    Optional<String> serviceAccountKeyFile();

    /** The Workspace users synced through the service account, comma separated. */
    Optional<List<String>> delegatedUsers();

    /** The public address of this service, for the OAuth redirect; the request's own when absent. */
    Optional<String> publicUrl();

    /** How often each account is synced incrementally (a Quarkus "every" value, or "off"). */
    @WithDefault("5m")
    String syncInterval();

    /** Read only message headers (scope gmail.metadata): no bodies are fetched or kept. */
    @WithDefault("false")
    boolean privacyMode();

    /** AES keys (base64, 16 or 32 bytes), comma separated: the first encrypts, all decrypt. */
    Optional<List<String>> tokenKey();

    /** A file holding the key (base64); generated when neither key nor file exist. */
    Optional<String> tokenKeyFile();

    /** How far back and ahead of now calendar events are read. */
    @WithDefault("P5Y")
    Period calendarPast();

    @WithDefault("P1Y")
    Period calendarFuture();

    /**
     * Calendars read besides those the account owns, by id or name: a team's shared calendar, say.
     * Subscribed calendars (holidays, colleagues') are otherwise left out, as not the owner's activity.
     */
    Optional<List<String>> calendars();

    /** Raw message bytes read per message; the rest (attachments, mostly) is not parsed. */
    @WithDefault("1048576")
    int maxMessageBytes();

    /**
     * Gmail quota units per second per account. Google allows 250; pacing a little under it keeps
     * network jitter from pushing two batches into one of Google's seconds.
     */
    @WithDefault("240")
    int gmailUnitsPerSecond();

    /** Calendar requests per minute per account (Google allows 600). */
    @WithDefault("600")
    int calendarRequestsPerMinute();

    /** Retries of one request on rate limiting or server errors before the sync stops for this run. */
    @WithDefault("6")
    int maxRetries();

    /** The first backoff step; each retry doubles it (with jitter), up to 64 s. */
    @WithDefault("1s")
    Duration retryInitialDelay();
}
