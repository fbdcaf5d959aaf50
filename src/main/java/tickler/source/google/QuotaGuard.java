package tickler.source.google;

import com.google.api.client.http.HttpBackOffIOExceptionHandler;
import com.google.api.client.http.HttpExecuteInterceptor;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpUnsuccessfulResponseHandler;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.client.util.NanoClock;
import com.google.api.client.util.Sleeper;
import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One account's share of Google's quota, installed on every request of its clients: it paces
 * requests under the per-user limits (Gmail in quota units at their documented cost, Calendar in
 * requests) and retries rate limiting (429, 403 rateLimitExceeded/userRateLimitExceeded) and server
 * errors with exponential backoff and jitter, honouring Retry-After, a bounded number of times.
 * A backoff pauses the account's pacing rather than one thread: when Google refuses several calls
 * of one batch, the client retries them together in its next batch after one wait, not one wait
 * each. A 401 goes first to the credentials, which refresh the access token.
 */
final class QuotaGuard implements HttpRequestInitializer {

    private static final Duration MAX_DELAY = Duration.ofSeconds(64);

    private final HttpRequestInitializer credentials;
    private final Bucket gmail;
    private final Bucket calendar;
    private final int maxRetries;
    private final Duration baseDelay;

    QuotaGuard(HttpRequestInitializer credentials, int gmailUnitsPerSecond, int calendarRequestsPerMinute,
               int maxRetries, Duration baseDelay) {
        this(credentials, gmailUnitsPerSecond, calendarRequestsPerMinute, maxRetries, baseDelay,
                NanoClock.SYSTEM, Sleeper.DEFAULT);
    }

    /** With the time source and the wait given, so that pacing can be checked without waiting. */
    QuotaGuard(HttpRequestInitializer credentials, int gmailUnitsPerSecond, int calendarRequestsPerMinute,
               int maxRetries, Duration baseDelay, NanoClock clock, Sleeper sleeper) {
        this.credentials = credentials;
        // Half a second's burst: the requests reach Google unevenly (a commit here, a slow answer there),
        // and what this side saved up must not arrive as more than Google's own second holds.
        this.gmail = new Bucket(gmailUnitsPerSecond, gmailUnitsPerSecond / 2.0, clock, sleeper);
        this.calendar = new Bucket(calendarRequestsPerMinute / 60.0, Math.max(1, calendarRequestsPerMinute / 60.0 * 10),
                clock, sleeper);
        this.maxRetries = maxRetries;
        this.baseDelay = baseDelay;
    }

    @Override
    public void initialize(HttpRequest request) throws IOException {
        credentials.initialize(request);
        HttpExecuteInterceptor authorize = request.getInterceptor();
        HttpUnsuccessfulResponseHandler refresh = request.getUnsuccessfulResponseHandler();
        int[] attempts = {0};
        request.setNumberOfRetries(maxRetries + 1);
        // A dropped connection is retried like a server error; the sync's next run covers the rest.
        request.setIOExceptionHandler(new HttpBackOffIOExceptionHandler(new ExponentialBackOff.Builder()
                .setInitialIntervalMillis((int) baseDelay.toMillis()).setMaxElapsedTimeMillis(60_000).build()));
        request.setInterceptor(r -> {
            pace(r.getUrl().getRawPath());
            if (authorize != null) {
                authorize.intercept(r);
            }
        });
        request.setUnsuccessfulResponseHandler((r, response, supportsRetry) -> {
            if (response.getStatusCode() == 401) {
                return refresh != null && refresh.handleResponse(r, response, supportsRetry);
            }
            if (!supportsRetry || !retryable(response) || attempts[0] >= maxRetries) {
                return false;
            }
            attempts[0]++;
            Duration wait = delay(attempts[0], response.getHeaders().getRetryAfter());
            Log.debugf("Google answered %d on %s; retry %d in %d ms", response.getStatusCode(),
                    r.getUrl().getRawPath(), attempts[0], wait.toMillis());
            // The retry goes through pace() again, which waits out the pause.
            gmail.pause(wait);
            calendar.pause(wait);
            return true;
        });
    }

    /** Waits for this request's share: a batch costs nothing itself, each call in it is paced. */
    private void pace(String path) throws InterruptedIOException {
        if (path.startsWith("/batch")) {
            return;
        }
        if (path.contains("/gmail/")) {
            gmail.take(gmailUnits(path));
        } else {
            calendar.take(1);
        }
    }

    /** Gmail's documented costs of the methods the sync calls. */
    static int gmailUnits(String path) {
        if (path.contains("/messages/")) {
            return 5;
        }
        if (path.endsWith("/messages")) {
            return 5;
        }
        if (path.endsWith("/history")) {
            return 2;
        }
        return 1;
    }

    private static boolean retryable(HttpResponse response) throws IOException {
        int status = response.getStatusCode();
        String body = "";
        if (status == 403) {
            // Whether a 403 is a rate limit is in the body; read it without consuming it, so the error still parses after.
            InputStream content = response.getContent();
            if (content != null && content.markSupported()) {
                content.mark(64 * 1024);
                body = new String(content.readNBytes(64 * 1024), StandardCharsets.UTF_8);
                content.reset();
            }
        }
        GoogleFailure failure = GoogleErrors.classify(status, null, body);
        return failure == GoogleFailure.RATE_LIMITED || failure == GoogleFailure.TRANSIENT;
    }

    /** Exponential from the base with full jitter, never under Retry-After, never over the cap. */
    private Duration delay(int attempt, String retryAfter) {
        long exponential = Math.min(MAX_DELAY.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        long asked = retryAfterMillis(retryAfter);
        return Duration.ofMillis(Math.min(MAX_DELAY.toMillis(), Math.max(jittered, asked)));
    }

    static long retryAfterMillis(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip()) * 1000;
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, Duration.between(ZonedDateTime.now(), at).toMillis());
            } catch (DateTimeParseException e2) {
                return 0;
            }
        }
    }

    /** A token bucket: {@code rate} per second, at most {@code burst} saved up. */
    private static final class Bucket {
        private final double rate;
        private final double burst;
        private final NanoClock clock;
        private final Sleeper sleeper;
        private double tokens;
        private long last;

        Bucket(double rate, double burst, NanoClock clock, Sleeper sleeper) {
            this.rate = rate;
            this.burst = burst;
            this.clock = clock;
            this.sleeper = sleeper;
            this.tokens = burst;
            this.last = clock.nanoTime();
        }

        /** Nothing more is let through for {@code wait}; pauses asked at once overlap, they do not add up. */
        synchronized void pause(Duration wait) {
            long now = clock.nanoTime();
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
            last = now;
            tokens = Math.min(tokens, -wait.toNanos() / 1e9 * rate);
        }

        void take(int cost) throws InterruptedIOException {
            long waitNanos;
            synchronized (this) {
                long now = clock.nanoTime();
                tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
                last = now;
                tokens -= cost;
                waitNanos = tokens >= 0 ? 0 : (long) (-tokens / rate * 1e9);
            }
            if (waitNanos > 0) {
                try {
                    // Rounded up: a wait cut short would take the next call before its share is in.
                    sleeper.sleep((waitNanos + 999_999) / 1_000_000);
                } catch (InterruptedException e) {
                    // Stops the sync: going on would send every request at once, pacing and backoff gone.
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while pacing requests to Google");
                }
            }
        }
    }
}
