package tickler.source.google;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.quarkus.logging.Log;
import tickler.activity.Activity;
import tickler.activity.ActivityStore;
import tickler.store.Database;

/**
 * Accounts, cursors and the Google-id-to-activity map. Methods taking a {@link Connection} run in
 * the caller's transaction, so cursors commit together with the activities they cover.
 */
@ApplicationScoped
public class GoogleStore {

    /** How an account is authorized (column auth). */
    private static final String OAUTH = "oauth";
    private static final String DELEGATED = "delegated";

    private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
    };

    private final Database database;
    private final ActivityStore activities;
    private final ObjectMapper json;

    GoogleStore(Database database, ActivityStore activities, ObjectMapper json) {
        this.database = database;
        this.activities = activities;
        this.json = json;
    }

    /**
     * A connected account.
     *
     * @param refreshToken    encrypted; null for a delegated account
     * @param delegated       a Workspace user synced through the service account's domain-wide
     *                        delegation rather than by its own consent
     * @param aliases         Gmail send-as addresses, the account's own included
     * @param labels          Gmail label ids to display names
     * @param directoryAt     when aliases, labels and calendars were last read
     * @param lastSyncAt      when the last sync ended, or null
     * @param lastSuccessAt   when a sync last completed, or null
     * @param lastError       what stopped the last sync, or null
     */
    public record Account(String email, String refreshToken, boolean delegated, String scopes, Instant connectedAt,
                          boolean reconnectNeeded, List<String> aliases, Map<String, String> labels,
                          Instant directoryAt, Instant lastSyncAt, Instant lastSuccessAt, String lastError) {
    }

    public Database database() {
        return database;
    }

    public List<Account> accounts() {
        return database.inTransaction(c -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT email, refresh_token, auth, scopes, connected_at, "
                    + "reconnect_needed, aliases, labels, directory_at, last_sync_at, last_success_at, last_error "
                    + "FROM google_account ORDER BY email");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Account(r.getString(1), r.getString(2), DELEGATED.equals(r.getString(3)), r.getString(4),
                            r.getTimestamp(5).toInstant(), r.getBoolean(6), lines(r.getString(7)), readLabels(r.getString(8)),
                            instant(r.getTimestamp(9)), instant(r.getTimestamp(10)), instant(r.getTimestamp(11)),
                            r.getString(12)));
                }
            }
            return out;
        });
    }

    public Optional<Account> account(String email) {
        return accounts().stream().filter(a -> a.email().equals(email)).findFirst();
    }

    /** Every address the connected accounts send as: the owner's addresses for identity. */
    public Set<String> ownerAddresses() {
        Set<String> out = new HashSet<>();
        for (Account a : accounts()) {
            out.add(a.email());
            out.addAll(a.aliases());
        }
        return out;
    }

    /**
     * Stores an account connected (or reconnected) by its user's consent; its cursors stay, so sync
     * resumes. A delegated user connecting this way (one taken off tickler.google.delegated-users,
     * say) is synced by consent from then on, unless the list still holds it.
     */
    void connect(String email, String encryptedToken, String scopes, Instant at) {
        database.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE google_account SET refresh_token = ?, auth = ?, "
                    + "scopes = ?, connected_at = ?, reconnect_needed = FALSE WHERE email = ?")) {
                u.setString(1, encryptedToken);
                u.setString(2, OAUTH);
                u.setString(3, scopes);
                u.setTimestamp(4, Timestamp.from(at));
                u.setString(5, email);
                if (u.executeUpdate() > 0) {
                    return null;
                }
            }
            insert(c, email, encryptedToken, OAUTH, scopes, at);
            return null;
        });
    }

    /**
     * Makes {@code email} an account synced through the service account's domain-wide delegation,
     * with the scopes now asked for: added when missing, taken over (its refresh token dropped)
     * when it was connected by consent, since the admin's list decides how its users are read.
     *
     * @return true when the account was added
     */
    boolean delegate(String email, String scopes, Instant at) {
        return database.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE google_account SET auth = ?, refresh_token = NULL, "
                    + "scopes = ?, reconnect_needed = CASE WHEN auth = ? THEN reconnect_needed ELSE FALSE END "
                    + "WHERE email = ? AND (auth <> ? OR scopes <> ?)")) {
                u.setString(1, DELEGATED);
                u.setString(2, scopes);
                u.setString(3, DELEGATED);
                u.setString(4, email);
                u.setString(5, DELEGATED);
                u.setString(6, scopes);
                u.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM google_account WHERE email = ?")) {
                s.setString(1, email);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return false;
                    }
                }
            }
            insert(c, email, null, DELEGATED, scopes, at);
            return true;
        });
    }

    private static void insert(Connection c, String email, String encryptedToken, String auth, String scopes, Instant at)
            throws SQLException {
        try (PreparedStatement i = c.prepareStatement("INSERT INTO google_account (email, refresh_token, auth, scopes, "
                + "connected_at, reconnect_needed, aliases, labels) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)");
             PreparedStatement lock = c.prepareStatement("INSERT INTO google_sync_lock (account_email) VALUES (?)")) {
            i.setString(1, email);
            i.setString(2, encryptedToken);
            i.setString(3, auth);
            i.setString(4, scopes);
            i.setTimestamp(5, Timestamp.from(at));
            i.setString(6, email);
            i.setString(7, "{}");
            i.executeUpdate();
            lock.setString(1, email);
            lock.executeUpdate();
        }
    }

    /** The right to sync an account, held across replicas until closed. */
    public interface Claim extends AutoCloseable {
        /**
         * Forgets the claimed account in the claim's own transaction: its token, cursors, the record
         * of which items it synced, and the claim's row, so no replica can claim it while it goes.
         * The activities stay; a later connect of the same account meets them again by their keys.
         */
        void forget();

        @Override
        void close();
    }

    private static final class RowClaim implements Claim {
        private final Connection connection;
        private final String email;

        RowClaim(Connection connection, String email) {
            this.connection = connection;
            this.email = email;
        }

        @Override
        public void forget() {
            try {
                for (String sql : List.of("DELETE FROM google_item WHERE account_email = ?",
                        "DELETE FROM google_cursor WHERE account_email = ?",
                        "DELETE FROM google_account WHERE email = ?",
                        "DELETE FROM google_sync_lock WHERE account_email = ?")) {
                    try (PreparedStatement d = connection.prepareStatement(sql)) {
                        d.setString(1, email);
                        d.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot forget Google account " + email, e);
            }
        }

        @Override
        public void close() {
            release(connection);
        }
    }

    /**
     * Claims an account for one sync: a row lock held by a connection of its own for the whole
     * sync. Empty when another replica holds it.
     */
    public Optional<Claim> claim(String email) {
        Connection c = null;
        try {
            c = database.connection();
            c.setAutoCommit(false);
            boolean locked;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT account_email FROM google_sync_lock WHERE account_email = ? FOR UPDATE SKIP LOCKED")) {
                s.setString(1, email);
                try (ResultSet r = s.executeQuery()) {
                    locked = r.next();
                }
            }
            if (!locked) {
                release(c);
                return Optional.empty();
            }
            return Optional.of(new RowClaim(c, email));
        } catch (SQLException e) {
            if (c != null) {
                release(c);
            }
            throw new IllegalStateException("cannot claim Google account " + email + " for sync", e);
        }
    }

    private static void release(Connection c) {
        try (c) {
            c.rollback();
        } catch (SQLException e) {
            Log.debugf("Releasing a sync claim: %s", e.getMessage());
        }
    }

    /** The outcome of a sync: {@code error} null when it completed, which also shows the account can sync. */
    void synced(String email, Instant at, String error) {
        database.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement(error == null
                    ? "UPDATE google_account SET last_sync_at = ?, last_success_at = ?, last_error = NULL, "
                    + "reconnect_needed = FALSE WHERE email = ?"
                    : "UPDATE google_account SET last_sync_at = ?, last_error = ? WHERE email = ?")) {
                u.setTimestamp(1, Timestamp.from(at));
                if (error == null) {
                    u.setTimestamp(2, Timestamp.from(at));
                } else {
                    u.setString(2, error.length() > 1000 ? error.substring(0, 1000) : error);
                }
                u.setString(3, email);
                return u.executeUpdate();
            }
        });
    }

    void reconnectNeeded(String email) {
        update("UPDATE google_account SET reconnect_needed = TRUE WHERE email = ?", email);
    }

    void replaceToken(String email, String encryptedToken) {
        update("UPDATE google_account SET refresh_token = ? WHERE email = ?", encryptedToken, email);
    }

    void directory(String email, Collection<String> aliases, Map<String, String> labels, Instant at) {
        database.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE google_account SET aliases = ?, labels = ?, directory_at = ? WHERE email = ?")) {
                u.setString(1, String.join("\n", aliases));
                u.setString(2, write(labels));
                u.setTimestamp(3, Timestamp.from(at));
                u.setString(4, email);
                return u.executeUpdate();
            }
        });
    }

    // ---- cursors ----------------------------------------------------------------------------

    public Map<String, Cursor> cursors(String email) {
        return database.inTransaction(c -> {
            Map<String, Cursor> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT stream, cursor_state FROM google_cursor WHERE account_email = ? ORDER BY stream")) {
                s.setString(1, email);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), readCursor(r.getString(2)));
                    }
                }
            }
            return out;
        });
    }

    Cursor cursor(String email, String stream) {
        return cursors(email).get(stream);
    }

    void putCursor(Connection c, String email, String stream, Cursor cursor) throws SQLException {
        try (PreparedStatement u = c.prepareStatement(
                "UPDATE google_cursor SET cursor_state = ? WHERE account_email = ? AND stream = ?")) {
            u.setString(1, write(cursor));
            u.setString(2, email);
            u.setString(3, stream);
            if (u.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement i = c.prepareStatement(
                "INSERT INTO google_cursor (account_email, stream, cursor_state) VALUES (?, ?, ?)")) {
            i.setString(1, email);
            i.setString(2, stream);
            i.setString(3, write(cursor));
            i.executeUpdate();
        }
    }

    void putCursor(String email, String stream, Cursor cursor) {
        database.inTransaction(c -> {
            putCursor(c, email, stream, cursor);
            return null;
        });
    }

    /** Forgets a stream (a calendar no longer listed): its cursor, its items and their activities. */
    void dropStream(String email, String stream) {
        database.inTransaction(c -> {
            sweep(c, email, stream, Long.MAX_VALUE);
            try (PreparedStatement d = c.prepareStatement("DELETE FROM google_cursor WHERE account_email = ? AND stream = ?")) {
                d.setString(1, email);
                d.setString(2, stream);
                d.executeUpdate();
            }
            return null;
        });
    }

    // ---- items ------------------------------------------------------------------------------

    /** An item as synced: its Google id, the series it belongs to (events), and its activity's key. */
    record Item(String id, String seriesId, String key) {
    }

    /**
     * What one page of a stream brought: activities with their items, and the ids now gone (deleted,
     * cancelled, unreadable). {@code seriesGone}: a gone id takes its series' instances with it.
     */
    record Page(List<Activity> activities, List<Item> items, Collection<String> gone, boolean seriesGone) {
    }

    /**
     * Commits a page with the cursor after it (or none, when replaying the page changes nothing),
     * in one transaction: a crash leaves the stream either before the page or after it. A full sync's
     * last page sweeps what its generation did not see.
     */
    void commit(String email, String stream, Page page, long generation, boolean finishFull, Cursor after) {
        database.inTransaction(c -> {
            activities.save(c, page.activities());
            putItems(c, email, stream, page.items(), generation);
            removeItems(c, email, stream, page.gone(), page.seriesGone());
            if (finishFull) {
                sweep(c, email, stream, generation);
            }
            if (after != null) {
                putCursor(c, email, stream, after);
            }
            return null;
        });
    }

    /** The ids among {@code ids} already recorded in {@code generation}: a resumed full sync skips them. */
    Set<String> seenIn(String email, String stream, Collection<String> ids, long generation) {
        return database.inTransaction(c -> {
            Set<String> out = new HashSet<>();
            for (List<String> chunk : chunks(new ArrayList<>(ids), 100)) {
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement s = c.prepareStatement("SELECT item_id FROM google_item WHERE account_email = ? "
                        + "AND stream = ? AND generation = ? AND item_id IN (" + marks + ")")) {
                    s.setString(1, email);
                    s.setString(2, stream);
                    s.setLong(3, generation);
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(4 + i, chunk.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            out.add(r.getString(1));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * Records items as seen in {@code generation}. An item whose activity key changed (an event moved,
     * so its start and key changed) loses its old activity.
     */
    void putItems(Connection c, String email, String stream, List<Item> items, long generation) throws SQLException {
        Map<String, String> old = keysOf(c, email, stream, items.stream().map(Item::id).toList());
        List<String> orphaned = new ArrayList<>();
        try (PreparedStatement u = c.prepareStatement("UPDATE google_item SET series_id = ?, activity_key = ?, "
                + "generation = ? WHERE account_email = ? AND stream = ? AND item_id = ?");
             PreparedStatement i = c.prepareStatement("INSERT INTO google_item (account_email, stream, item_id, "
                     + "series_id, activity_key, generation) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Item item : items) {
                String before = old.get(item.id());
                if (before != null) {
                    u.setString(1, item.seriesId());
                    u.setString(2, item.key());
                    u.setLong(3, generation);
                    u.setString(4, email);
                    u.setString(5, stream);
                    u.setString(6, item.id());
                    u.addBatch();
                    if (!before.equals(item.key())) {
                        orphaned.add(before);
                    }
                } else {
                    i.setString(1, email);
                    i.setString(2, stream);
                    i.setString(3, item.id());
                    i.setString(4, item.seriesId());
                    i.setString(5, item.key());
                    i.setLong(6, generation);
                    i.addBatch();
                }
            }
            u.executeBatch();
            i.executeBatch();
        }
        deleteUnreferenced(c, orphaned);
    }

    /** Removes items by Google id (and, for a cancelled series, its instances) with their activities. */
    int removeItems(Connection c, String email, String stream, Collection<String> ids, boolean withSeries) throws SQLException {
        List<String> keys = new ArrayList<>();
        for (String id : ids) {
            String where = withSeries ? "(item_id = ? OR series_id = ?)" : "item_id = ?";
            try (PreparedStatement s = c.prepareStatement("SELECT activity_key FROM google_item WHERE account_email = ? "
                    + "AND stream = ? AND " + where);
                 PreparedStatement d = c.prepareStatement("DELETE FROM google_item WHERE account_email = ? "
                         + "AND stream = ? AND " + where)) {
                for (PreparedStatement p : List.of(s, d)) {
                    p.setString(1, email);
                    p.setString(2, stream);
                    p.setString(3, id);
                    if (withSeries) {
                        p.setString(4, id);
                    }
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        keys.add(r.getString(1));
                    }
                }
                d.executeUpdate();
            }
        }
        return deleteUnreferenced(c, keys);
    }

    /** After a finished full sync: what it did not see (older generations) no longer exists. */
    int sweep(Connection c, String email, String stream, long generation) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT activity_key FROM google_item WHERE account_email = ? "
                + "AND stream = ? AND generation < ?")) {
            s.setString(1, email);
            s.setString(2, stream);
            s.setLong(3, generation);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
        }
        try (PreparedStatement d = c.prepareStatement("DELETE FROM google_item WHERE account_email = ? "
                + "AND stream = ? AND generation < ?")) {
            d.setString(1, email);
            d.setString(2, stream);
            d.setLong(3, generation);
            d.executeUpdate();
        }
        return deleteUnreferenced(c, keys);
    }

    /** Items per stream, for status. */
    Map<String, Long> itemCounts(String email) {
        return database.inTransaction(c -> {
            Map<String, Long> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT stream, COUNT(*) FROM google_item WHERE account_email = ? GROUP BY stream")) {
                s.setString(1, email);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), r.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    private Map<String, String> keysOf(Connection c, String email, String stream, List<String> ids) throws SQLException {
        Map<String, String> out = new HashMap<>();
        for (List<String> chunk : chunks(ids, 100)) {
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT item_id, activity_key FROM google_item "
                    + "WHERE account_email = ? AND stream = ? AND item_id IN (" + marks + ")")) {
                s.setString(1, email);
                s.setString(2, stream);
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(3 + i, chunk.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), r.getString(2));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Deletes the activities of {@code keys} that no remaining item refers to: the same message
     * synced through two accounts stays while one still has it.
     */
    private int deleteUnreferenced(Connection c, Collection<String> keys) throws SQLException {
        List<String> gone = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM google_item WHERE activity_key = ?")) {
            for (String key : new HashSet<>(keys)) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        gone.add(key);
                    }
                }
            }
        }
        return gone.isEmpty() ? 0 : activities.delete(c, gone);
    }

    private void update(String sql, String... args) {
        database.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    u.setString(i + 1, args[i]);
                }
                return u.executeUpdate();
            }
        });
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static List<String> lines(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.split("\n"));
    }

    private Map<String, String> readLabels(String s) {
        try {
            return json.readValue(s, LABELS);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private Cursor readCursor(String s) {
        try {
            return json.readValue(s, Cursor.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable sync cursor", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
