package tickler.source.google;

/**
 * Where the sync of one stream stands, stored as JSON.
 *
 * @param token      the incremental cursor (Calendar syncToken, Gmail historyId); null while a full sync runs
 * @param pageToken  the next page of a running full sync; null at its start
 * @param generation the full sync that owns the items (see {@code google_item.generation})
 * @param since      Gmail: the historyId taken before a full sync listed, where history picks up after it
 * @param timeMin    Calendar: the window of the full sync, kept so a resumed sync asks the same question
 * @param timeMax    ditto
 * @param done       items a running full sync has read so far, for progress
 * @param name       Calendar: the calendar's name (as a Takeout file would call it)
 * @param timeZone   Calendar: its time zone, in which all-day events start
 */
public record Cursor(String token, String pageToken, long generation, String since, String timeMin, String timeMax,
                     long done, String name, String timeZone) {

    /** A stream never synced: its first full sync, generation 1. */
    static Cursor first(String name, String timeZone) {
        return new Cursor(null, null, 1, null, null, null, 0, name, timeZone);
    }

    boolean fullSyncRunning() {
        return token == null;
    }

    /** A fresh full sync, in a generation after this one. */
    Cursor restart() {
        return new Cursor(null, null, generation + 1, null, null, null, 0, name, timeZone);
    }

    Cursor page(String next, long read) {
        return new Cursor(token, next, generation, since, timeMin, timeMax, done + read, name, timeZone);
    }

    Cursor named(String newName, String newTimeZone) {
        return new Cursor(token, pageToken, generation, since, timeMin, timeMax, done, newName, newTimeZone);
    }

    Cursor incremental(String newToken) {
        return new Cursor(newToken, null, generation, null, null, null, done, name, timeZone);
    }
}
