package tickler.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.hash.Hashing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An activity's own words ({@link Activity#text()}): held in memory, or, for an activity read from
 * the store, read again from the store when asked. A team's store holds a million messages of up to
 * {@value Activity#MAX_TEXT} characters each, more than a service's heap; what the inference reads
 * from them is kept apart ({@code tickler.lead.Readings}), so the words are seldom asked for again.
 * Two bodies are equal when their words are, which a stored body tells by a hash of them.
 */
public final class Body {

    /** Reads the words of a stored activity again, by its key, as they are now; {@code version} says which were read before. */
    @FunctionalInterface
    interface Reader {
        String textOf(String key, long version);

        /** Reads the words of these activities together, so that asking for each next is not one query each. */
        default void readAhead(Collection<Activity> activities) {
        }
    }

    static final Body NONE = new Body(null, null, null, 0);

    private final String held;
    private final String key;
    private final Reader reader;
    /** For held words, computed when first asked (most are never compared). */
    private long version;

    private Body(String held, String key, Reader reader, long version) {
        this.held = held;
        this.key = key;
        this.reader = reader;
        this.version = version;
    }

    /** Words held in memory, capped at {@link Activity#MAX_TEXT}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Body of(String text) {
        if (text == null) {
            return NONE;
        }
        return new Body(text.length() > Activity.MAX_TEXT ? text.substring(0, Activity.MAX_TEXT) : text, null, null, 0);
    }

    /** Words left in the store: only their hash stays in memory, to tell this version from another. */
    static Body stored(Body read, String key, Reader reader) {
        if (read.held == null || read.reader != null) {
            return read;
        }
        return new Body(null, key, reader, read.version());
    }

    /** The words, read from the store when they are not held; null when there are none. */
    @JsonValue
    public String text() {
        return reader == null ? held : reader.textOf(key, version);
    }

    /**
     * Reads the stored words of these activities from the store in a few queries, ahead of their
     * being asked for one by one: for a pass over many activities' words (one query each made a
     * pass over two years of a team's events take seconds).
     */
    public static void readAhead(Collection<Activity> activities) {
        Map<Reader, List<Activity>> byStore = new IdentityHashMap<>();
        for (Activity activity : activities) {
            Body body = activity.body();
            if (body.reader != null) {
                byStore.computeIfAbsent(body.reader, reader -> new ArrayList<>()).add(activity);
            }
        }
        byStore.forEach(Reader::readAhead);
    }

    /** Whether the words are left in the store. */
    boolean isStored() {
        return reader != null;
    }

    /** Which words these are, without them: 0 for none, else a hash of them. */
    static long versionOf(String text) {
        return text == null ? 0 : Hashing.murmur3_128().hashUnencodedChars(text).asLong() | 1;
    }

    long version() {
        if (reader == null && version == 0 && held != null) {
            version = versionOf(held);
        }
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Body that)) {
            return false;
        }
        if (reader == null && that.reader == null) {
            return Objects.equals(held, that.held);
        }
        return version() == that.version();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(version());
    }

    @Override
    public String toString() {
        return reader == null ? String.valueOf(held) : "(stored " + key + ")";
    }
}
