package tickler.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import tickler.store.Database;

/**
 * Activities by their source-independent key ({@link ActivityKeys}). {@code save} is the one door
 * by which every source's activities enter: an upsert, so an unchanged activity is not written
 * again and a repeated import or sync changes nothing.
 */
@ApplicationScoped
public class ActivityStore {

    /** Keys longer than the column are replaced by their hash; they are still unique. */
    private static final int MAX_KEY = 400;
    private static final int KEYS_PER_QUERY = 100;
    private static final int RECENT_TEXTS = 4096;

    private final Database database;
    private final ObjectMapper json;
    /**
     * Bumped after every change commits, never before, so whatever a reader derives from the
     * activities it reads after seeing version v includes every change counted in v.
     */
    private final AtomicLong version = new AtomicLong();
    private final ChangeLog changes = new ChangeLog();
    /** Activities read from the store share what they hold alike, and leave their words here. */
    private final SharedValues shared = new SharedValues(new Body.Reader() {
        @Override
        public String textOf(String key, long version) {
            return ActivityStore.this.textOf(key, version);
        }

        @Override
        public void readAhead(Collection<Activity> activities) {
            readWords(activities);
        }
    });
    /**
     * The words read again most recently: the inference asks for one correspondent's activities
     * several times in a row, and a lead page for its timeline's.
     */
    private final Map<String, RecentWords> recentTexts = Collections.synchronizedMap(new LinkedHashMap<>(RECENT_TEXTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RecentWords> eldest) {
            return size() > RECENT_TEXTS;
        }
    });

    ActivityStore(Database database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    public record Saved(int added, int updated, int unchanged) {
        public Saved plus(Saved other) {
            return new Saved(added + other.added, updated + other.updated, unchanged + other.unchanged);
        }
    }

    /** Upserts a batch in one transaction. */
    public Saved save(List<Activity> batch) {
        return database.inTransaction(connection -> save(connection, batch));
    }

    /**
     * Upserts a batch inside the caller's transaction, so a sync can commit its cursor with
     * the activities it covers.
     */
    public Saved save(Connection connection, List<Activity> batch) throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Activity activity : batch) {
            String data = write(activity);
            rows.put(storedKey(activity.key()), new Row(activity, data, sha256(data)));
        }
        Map<String, Known> existing = fingerprints(connection, rows.keySet());
        int added = 0;
        int updated = 0;
        Instant earliest = Instant.MAX;
        Map<String, Instant> changedAt = new HashMap<>();
        Map<String, Instant> earlierAt = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO activity (activity_key, kind, occurred_at, fingerprint, data) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE activity SET kind = ?, occurred_at = ?, fingerprint = ?, data = ? WHERE activity_key = ?")) {
            for (Map.Entry<String, Row> entry : rows.entrySet()) {
                Row row = entry.getValue();
                Known known = existing.get(entry.getKey());
                if (known == null) {
                    earliest = earlier(earliest, row.activity.at());
                    insert.setString(1, entry.getKey());
                    insert.setString(2, row.activity.kind().name());
                    insert.setTimestamp(3, Timestamp.from(row.activity.at()));
                    insert.setString(4, row.fingerprint);
                    insert.setString(5, row.data);
                    insert.addBatch();
                    changedAt.put(entry.getKey(), row.activity.at());
                    added++;
                } else if (!known.fingerprint().equals(row.fingerprint)) {
                    earliest = earlier(earlier(earliest, row.activity.at()), known.at());
                    update.setString(1, row.activity.kind().name());
                    update.setTimestamp(2, Timestamp.from(row.activity.at()));
                    update.setString(3, row.fingerprint);
                    update.setString(4, row.data);
                    update.setString(5, entry.getKey());
                    update.addBatch();
                    changedAt.put(entry.getKey(), row.activity.at());
                    earlierAt.put(entry.getKey(), known.at());
                    updated++;
                }
            }
            if (added > 0) {
                insert.executeBatch();
            }
            if (updated > 0) {
                update.executeBatch();
            }
        }
        if (added + updated > 0) {
            committed(connection, earliest, changedAt, earlierAt);
        }
        return new Saved(added, updated, rows.size() - added - updated);
    }

    /** Removes activities by key, e.g. a cancelled occurrence or a deleted message. */
    public int delete(Connection connection, List<String> keys) throws SQLException {
        int removed = 0;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM activity WHERE activity_key = ?")) {
            for (String key : keys) {
                delete.setString(1, storedKey(key));
                removed += delete.executeUpdate();
            }
        }
        if (removed > 0) {
            committed(connection, Instant.MIN, null, Map.of());
        }
        return removed;
    }

    /** Forgets every activity, e.g. the demo when the user's own data arrives. */
    public void clear() {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM activity")) {
                return delete.executeUpdate();
            }
        });
        publish(Instant.MIN, null, Map.of());
    }

    public List<Activity> all() {
        return database.inTransaction(connection -> {
            List<Activity> activities = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT data FROM activity ORDER BY occurred_at, id");
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    activities.add(read(result.getString(1)));
                }
            }
            return activities;
        });
    }

    public long count() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM activity");
                 ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    public long version() {
        return version.get();
    }

    /**
     * The earliest moment the changes committed after {@code sinceVersion} touched ({@link Instant#MAX}
     * when nothing changed): what was derived from the activities before it still holds. A removal,
     * or a version too old to remember, answers {@link Instant#MIN}.
     */
    public Instant earliestChangeSince(long sinceVersion) {
        return changes.earliestSince(sinceVersion, version.get());
    }

    /**
     * The activities added or changed by the commits after {@code sinceVersion}, as they are now, so
     * a reader holding that version's activities need not read them all again; empty when that is
     * not known (a removal, or a version too old to remember): then read {@link #all}.
     */
    public Optional<Changes> changedSince(long sinceVersion) {
        Optional<ChangeLog.Keys> keys = changes.keysSince(sinceVersion, version.get());
        if (keys.isEmpty() || keys.get().keys().isEmpty()) {
            return keys.map(none -> new Changes(List.of(), Map.of(), Map.of()));
        }
        return Optional.of(database.inTransaction(connection -> {
            List<Activity> changed = new ArrayList<>();
            Map<String, Instant> heldAt = new HashMap<>();
            Map<String, Set<Instant>> since = new HashMap<>();
            selectByKeys(connection, "activity_key, data", keys.get().keys(), row -> {
                // What changed is read by the rules next: its words are kept at hand.
                Activity activity = read(row.getString(2), true);
                changed.add(activity);
                String stored = row.getString(1);
                if (keys.get().heldAt().containsKey(stored)) {
                    heldAt.put(activity.key(), keys.get().heldAt().get(stored));
                }
                since.put(activity.key(), keys.get().since().get(stored));
            });
            return new Changes(changed, heldAt, since);
        }));
    }

    /**
     * Activities added or changed after a version, as they are now.
     *
     * @param heldAt the moment each had in that version, by key, for those it held
     * @param since  the moments each had after each change since, by key: a reader that read the
     *               store a little after that version may hold one of those versions
     */
    public record Changes(List<Activity> activities, Map<String, Instant> heldAt, Map<String, Set<Instant>> since) {
    }

    /** The version moves after the commit, never before; the period and keys the change touched with it. */
    private void committed(Connection connection, Instant earliest, Map<String, Instant> changedAt, Map<String, Instant> earlierAt) {
        database.afterCommit(connection, () -> publish(earliest, changedAt, earlierAt));
    }

    /** The change is in the log before its version is visible, so whoever sees a version can ask what it changed. */
    private synchronized void publish(Instant earliest, Map<String, Instant> changedAt, Map<String, Instant> earlierAt) {
        long next = version.get() + 1;
        changes.record(next, earliest, changedAt, earlierAt);
        version.set(next);
    }

    private static Instant earlier(Instant a, Instant b) {
        return b.isBefore(a) ? b : a;
    }

    private record Known(String fingerprint, Instant at) {
    }

    private Map<String, Known> fingerprints(Connection connection, Collection<String> keys) throws SQLException {
        Map<String, Known> found = new HashMap<>();
        selectByKeys(connection, "activity_key, fingerprint, occurred_at", keys,
                row -> found.put(row.getString(1), new Known(row.getString(2), row.getTimestamp(3).toInstant())));
        return found;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** The columns of the activities with these stored keys, a bounded number of keys per query. */
    private static void selectByKeys(Connection connection, String columns, Collection<String> keys, RowReader reader)
            throws SQLException {
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + columns + " FROM activity WHERE activity_key IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        reader.read(result);
                    }
                }
            }
        }
    }

    private static String storedKey(String key) {
        return key.length() <= MAX_KEY ? key : "sha256:" + sha256(key);
    }

    private String write(Activity activity) {
        try {
            return json.writeValueAsString(activity);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Activity cannot be stored: " + activity.key(), e);
        }
    }

    /**
     * Reads the words of these activities from the store in a few queries, so that showing them
     * (a lead's timeline) or reading them in a pass over many ({@link Body#readAhead}) does not
     * read them one by one.
     */
    public void readWords(Collection<Activity> activities) {
        Map<String, Long> wanted = new HashMap<>();
        for (Activity activity : activities) {
            Body body = activity.body();
            RecentWords recent = recentTexts.get(activity.key());
            if (body.isStored() && (recent == null || recent.version() != body.version())) {
                wanted.put(storedKey(activity.key()), body.version());
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            selectByKeys(connection, "data", wanted.keySet(), row -> {
                StoredWords stored = wordsIn(row.getString(1));
                RecentWords words = RecentWords.of(stored.text());
                if (words != null && words.version() == wanted.getOrDefault(storedKey(stored.key()), 0L)) {
                    recentTexts.put(stored.key(), words);
                }
            });
            return null;
        });
    }

    /**
     * The words of the activity as stored now ({@link Body}); null when it has none or is gone. An
     * activity changed since its {@code version} was read gives its new words (the reader holding
     * the old version reads the change next); only the words of the version asked for are kept.
     */
    private String textOf(String key, long version) {
        RecentWords recent = recentTexts.get(key);
        if (recent != null && recent.version() == version) {
            return recent.text();
        }
        String[] text = {null};
        database.inTransaction(connection -> {
            selectByKeys(connection, "data", List.of(storedKey(key)), row -> text[0] = wordsIn(row.getString(1)).text());
            return null;
        });
        RecentWords words = RecentWords.of(text[0]);
        if (words != null && words.version() == version) {
            recentTexts.put(key, words);
        }
        return text[0];
    }

    private record StoredWords(String key, String text) {
    }

    /** RecentWords read again, with their hash, so that a cache hit is not hashed again. */
    private record RecentWords(String text, long version) {
        /** null for no words */
        static RecentWords of(String text) {
            return text == null ? null : new RecentWords(text, Body.versionOf(text));
        }
    }

    private StoredWords wordsIn(String data) {
        try {
            JsonNode stored = json.readTree(data);
            return new StoredWords(stored.path("key").textValue(), stored.path("text").textValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored activity cannot be read", e);
        }
    }

    private Activity read(String data) {
        return read(data, false);
    }

    private Activity read(String data, boolean keepWordsAtHand) {
        try {
            Activity parsed = json.readValue(data, Activity.class);
            if (keepWordsAtHand && parsed.text() != null) {
                recentTexts.put(parsed.key(), RecentWords.of(parsed.text()));
            }
            return shared.of(parsed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored activity cannot be read", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(Activity activity, String data, String fingerprint) {
    }
}
