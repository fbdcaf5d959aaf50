package tickler.source.takeout;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import tickler.activity.Activity;
import tickler.activity.ActivitySink;
import tickler.activity.ActivityStore;
import tickler.identity.OwnerZone;

/**
 * Imports a Takeout archive, calendar or mailbox into the activity store, in batches, one import
 * at a time, reporting progress as it goes. Re-importing the same file changes nothing.
 */
@ApplicationScoped
public class TakeoutImport {

    /** Skipped items listed in one answer; the count stays exact beyond it. */
    private static final int MAX_LISTED_SKIPS = 1000;

    private final ActivityStore store;
    private final OwnerZone ownerZone;
    private final ImportConfig config;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final AtomicReference<ImportProgress> progress = new AtomicReference<>(ImportProgress.IDLE);

    TakeoutImport(ActivityStore store, OwnerZone ownerZone, ImportConfig config, Clock clock) {
        this.store = store;
        this.ownerZone = ownerZone;
        this.config = config;
        this.clock = clock;
    }

    public ImportProgress progress() {
        return progress.get();
    }

    /** Reads {@code file} (a zip, .ics, .mbox or folder); {@code name} is how the user calls it. */
    public ImportResult importFile(Path file, String name) throws IOException {
        oneAtATime.lock();
        Instant started = clock.instant();
        Batches batches = new Batches(name, started);
        try {
            progress.set(batches.snapshot(ImportProgress.State.RUNNING, null));
            Log.infof("Import of %s started", name);
            new TakeoutReader(readOptions()).read(file, name, batches, batches);
            batches.flush();
            progress.set(batches.snapshot(ImportProgress.State.DONE, null));
            Log.infof("Import of %s done: %d events, %d messages, %d new, %d changed, %d skipped",
                    name, batches.events, batches.messages, batches.saved.added(), batches.saved.updated(), batches.skippedCount);
            return new ImportResult(batches.events, batches.messages, batches.saved.added(), batches.saved.updated(),
                    List.copyOf(batches.skipped));
        } catch (IOException | RuntimeException e) {
            progress.set(batches.snapshot(ImportProgress.State.FAILED, e.getMessage()));
            Log.errorf("Import of %s failed after %d activities: %s", name, batches.events + batches.messages, e.getMessage());
            throw e;
        } finally {
            oneAtATime.unlock();
        }
    }

    private ReadOptions readOptions() {
        Instant now = clock.instant();
        return new ReadOptions(
                now.atZone(ZoneOffset.UTC).minus(config.recurrencePast()).toInstant(),
                now.atZone(ZoneOffset.UTC).plus(config.recurrenceFuture()).toInstant(),
                config.maxOccurrencesPerSeries(),
                "takeout");
    }

    /** Collects what the reader delivers and writes it in batches, keeping progress current. */
    private final class Batches implements ActivitySink, Progress {
        private final String name;
        private final Instant started;
        private final List<Activity> pending = new ArrayList<>();
        private final List<ImportResult.Skipped> skipped = new ArrayList<>();
        private ActivityStore.Saved saved = new ActivityStore.Saved(0, 0, 0);
        private long events;
        private long messages;
        private long skippedCount;
        private String item;
        private long bytesRead;
        private long totalBytes;
        private long lastLoggedPercent = -10;

        Batches(String name, Instant started) {
            this.name = name;
            this.started = started;
        }

        @Override
        public void activity(Activity activity) {
            if (activity.isEvent()) {
                events++;
            } else {
                messages++;
            }
            pending.add(activity);
            if (pending.size() >= config.batchSize()) {
                flush();
            }
        }

        @Override
        public void skipped(String what, String reason) {
            skippedCount++;
            if (skipped.size() < MAX_LISTED_SKIPS) {
                skipped.add(new ImportResult.Skipped(what, reason));
            }
            Log.debugf("Skipped %s: %s", what, reason);
        }

        @Override
        public void calendar(String calendarName, String timeZone) {
            ownerZone.calendarRead(timeZone);
        }

        @Override
        public void item(String itemName) {
            item = itemName;
            publish();
        }

        @Override
        public void advanced(long read, long total) {
            bytesRead = read;
            totalBytes = total;
            publish();
        }

        void flush() {
            if (!pending.isEmpty()) {
                saved = saved.plus(store.save(List.copyOf(pending)));
                pending.clear();
            }
        }

        private void publish() {
            ImportProgress now = snapshot(ImportProgress.State.RUNNING, null);
            progress.set(now);
            if (now.percent() >= lastLoggedPercent + 10) {
                lastLoggedPercent = now.percent();
                Log.infof("Importing %s: %d%% (%s), %d events, %d messages, %d skipped",
                        name, now.percent(), item, events, messages, skippedCount);
            }
        }

        ImportProgress snapshot(ImportProgress.State state, String error) {
            Instant finished = state == ImportProgress.State.RUNNING ? null : clock.instant();
            return new ImportProgress(state, name, item, bytesRead, totalBytes, events, messages, skippedCount,
                    started, finished, error);
        }
    }
}
