package tickler.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One instance of the service's digest sending, as after a start: its own clock, its ledger over
 * a data source, the real Slack channel. Several over one database are replicas, or restarts.
 */
final class Replica {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final Digests.Policy POLICY = new Digests.Policy(new Schedule(LocalTime.of(8, 0), Optional.of(DayOfWeek.MONDAY)),
            false, Duration.ofMinutes(1), Duration.ofHours(24), Duration.ofMinutes(10));

    final MovableClock clock = new MovableClock();
    final Digests digests;
    final DigestLedger ledger;

    Replica(DataSource store, Channel channel, DigestSource source, Digests.Policy policy) {
        ledger = new DigestLedger(store::getConnection);
        digests = new Digests(policy, ledger, List.of(channel), source, clock);
    }

    Replica(DataSource store, SlackReceiver slack) {
        this(store, slack(slack), ONE_THING_TO_DO, POLICY);
    }

    static SlackChannel slack(SlackReceiver receiver) {
        return new SlackChannel(Optional.of(receiver.url()), new ObjectMapper());
    }

    static void migrate(DataSource store) {
        Flyway.configure().dataSource(store).locations("classpath:db/migration").load().migrate();
    }

    /** Sends what is due at this local time in Moscow. */
    void tick(String localDateTime) {
        clock.now = LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
        digests.sendDue();
    }

    /** A digest titled by its period, with one thing to do. */
    static final DigestSource ONE_THING_TO_DO = new DigestSource() {
        @Override
        public Digest build(Period period) {
            return new Digest(period.kind(), period, period.kind().label() + " " + period.key(),
                    List.of(new Digest.Section("Next steps today", List.of(new Digest.Item("10:00", "Otkat Kontora",
                            "Call", "reminder", "https://tickler.example.com/leads/abc", true)), false)),
                    null, "https://tickler.example.com/");
        }

        @Override
        public ZoneId zone() {
            return ZONE;
        }
    };

    static final class MovableClock extends Clock {
        volatile Instant now = Instant.EPOCH;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
