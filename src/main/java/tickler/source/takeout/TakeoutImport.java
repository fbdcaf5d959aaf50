package tickler.source.takeout;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import tickler.activity.Activity;
import tickler.activity.Bounded;
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
    /** An item's name or reason quotes the input (a subject, a header): hostile input must not make it huge. */
    private static final int MAX_SKIP_CHARS = 500;

    private final ActivityStore store;
    private final OwnerZone ownerZone;
    private final ImportConfig config;
    private final Clock clock;
    private final Event<UserDataArriving> userData;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final AtomicReference<ImportProgress> progress = new AtomicReference<>(ImportProgress.IDLE);

    TakeoutImport(ActivityStore store, OwnerZone ownerZone, ImportConfig config, Clock clock,
                  Event<UserDataArriving> userData) {
        this.userData = userData;
        this.store = store;
        this.ownerZone = ownerZone;
        this.config = config;
        this.clock = clock;
    }

    public ImportProgress progress() {
        return progress.get();
    }

    /** Whose file an import reads. */
    public enum Origin {
        /** The user's own: {@link UserDataArriving} is fired before its first write. */
        USER,
        /** Bundled with the service (the demo): it replaces nothing. */
        BUNDLED
    }

    /**
     * Reads the user's {@code file} (a zip, .ics, .mbox or folder); {@code name} is how the user calls it.
     *
     * @throws ImportFailedException the import stopped, for whatever reason: progress says FAILED
     *                               with that reason, never RUNNING
     */
    public ImportResult importFile(Path file, String name) throws ImportFailedException {
        return importFile(file, name, Origin.USER);
    }

    /** As {@link #importFile(Path, String)}, for a file of the given origin. */
    public ImportResult importFile(Path file, String name, Origin origin) throws ImportFailedException {
        return importing(name, origin, (reader, batches) -> reader.read(file, name, batches, batches));
    }

    /**
     * Reads the user's upload as it arrives: a calendar or mailbox is imported while its bytes come
     * in; a zip, which is read from its end, is first kept whole in {@code spoolDirectory}.
     *
     * @param totalBytes what progress counts up to, about the upload's size (-1 when unknown)
     */
    public ImportResult importUpload(InputStream upload, String name, long totalBytes, Path spoolDirectory)
            throws ImportFailedException {
        BufferedInputStream in = new BufferedInputStream(upload, 64 * 1024);
        boolean zip;
        try {
            in.mark(TakeoutReader.ZIP_SIGNATURE);
            zip = TakeoutReader.isZip(in.readNBytes(TakeoutReader.ZIP_SIGNATURE));
            in.reset();
        } catch (IOException e) {
            throw new ImportFailedException("the upload stopped: " + ImportFailedException.reason(e), e);
        }
        if (!zip) {
            return importing(name, Origin.USER, (reader, batches) -> reader.read(in, name, totalBytes, batches, batches));
        }
        Path spooled;
        try {
            spooled = keepWhole(in, spoolDirectory);
        } catch (IOException e) {
            throw new ImportFailedException("the upload stopped: " + ImportFailedException.reason(e), e);
        }
        try {
            return importFile(spooled, name);
        } finally {
            deleteQuietly(spooled);
        }
    }

    /**
     * Keeps an upload whole in a new file of {@code directory}, for what cannot be read as it arrives
     * (a zip, or a file whose anti-forgery token comes after it); nothing is left behind when the upload stops.
     */
    public static Path keepWhole(InputStream upload, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path kept = Files.createTempFile(directory, "upload-", ".part");
        try {
            Files.copy(upload, kept, StandardCopyOption.REPLACE_EXISTING);
            return kept;
        } catch (IOException e) {
            deleteQuietly(kept);
            throw e;
        }
    }

    /** Deletes an upload kept whole; a failure is logged, not thrown: the import's answer matters more. */
    public static void deleteQuietly(Path kept) {
        try {
            Files.deleteIfExists(kept);
        } catch (IOException e) {
            Log.warnf("Could not delete the upload kept in %s: %s", kept, e.getMessage());
        }
    }

    /** What one import reads, into the batches it is given. */
    @FunctionalInterface
    private interface Reading {
        void read(TakeoutReader reader, Batches batches) throws IOException;
    }

    private ImportResult importing(String name, Origin origin, Reading reading) throws ImportFailedException {
        Runnable beforeFirstWrite = origin == Origin.USER ? () -> userData.fire(new UserDataArriving(name)) : null;
        oneAtATime.lock();
        Instant started = clock.instant();
        Batches batches = new Batches(name, started, beforeFirstWrite);
        try {
            progress.set(batches.snapshot(ImportProgress.State.RUNNING, null));
            Log.infof("Import of %s started", name);
            reading.read(new TakeoutReader(readOptions()), batches);
            batches.flush();
            progress.set(batches.snapshot(ImportProgress.State.DONE, null));
            Log.infof("Import of %s done: %d events, %d messages, %d new, %d changed, %d skipped",
                    name, batches.events, batches.messages, batches.saved.added(), batches.saved.updated(),
                    batches.skippedCount);
            return new ImportResult(batches.events, batches.messages, batches.saved.added(), batches.saved.updated(),
                    List.copyOf(batches.skipped));
        } catch (Throwable e) {
            // Out of memory and stack overflow too: what the import held is dropped with it, so the
            // service goes on, and nobody is left polling an import that will never finish.
            batches.pending.clear();
            String reason = ImportFailedException.reason(e);
            progress.set(batches.snapshot(ImportProgress.State.FAILED, reason));
            Log.errorf("Import of %s failed after %d activities: %s", name,
                    batches.events + batches.messages, reason);
            throw new ImportFailedException(reason, e);
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Runs {@code work} while no import runs, and none starts until it is done. */
    public void exclusively(Runnable work) {
        oneAtATime.lock();
        try {
            work.run();
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
        private Runnable beforeFirstWrite;
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

        Batches(String name, Instant started, Runnable beforeFirstWrite) {
            this.name = name;
            this.started = started;
            this.beforeFirstWrite = beforeFirstWrite;
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
                skipped.add(new ImportResult.Skipped(Bounded.cut(what, MAX_SKIP_CHARS), Bounded.cut(reason, MAX_SKIP_CHARS)));
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
                if (beforeFirstWrite != null) {
                    Runnable once = beforeFirstWrite;
                    beforeFirstWrite = null;
                    once.run();
                }
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
