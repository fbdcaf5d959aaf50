package tickler.activity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The order the service holds activities in, and finding a moment in a list held in it without reading the list. */
public final class Chronology {

    /** By start, then by key: a total order, so equal lists sort the same however they were read. */
    public static final Comparator<Activity> ORDER = Comparator.comparing(Activity::at).thenComparing(Activity::key);

    private Chronology() {
    }

    /** The position of the first activity not before (at, key) in a list in {@link #ORDER}. */
    public static int firstNotBefore(List<Activity> activities, Instant at, String key) {
        int low = 0;
        int high = activities.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            Activity probe = activities.get(middle);
            int order = probe.at().compareTo(at);
            if (order < 0 || order == 0 && probe.key().compareTo(key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The activities starting in [from, until) of a list in {@link #ORDER}, as a view of it. */
    public static List<Activity> between(List<Activity> activities, Instant from, Instant until) {
        int first = firstNotBefore(activities, from, "");
        return activities.subList(first, Math.max(first, firstNotBefore(activities, until, "")));
    }
}
