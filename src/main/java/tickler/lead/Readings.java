package tickler.lead;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tickler.activity.Activity;

/**
 * What each activity's words tell the rules about one correspondent (a proposal, an acceptance, a
 * figure), read once per version of the activity and kept across inferences: recomputing the
 * pipeline every minute, or as of a month's end for a report, then costs the reading of what
 * changed, not of every message again. A reading depends only on the activity, the correspondent
 * and who is who, so one instance serves one {@link tickler.identity.Identity}. The links made
 * from the latest activities are kept with them ({@link Linker}).
 */
public final class Readings {

    private record Question(String activity, String lead, String what) {
    }

    /** The answer and the version of the activity it was read from. */
    private record Answer(Activity read, Object value) {
        boolean readFrom(Activity activity) {
            return read == activity || read.equals(activity);
        }
    }

    private final Map<Question, Answer> answers = new ConcurrentHashMap<>();
    /** The links over the latest list of activities, from which the links as of its earlier moments are derived. */
    private volatile Linker.Links latestLinks;

    /**
     * The answer for this version of the activity; an edited activity (new content, same key) is
     * read again. Versions compare by reference first: the service hands the same objects to every
     * inference, and hashing a message's words for every question would cost as much as reading them.
     */
    @SuppressWarnings("unchecked")
    <T> T read(Activity activity, String lead, String what, Supplier<T> reader) {
        Question question = new Question(activity.key(), lead, what);
        Answer known = answers.get(question);
        if (known != null && known.readFrom(activity)) {
            return (T) known.value();
        }
        T value = reader.get();
        answers.put(question, new Answer(activity, value));
        return value;
    }

    Linker.Links latestLinks() {
        return latestLinks;
    }

    void keepLatestLinks(Linker.Links links) {
        latestLinks = links;
    }

    /** Forgets the activities that are no longer stored. */
    public void keepOnly(Set<String> activityKeys) {
        answers.keySet().removeIf(question -> !activityKeys.contains(question.activity()));
    }
}
