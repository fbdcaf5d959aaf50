package tickler.lead;

import java.util.Arrays;
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

    /**
     * The answers read from one version of an activity, as (correspondent, question, answer) triples
     * in one array: an activity is asked about five times on average, and an entry per answer cost
     * a team's store (a million activities) 300 MB more heap.
     */
    private record Read(Activity activity, Object[] answers) {
        boolean readFrom(Activity version) {
            return activity == version || activity.equals(version);
        }

        /** The answer, or {@link #UNREAD}. */
        Object answer(String lead, String what) {
            for (int i = 0; i < answers.length; i += 3) {
                if (answers[i].equals(lead) && answers[i + 1].equals(what)) {
                    return answers[i + 2];
                }
            }
            return UNREAD;
        }

        Read with(String lead, String what, Object value) {
            Object[] more = Arrays.copyOf(answers, answers.length + 3);
            more[answers.length] = lead;
            more[answers.length + 1] = what;
            more[answers.length + 2] = value;
            return new Read(activity, more);
        }
    }

    private static final Object UNREAD = new Object();
    private static final Object[] NOTHING = {};

    private final Map<String, Read> byActivity = new ConcurrentHashMap<>();
    /** The questions asked, one instance each, so that a million answers do not each keep their own copy of a name. */
    private final Map<String, String> questions = new ConcurrentHashMap<>();
    /** The links over the latest list of activities, from which the links as of its earlier moments are derived. */
    private volatile Linker.Links latestLinks;

    /**
     * The answer for this version of the activity; an edited activity (new content, same key) is
     * read again. Versions compare by reference first: the service hands the same objects to every
     * inference, and hashing a message's words for every question would cost as much as reading them.
     */
    @SuppressWarnings("unchecked")
    <T> T read(Activity activity, String lead, String what, Supplier<T> reader) {
        Read known = byActivity.get(activity.key());
        if (known != null && known.readFrom(activity)) {
            Object answer = known.answer(lead, what);
            if (answer != UNREAD) {
                return (T) answer;
            }
        }
        T value = reader.get();
        String question = questions.computeIfAbsent(what, name -> name);
        byActivity.compute(activity.key(), (key, read) -> (read != null && read.readFrom(activity)
                ? read : new Read(activity, NOTHING)).with(lead, question, value));
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
        byActivity.keySet().retainAll(activityKeys);
    }
}
