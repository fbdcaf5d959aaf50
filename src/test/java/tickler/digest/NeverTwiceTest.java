package tickler.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scheduled digests on a real store (H2) to a real webhook receiver, with the clock moved by hand:
 * retries of a failing endpoint, restarts, and a process killed between sending and recording.
 */
class NeverTwiceTest {

    static final AtomicInteger DATABASES = new AtomicInteger();

    JdbcDataSource store;
    SlackReceiver slack;

    @BeforeEach
    void start() {
        store = new JdbcDataSource();
        store.setURL("jdbc:h2:mem:never-twice-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        Replica.migrate(store);
        slack = SlackReceiver.start();
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    List<String> received() {
        return slack.accepted().stream().map(m -> m.get("text").asText()).toList();
    }

    /** On the 26th of a month, last month's digest is due beside the day's: each is followed apart. */
    List<String> received(Kind kind) {
        return received().stream().filter(text -> text.startsWith(kind.label())).toList();
    }

    SendRecord latest(Replica replica) {
        return replica.ledger.recent(1).get(0);
    }

    SendRecord latest(Replica replica, Kind kind) {
        return replica.ledger.recent(10).stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void anEndpointThatFailsIsRetriedWithBackoffUntilItRecovers() {
        Replica replica = new Replica(store, slack);
        slack.failNext(6);
        replica.tick("2026-11-26T08:00");
        assertEquals(SendRecord.FAILED, latest(replica, Kind.DAILY).status());
        assertEquals("Slack answered 500: internal_error", latest(replica, Kind.DAILY).lastError());
        assertEquals(2, slack.requests(), "the daily and the monthly digest");
        replica.tick("2026-11-26T08:00:59");
        assertEquals(2, slack.requests(), "not before their retry is due");
        replica.tick("2026-11-26T08:01");
        replica.tick("2026-11-26T08:02:59");
        assertEquals(4, slack.requests(), "then a minute after");
        replica.tick("2026-11-26T08:03");
        replica.tick("2026-11-26T08:06:59");
        assertEquals(6, slack.requests(), "then two minutes after that");
        replica.tick("2026-11-26T08:07");
        assertEquals(List.of("daily 2026-11-26: 1 thing needs you", "monthly 2026-10: the month in numbers"), received(),
                "then four, and the endpoint is back");
        SendRecord sent = latest(replica, Kind.DAILY);
        assertEquals(SendRecord.SENT, sent.status());
        assertEquals(4, sent.attempts());
        replica.tick("2026-11-26T09:00");
        assertEquals(8, slack.requests(), "sent is sent");
    }

    @Test
    void aSendThatFailsForADayIsGivenUpAndTheNextDayGoesAsUsual() {
        Replica replica = new Replica(store, slack);
        slack.failNext(1000);
        for (int minute = 0; minute < 36 * 60; minute += 1) {
            replica.tick(LocalDateTime.parse("2026-11-26T08:00").plusMinutes(minute).toString());
            if (minute == 24 * 60 - 1) {
                slack.failNext(0);
            }
        }
        List<SendRecord> sends = replica.ledger.recent(10);
        SendRecord first = sends.stream().filter(s -> s.period().equals("2026-11-26")).findFirst().orElseThrow();
        assertEquals(SendRecord.GAVE_UP, first.status());
        assertEquals(11, first.attempts(), "1, 2, 4 ... 512 minutes apart: the next would be past a day");
        assertEquals(List.of("daily 2026-11-27: 1 thing needs you"), received());
    }

    @Test
    void aRestartInTheMiddleOfAPeriodSendsNothingTwice() {
        new Replica(store, slack).tick("2026-11-26T08:00");
        List<String> first = List.of("daily 2026-11-26: 1 thing needs you", "monthly 2026-10: the month in numbers");
        assertEquals(first, received());
        Replica restarted = new Replica(store, slack);
        for (String at : new String[] {"2026-11-26T08:00", "2026-11-26T08:30", "2026-11-26T13:00", "2026-11-26T23:59"}) {
            restarted.tick(at);
        }
        assertEquals(first, received(), "each once");
        restarted.tick("2026-11-27T08:00");
        assertEquals(List.of("daily 2026-11-27: 1 thing needs you"), received().subList(2, received().size()));
    }

    @Test
    void aProcessKilledBetweenSendingAndRecordingResendsOnceAndSaysSo() {
        Channel killedAfterSending = new KilledAfterSending(Replica.slack(slack));
        Replica killed = new Replica(store, killedAfterSending, Replica.ONE_THING_TO_DO, Replica.POLICY);
        assertThrows(Killed.class, () -> killed.tick("2026-11-26T08:00"));
        assertEquals(1, received(Kind.DAILY).size(), "it arrived, but the store still says sending");

        Replica restarted = new Replica(store, slack);
        restarted.tick("2026-11-26T08:05");
        assertEquals(1, received(Kind.DAILY).size(), "a send may still be under way on another replica");
        restarted.tick("2026-11-26T08:11");
        assertEquals(2, received(Kind.DAILY).size(), "past the send timeout: sent once more");
        SendRecord resent = latest(restarted, Kind.DAILY);
        assertEquals(SendRecord.SENT, resent.status());
        assertTrue(resent.resent(), "and marked as possibly twice");
        restarted.tick("2026-11-26T09:00");
        restarted.tick("2026-11-26T23:00");
        assertEquals(2, received(Kind.DAILY).size(), "never a third time");
        assertEquals(1, received(Kind.MONTHLY).size(), "the monthly, which the killed process never reached, once");
    }

    @Test
    void killedTwiceItIsNotSentAThirdTime() {
        Channel killedAfterSending = new KilledAfterSending(Replica.slack(slack));
        assertThrows(Killed.class, () -> new Replica(store, killedAfterSending, Replica.ONE_THING_TO_DO, Replica.POLICY)
                .tick("2026-11-26T08:00"));
        assertThrows(Killed.class, () -> new Replica(store, killedAfterSending, Replica.ONE_THING_TO_DO, Replica.POLICY)
                .tick("2026-11-26T08:11"));
        Replica third = new Replica(store, slack);
        third.tick("2026-11-26T08:22");
        third.tick("2026-11-26T12:00");
        assertEquals(2, received(Kind.DAILY).size());
        assertEquals(SendRecord.GAVE_UP, latest(third, Kind.DAILY).status());
    }

    @Test
    void aDayWithNothingToSaySendsNothingUnlessAskedTo() {
        DigestSource nothing = new DigestSource() {
            @Override
            public Digest build(Period period) {
                return new Digest(period.kind(), period, "nothing", List.of(), null, "https://tickler.example.com/");
            }

            @Override
            public ZoneId zone() {
                return Replica.ZONE;
            }
        };
        Replica quiet = new Replica(store, Replica.slack(slack), nothing, Replica.POLICY);
        quiet.tick("2026-11-26T08:00");
        assertEquals(0, slack.requests());
        assertEquals(SendRecord.EMPTY, latest(quiet, Kind.DAILY).status());

        Digests.Policy sendEmpty = new Digests.Policy(Replica.POLICY.schedule(), true, Replica.POLICY.retryInitialDelay(),
                Replica.POLICY.retryFor(), Replica.POLICY.sendTimeout());
        new Replica(store, Replica.slack(slack), nothing, sendEmpty).tick("2026-11-27T08:00");
        assertEquals(List.of("nothing: nothing needs you"), received());
    }

    @Test
    void aDigestAskedForGoesWhateverWentBeforeAndSaysWhy() {
        Replica replica = new Replica(store, slack);
        replica.tick("2026-11-26T08:00");
        Digests.Result result = replica.digests.sendNow(Kind.DAILY);
        assertEquals(List.of(new Digests.Outcome("slack", "sent", "the Slack webhook")), result.sends());
        slack.failNext(1);
        result = replica.digests.sendNow(Kind.DAILY);
        assertEquals(List.of(new Digests.Outcome("slack", "failed", "Slack answered 500: internal_error")), result.sends());
        assertTrue(replica.digests.failing(), "the header says a send failed");

        Replica unconfigured = new Replica(store, new SlackChannel(Optional.empty(), null), Replica.ONE_THING_TO_DO, Replica.POLICY);
        assertEquals(List.of(new Digests.Outcome("slack", "not-configured", "tickler.digest.slack.webhook-url is not set")),
                unconfigured.digests.sendNow(Kind.WEEKLY).sends());
    }

    static final class Killed extends Error {
    }

    /** Delivers, then the process dies before it can record the send. */
    record KilledAfterSending(Channel channel) implements Channel {
        @Override
        public String name() {
            return channel.name();
        }

        @Override
        public Optional<String> missing() {
            return channel.missing();
        }

        @Override
        public String destination() {
            return channel.destination();
        }

        @Override
        public void send(Digest digest) throws Exception {
            channel.send(digest);
            throw new Killed();
        }
    }
}
