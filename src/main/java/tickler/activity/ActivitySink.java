package tickler.activity;

/** Where a source delivers what it reads. Sources know nothing of leads; they only fill this. */
public interface ActivitySink {

    void activity(Activity activity);

    /** An item that could not be read; the rest of the input goes on. */
    void skipped(String item, String reason);

    /** A calendar was read: its name and its time zone (IANA id), either may be null. */
    default void calendar(String name, String timeZone) {
    }
}
