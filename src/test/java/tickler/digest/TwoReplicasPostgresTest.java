package tickler.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one real PostgreSQL, each with its own connections and clock, looking for due
 * digests at the same moments for five weeks: every digest goes out once.
 */
class TwoReplicasPostgresTest {

    @Test
    void twoReplicasOnOnePostgresSendEachDigestOnce() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(); SlackReceiver slack = SlackReceiver.start()) {
            Replica.migrate(postgres.getPostgresDatabase());
            List<Replica> replicas = List.of(new Replica(postgres.getPostgresDatabase(), slack),
                    new Replica(postgres.getPostgresDatabase(), slack));
            ExecutorService threads = Executors.newFixedThreadPool(replicas.size());
            CyclicBarrier together = new CyclicBarrier(replicas.size());
            try {
                LocalDate first = LocalDate.of(2026, 11, 20);
                for (LocalDate day = first; day.isBefore(first.plusWeeks(5)); day = day.plusDays(1)) {
                    for (String time : new String[] {"07:59", "08:00", "08:00:30", "12:00"}) {
                        String at = day + "T" + time;
                        List<Future<?>> ticks = new ArrayList<>();
                        for (Replica replica : replicas) {
                            ticks.add(threads.submit(() -> {
                                together.await();
                                replica.tick(at);
                                return null;
                            }));
                        }
                        for (Future<?> tick : ticks) {
                            tick.get();
                        }
                    }
                }
            } finally {
                threads.shutdownNow();
            }
            TreeMap<String, Long> received = slack.accepted().stream().map(m -> m.get("text").asText())
                    .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
            assertEquals(35 + 5 + 2, received.size(), "35 days, 5 Mondays, October (due since 1 Nov) and November: " + received);
            received.forEach((digest, copies) -> assertEquals(1L, copies, digest));
            assertEquals(received.size(), slack.requests(), "not even a refused second attempt");
        }
    }
}
