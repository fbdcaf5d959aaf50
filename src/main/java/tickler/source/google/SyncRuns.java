package tickler.source.google;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What only this process knows of each account's syncs: the lock that keeps them one at a time
 * here (replicas are kept apart by a row claim in the store), and how the running one is going.
 */
@ApplicationScoped
class SyncRuns {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    ReentrantLock lock(String email) {
        return locks.computeIfAbsent(email, k -> new ReentrantLock());
    }

    Run run(String email) {
        return runs.computeIfAbsent(email, k -> new Run());
    }

    void forget(String email) {
        runs.remove(email);
    }

    /** Whether a sync runs, listing size estimates, messages that could not be read since start. */
    static final class Run implements SyncProgress {
        private volatile boolean running;
        private final Map<String, Long> totals = new ConcurrentHashMap<>();
        private final AtomicLong skipped = new AtomicLong();

        void start() {
            running = true;
        }

        void finished() {
            running = false;
        }

        boolean running() {
            return running;
        }

        Long total(String stream) {
            return totals.get(stream);
        }

        long skippedCount() {
            return skipped.get();
        }

        @Override
        public void estimate(String stream, long total) {
            totals.put(stream, total);
        }

        @Override
        public void skipped() {
            skipped.incrementAndGet();
        }
    }
}
