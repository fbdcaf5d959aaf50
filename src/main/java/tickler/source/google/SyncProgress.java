package tickler.source.google;

/** What a running sync reports as it goes, for the status page. */
interface SyncProgress {

    /** A full sync of {@code stream} has read {@code done} items of about {@code total} (null: unknown). */
    void fullSync(String stream, long done, Long total);

    /** A message that could not be read into an activity. */
    void skipped();
}
