package tickler.source.google;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** The background service: every interval, an incremental sync of each account. */
@ApplicationScoped
public class SyncScheduler {

    private final GoogleSync sync;

    SyncScheduler(GoogleSync sync) {
        this.sync = sync;
    }

    /** A pass still running when the next is due is not doubled; per account, a lock keeps one sync. */
    @Scheduled(identity = "google-sync", every = "${tickler.google.sync-interval:5m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sync.syncAll();
    }
}
