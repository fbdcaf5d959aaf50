package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    private static final int READERS = 32;

    private final ExecutorService readers = Executors.newFixedThreadPool(READERS);
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger computations = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final SingleFlight<Long> pipeline = new SingleFlight<>();
    private final Predicate<Long> fresh = computed -> computed == version.get();

    @AfterEach
    void stop() {
        readers.shutdownNow();
    }

    /** A computation that holds until released, counting how many run at once. */
    private Supplier<Long> computation(CountDownLatch started, CountDownLatch release) {
        return () -> {
            long of = version.get();
            computations.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return of;
        };
    }

    @Test
    void manyReadersAfterAChangeMakeOneComputationAndMeanwhileGetTheLastGoodValue() throws Exception {
        CountDownLatch none = new CountDownLatch(0);
        assertEquals(1L, pipeline.get(fresh, computation(new CountDownLatch(1), none)));
        version.set(2);

        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<Long> slow = computation(started, release);
        CountDownLatch othersAnswered = new CountDownLatch(READERS - 1);
        List<Long> answered = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<Long>> answers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            answers.add(readers.submit(() -> {
                Long value = pipeline.get(fresh, slow);
                answered.add(value);
                othersAnswered.countDown();
                return value;
            }));
        }
        assertEquals(true, started.await(30, TimeUnit.SECONDS), "one reader recomputes");
        assertEquals(true, othersAnswered.await(30, TimeUnit.SECONDS),
                "every other reader answers while the computation is held");
        assertEquals(java.util.Collections.nCopies(READERS - 1, 1L), answered, "the last good value");
        release.countDown();
        for (Future<Long> answer : answers) {
            answer.get(30, TimeUnit.SECONDS);
        }
        assertEquals(2L, answered.stream().filter(v -> v == 2L).findFirst().orElseThrow(), "the computing reader gets the new value");
        assertEquals(2, computations.get());
        assertEquals(1, mostAtOnce.get());
        assertEquals(2L, pipeline.get(fresh, computation(new CountDownLatch(1), none)), "fresh, not recomputed");
        assertEquals(2, computations.get());
    }

    @Test
    void readersInAHammeringLoopNeverComputeTwiceAtOnceAndTheFirstValueIsWaitedFor() throws Exception {
        CountDownLatch none = new CountDownLatch(0);
        List<Future<?>> loops = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            loops.add(readers.submit(() -> {
                for (int read = 0; read < 200; read++) {
                    Long value = pipeline.get(fresh, computation(new CountDownLatch(1), none));
                    assertEquals(true, value != null && value >= 1, "a value, never none");
                    if (read % 50 == 0) {
                        version.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> loop : loops) {
            loop.get(60, TimeUnit.SECONDS);
        }
        assertEquals(1, mostAtOnce.get(), "one computation at a time");
    }

    @Test
    void anUpToDateReadWaitsForTheComputationUnderWay() throws Exception {
        CountDownLatch none = new CountDownLatch(0);
        pipeline.get(fresh, computation(new CountDownLatch(1), none));
        version.set(2);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> board = readers.submit(() -> pipeline.get(fresh, computation(started, release)));
        started.await(10, TimeUnit.SECONDS);
        Future<Long> importAnswer = readers.submit(() -> pipeline.getFresh(fresh, computation(new CountDownLatch(1), none)));
        release.countDown();
        assertEquals(2L, board.get(10, TimeUnit.SECONDS));
        assertEquals(2L, importAnswer.get(10, TimeUnit.SECONDS));
        assertEquals(2, computations.get(), "the waiting reader found the new value fresh");
    }
}
