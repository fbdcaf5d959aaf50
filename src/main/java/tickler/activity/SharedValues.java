package tickler.activity;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One instance of each value many stored activities hold alike: the people taking part (a lead and
 * a salesperson write to each other hundreds of times), labels, threads, subjects (a thread's replies
 * share one), calendars and sources.
 * Every activity is kept in memory for the inference, and at a team's million activities these
 * copies were a third of the heap. The instances are held weakly, so a value no activity holds any
 * more is forgotten. The words themselves stay in the store ({@link Body}).
 */
final class SharedValues {

    private final Interner<Object> values = Interners.newWeakInterner();
    private final Body.Reader store;

    /** @param store reads an activity's words again; they are not kept in memory */
    SharedValues(Body.Reader store) {
        this.store = store;
    }

    Activity of(Activity activity) {
        List<Participant> participants = List.copyOf(activity.participants().stream().map(this::shared).toList());
        Set<String> labels = activity.labels().stream().map(this::shared).collect(Collectors.toUnmodifiableSet());
        return new Activity(activity.key(), activity.kind(), activity.at(), activity.end(), activity.allDay(),
                shared(activity.title()), Body.stored(activity.body(), activity.key(), store), shared(participants),
                shared(labels), shared(activity.threadId()),
                activity.attachments(), activity.headers(), shared(activity.calendar()), activity.recurring(),
                activity.created(), activity.link(), shared(activity.source()));
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        return value == null ? null : (T) values.intern(value);
    }
}
