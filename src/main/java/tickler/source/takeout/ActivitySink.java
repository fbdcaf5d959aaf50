package tickler.source.takeout;

import tickler.activity.Activity;

/**
 * Where the file readers deliver what they read, one item at a time, so a large Takeout is
 * never held whole. The import batches it into {@link tickler.activity.ActivityStore#save}, the
 * one door by which activities of every source enter the store.
 */
interface ActivitySink {

    void activity(Activity activity);

    /** An item that could not be read; the rest of the input goes on. */
    void skipped(String item, String reason);

    /** A calendar was read: its name and its time zone (IANA id), either may be null. */
    default void calendar(String name, String timeZone) {
    }
}
