package tickler.source.google;

/** What a running sync reports as it goes, beyond what its cursors record, for the status page. */
interface SyncProgress {

    /** A full sync of {@code stream} expects about {@code total} items. */
    void estimate(String stream, long total);

    /** A message that could not be read into an activity. */
    void skipped();
}
