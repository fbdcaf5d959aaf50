package tickler.lead;

import java.util.Arrays;
import java.util.IdentityHashMap;
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
    <T> T read(Activity activity, String lead, String what, Supplier<T> reader) {
        Read known = byActivity.get(activity.key());
        return answer(activity, known != null && known.readFrom(activity) ? known : null, lead, what, reader).value();
    }

    /**
     * The readings of one correspondent's activities within one decision: each activity is looked
     * up in the store-wide map once, not once per question (a decision asks about six questions of
     * each activity, and at a million activities each lookup misses the processor's caches).
     * Confined to one thread.
     */
    LeadReadings of(String lead) {
        return new LeadReadings(lead);
    }

    final class LeadReadings {
        private final String lead;
        private final Map<Activity, Read> looked = new IdentityHashMap<>();

        private LeadReadings(String lead) {
            this.lead = lead;
        }

        <T> T read(Activity activity, String what, Supplier<T> reader) {
            Read known = looked.get(activity);
            if (known == null) {
                Read stored = byActivity.get(activity.key());
                known = stored != null && stored.readFrom(activity) ? stored : null;
            }
            Answer<T> answer = answer(activity, known, lead, what, reader);
            if (answer.read() != null) {
                looked.put(activity, answer.read());
            }
            return answer.value();
        }
    }

    /** @param read the version of the activity its answers were last seen in, null when unknown */
    private record Answer<T>(T value, Read read) {
    }

    /** The answer kept in {@code known}, or read now and kept. */
    @SuppressWarnings("unchecked")
    private <T> Answer<T> answer(Activity activity, Read known, String lead, String what, Supplier<T> reader) {
        if (known != null) {
            Object answer = known.answer(lead, what);
            if (answer != UNREAD) {
                return new Answer<>((T) answer, known);
            }
        }
        T value = reader.get();
        String question = questions.computeIfAbsent(what, name -> name);
        Read kept = byActivity.compute(activity.key(), (key, read) -> (read != null && read.readFrom(activity)
                ? read : new Read(activity, NOTHING)).with(lead, question, value));
        return new Answer<>(value, kept);
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
