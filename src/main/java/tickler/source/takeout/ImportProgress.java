package tickler.source.takeout;

import java.time.Instant;

/**
 * What an import is doing, for the page and {@code GET /api/import/progress}.
 *
 * @param state       IDLE before the first import, RUNNING, DONE or FAILED
 * @param file        the file being imported (its name as uploaded)
 * @param item        the calendar or mailbox inside it being read now
 * @param bytesRead   bytes of input read so far
 * @param totalBytes  bytes of input in all
 * @param events      event occurrences read so far
 * @param messages    messages read so far
 * @param skipped     items skipped so far
 * @param error       why a FAILED import stopped
 */
public record ImportProgress(
        State state,
        String file,
        String item,
        long bytesRead,
        long totalBytes,
        long events,
        long messages,
        long skipped,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    public enum State { IDLE, RUNNING, DONE, FAILED }

    static final ImportProgress IDLE = new ImportProgress(State.IDLE, null, null, 0, 0, 0, 0, 0, null, null, null);

    public int percent() {
        return totalBytes <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
