package tickler.digest;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The digests: sent on schedule to every configured channel, each period once per channel, failed
 * sends retried with exponential backoff for up to a day; or sent now when asked.
 */
@ApplicationScoped
public class Digests {

    /** How the digests go out, from {@link DigestConfig}. */
    record Policy(Schedule schedule, boolean sendEmpty, Duration retryInitialDelay, Duration retryFor, Duration sendTimeout) {
        static Policy of(DigestConfig config) {
            return new Policy(new Schedule(config.dailyAt(), config.weeklyOn()), config.sendEmpty(),
                    config.retryInitialDelay(), config.retryFor(), config.sendTimeout());
        }
    }

    /** What became of a send to one channel: sent, failed or not-configured, and where or why. */
    public record Outcome(String channel, String status, String detail) {
    }

    /** A digest sent now: its period, size, and what went where. */
    public record Result(Kind kind, String period, String title, int items, int actions, List<Outcome> sends) {
    }

    /** A channel for the page: where it sends, or what it needs first. */
    public record ChannelState(String name, String destination, String missing) {
    }

    /** When digests go out; weeklyOn is a day's name ("Monday") or null. */
    public record Plan(LocalTime dailyAt, String weeklyOn, ZoneId zone, boolean sendEmpty) {
    }

    private static final int MAX_BACKOFF_DOUBLINGS = 20;

    private final Policy policy;
    private final DigestLedger ledger;
    private final List<Channel> channels;
    private final DigestSource source;
    private final Clock clock;

    @Inject
    Digests(DigestConfig config, DigestLedger ledger, SlackChannel slack, EmailChannel email, DigestContent content, Clock clock) {
        this(Policy.of(config), ledger, List.of(email, slack), content, clock);
    }

    Digests(Policy policy, DigestLedger ledger, List<Channel> channels, DigestSource source, Clock clock) {
        this.policy = policy;
        this.ledger = ledger;
        this.channels = channels;
        this.source = source;
        this.clock = clock;
    }

    /** Sends what is due and retries what failed; a second replica doing the same at once sends nothing twice. */
    @Scheduled(identity = "digests", every = "${tickler.digest.check-interval:1m}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sendDue() {
        Instant now = clock.instant();
        ZoneId zone = source.zone();
        Map<String, Period> periods = new LinkedHashMap<>();
        Map<String, List<Channel>> targets = new LinkedHashMap<>();
        for (Period period : policy.schedule().due(now, zone)) {
            String id = period.kind() + "/" + period.key();
            periods.put(id, period);
            targets.put(id, new ArrayList<>(configured()));
        }
        for (DigestLedger.Retry retry : ledger.retries(now, policy.sendTimeout())) {
            String id = retry.kind() + "/" + retry.period();
            periods.computeIfAbsent(id, k -> policy.schedule().period(retry.kind(), retry.period(), zone));
            List<Channel> forPeriod = targets.computeIfAbsent(id, k -> new ArrayList<>());
            configured().stream().filter(c -> c.name().equals(retry.channel()) && !forPeriod.contains(c)).forEach(forPeriod::add);
        }
        Map<String, Digest> built = new HashMap<>();
        targets.forEach((id, forPeriod) -> {
            Period period = periods.get(id);
            for (Channel channel : forPeriod) {
                try {
                    ledger.claim(period, channel.name(), now, policy.sendTimeout()).ifPresent(attempt ->
                            deliver(built.computeIfAbsent(id, k -> source.build(period)), channel, attempt));
                } catch (RuntimeException e) {
                    Log.errorf(e, "Digest %s to %s could not be handled", id, channel.name());
                }
            }
        });
    }

    /** Sends the digest of this kind for the current period to every configured channel, at once. */
    public Result sendNow(Kind kind) {
        Instant now = clock.instant();
        Period period = policy.schedule().current(kind, now, source.zone());
        Digest digest = source.build(period);
        List<Outcome> outcomes = new ArrayList<>();
        for (Channel channel : channels) {
            Optional<String> missing = channel.missing();
            if (missing.isPresent()) {
                outcomes.add(new Outcome(channel.name(), "not-configured", missing.get()));
                continue;
            }
            DigestLedger.Attempt attempt = ledger.record(period, channel.name(), now);
            Optional<String> error = send(digest, channel, attempt);
            error.ifPresent(e -> ledger.failed(attempt, e, null));
            outcomes.add(error.map(e -> new Outcome(channel.name(), SendRecord.FAILED, e))
                    .orElseGet(() -> new Outcome(channel.name(), SendRecord.SENT, channel.destination())));
        }
        return new Result(kind, period.key(), digest.title(), digest.items(), digest.actions(), outcomes);
    }

    /** The latest sends, newest first. */
    public List<SendRecord> recent(int limit) {
        return ledger.recent(limit);
    }

    /** The latest send to some channel failed: the page header says so. */
    public boolean failing() {
        Map<String, SendRecord> latest = new HashMap<>();
        for (SendRecord record : ledger.recent(20)) {
            latest.putIfAbsent(record.channel(), record);
        }
        return latest.values().stream().anyMatch(SendRecord::failing);
    }

    public List<ChannelState> channels() {
        return channels.stream().map(c -> new ChannelState(c.name(), c.missing().isEmpty() ? c.destination() : null,
                c.missing().orElse(null))).toList();
    }

    public Plan plan() {
        return new Plan(policy.schedule().dailyAt(),
                policy.schedule().weeklyOn().map(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).orElse(null),
                source.zone(), policy.sendEmpty());
    }

    private List<Channel> configured() {
        return channels.stream().filter(c -> c.missing().isEmpty()).toList();
    }

    private void deliver(Digest digest, Channel channel, DigestLedger.Attempt attempt) {
        String what = digest.kind().label() + " digest " + digest.period().key() + " to " + channel.name();
        if (digest.isEmpty() && !policy.sendEmpty()) {
            ledger.empty(attempt);
            Log.infof("The %s has nothing to say: not sent", what);
            return;
        }
        Optional<String> error = send(digest, channel, attempt);
        if (error.isEmpty()) {
            Log.infof("Sent the %s%s", what, attempt.resend() ? " once more after an interrupted send" : "");
            return;
        }
        Instant now = clock.instant();
        Duration delay = policy.retryInitialDelay().multipliedBy(1L << Math.min(attempt.attempt() - 1, MAX_BACKOFF_DOUBLINGS));
        Instant retryAt = now.plus(delay);
        if (retryAt.isAfter(ledger.firstAttemptAt(attempt).plus(policy.retryFor()))) {
            ledger.gaveUp(attempt, error.get());
            Log.errorf("The %s failed %d times, giving up: %s", what, attempt.attempt(), error.get());
        } else {
            ledger.failed(attempt, error.get(), retryAt);
            Log.warnf("The %s failed (attempt %d), retrying at %s: %s", what, attempt.attempt(), retryAt, error.get());
        }
    }

    /** Sends and records it sent; the error when it failed. */
    private Optional<String> send(Digest digest, Channel channel, DigestLedger.Attempt attempt) {
        try {
            channel.send(digest);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage());
        }
        ledger.sent(attempt, clock.instant(), digest.items());
        return Optional.empty();
    }
}
