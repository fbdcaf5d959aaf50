package tickler.digest;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tickler.store.Database;

/**
 * Which digests went where, kept in the store. A scheduled send is claimed under a unique key
 * (kind, period, channel) before it goes out and marked after, so however many replicas and
 * restarts, one period goes to one channel once. Every statement stands alone (autocommit): a
 * claim is won by the one INSERT or conditional UPDATE that changes a row.
 */
@ApplicationScoped
class DigestLedger {

    /** Where connections come from: the active data source, or in a test any other. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    /** A send that this replica may make; {@code resend}: a replica stopped in the middle of it before. */
    record Attempt(long id, int attempt, boolean resend) {
    }

    /** A claimed period to try again: failed and due, or left "sending" by a replica that stopped. */
    record Retry(Kind kind, String period, String channel) {
    }

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_ERROR = 1000;
    private static final String COLUMNS = "id, digest_kind, period, channel, status, claim_key, attempts, resent, "
            + "attempt_at, next_attempt_at, sent_at, items, last_error";

    private final Connections connections;

    @Inject
    DigestLedger(Database database) {
        this(database::connection);
    }

    DigestLedger(Connections connections) {
        this.connections = connections;
    }

    /**
     * Claims a scheduled send: the first claim of the period, a failed one whose retry is due, or
     * one left "sending" longer than {@code sendTimeout} (sent once more, at most once). Empty when
     * it is sent, being sent, or not due again yet.
     */
    Optional<Attempt> claim(Period period, String channel, Instant now, Duration sendTimeout) {
        String key = period.kind().label() + "/" + period.key() + "/" + channel;
        try (Connection connection = connections.open()) {
            try {
                return Optional.of(new Attempt(insert(connection, key, period, channel, now), 1, false));
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            return takeOver(connection, key, now, sendTimeout);
        } catch (SQLException e) {
            throw new IllegalStateException("Digest store: " + e.getMessage(), e);
        }
    }

    /** A send asked for now: recorded, never claimed, so it goes whatever went before. */
    Attempt record(Period period, String channel, Instant now) {
        try (Connection connection = connections.open()) {
            return new Attempt(insert(connection, null, period, channel, now), 1, false);
        } catch (SQLException e) {
            throw new IllegalStateException("Digest store: " + e.getMessage(), e);
        }
    }

    void sent(Attempt attempt, Instant now, int items) {
        update("UPDATE digest_send SET status = ?, sent_at = ?, items = ?, next_attempt_at = NULL, last_error = NULL WHERE id = ?",
                SendRecord.SENT, now, items, attempt.id());
    }

    void empty(Attempt attempt) {
        update("UPDATE digest_send SET status = ?, items = 0, next_attempt_at = NULL WHERE id = ?", SendRecord.EMPTY, attempt.id());
    }

    /** Failed; tried again at {@code retryAt}, or not at all when that is null (a send asked for). */
    void failed(Attempt attempt, String error, Instant retryAt) {
        finish(attempt, SendRecord.FAILED, error, retryAt);
    }

    /** Failed for good: retried for as long as retries go. */
    void gaveUp(Attempt attempt, String error) {
        finish(attempt, SendRecord.GAVE_UP, error, null);
    }

    private void finish(Attempt attempt, String status, String error, Instant retryAt) {
        String message = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        update("UPDATE digest_send SET status = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                status, retryAt, message, attempt.id());
    }

    /** When the first attempt of a claimed send was made: retries stop a while after it. */
    Instant firstAttemptAt(Attempt attempt) {
        return query("SELECT claimed_at FROM digest_send WHERE id = ?", result -> instant(result, 1), attempt.id())
                .get(0);
    }

    List<Retry> retries(Instant now, Duration sendTimeout) {
        return query("SELECT digest_kind, period, channel FROM digest_send WHERE claim_key IS NOT NULL AND "
                        + "((status = ? AND next_attempt_at <= ?) OR (status = ? AND attempt_at < ?))",
                result -> new Retry(Kind.of(result.getString(1)).orElseThrow(), result.getString(2), result.getString(3)),
                SendRecord.FAILED, now, SendRecord.SENDING, now.minus(sendTimeout));
    }

    /** The latest sends, newest first. */
    List<SendRecord> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM digest_send ORDER BY attempt_at DESC, id DESC LIMIT " + limit,
                DigestLedger::record);
    }

    private long insert(Connection connection, String key, Period period, String channel, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO digest_send (claim_key, digest_kind, "
                + "period, channel, status, attempts, resent, claimed_at, attempt_at) VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?)",
                new String[] {"id"})) {
            bind(insert, key, period.kind().label(), period.key(), channel, SendRecord.SENDING, now, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private Optional<Attempt> takeOver(Connection connection, String key, Instant now, Duration sendTimeout) throws SQLException {
        SendRecord claimed;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM digest_send WHERE claim_key = ?")) {
            select.setString(1, key);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                claimed = record(result);
            }
        }
        boolean retryDue = SendRecord.FAILED.equals(claimed.status()) && !claimed.nextAttemptAt().isAfter(now);
        boolean interrupted = SendRecord.SENDING.equals(claimed.status()) && claimed.attemptAt().isBefore(now.minus(sendTimeout));
        if (interrupted && claimed.resent()) {
            Log.errorf("Digest %s was interrupted twice while sending; it may have arrived, it is not sent again", key);
            update(connection, "UPDATE digest_send SET status = ?, last_error = ? WHERE id = ? AND status = ? AND attempts = ?",
                    SendRecord.GAVE_UP, "interrupted twice while sending: it may or may not have arrived",
                    claimed.id(), SendRecord.SENDING, claimed.attempts());
            return Optional.empty();
        }
        if (!retryDue && !interrupted) {
            return Optional.empty();
        }
        int won = update(connection, "UPDATE digest_send SET status = ?, attempts = attempts + 1, resent = resent + ?, "
                        + "attempt_at = ? WHERE id = ? AND status = ? AND attempts = ?",
                SendRecord.SENDING, interrupted ? 1 : 0, now, claimed.id(), claimed.status(), claimed.attempts());
        if (won == 0) {
            return Optional.empty();
        }
        if (interrupted) {
            Log.warnf("Digest %s was interrupted while sending (its replica stopped); sending it once more, so it may arrive twice", key);
        }
        return Optional.of(new Attempt(claimed.id(), claimed.attempts() + 1, interrupted));
    }

    private static SendRecord record(ResultSet result) throws SQLException {
        return new SendRecord(result.getLong(1), Kind.of(result.getString(2)).orElseThrow(), result.getString(3),
                result.getString(4), result.getString(5), result.getString(6) != null, result.getInt(7),
                result.getInt(8) > 0, instant(result, 9), instant(result, 10), instant(result, 11),
                result.getObject(12, Integer.class), result.getString(13));
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private void update(String sql, Object... values) {
        try (Connection connection = connections.open()) {
            update(connection, sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException("Digest store: " + e.getMessage(), e);
        }
    }

    private static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            bind(update, values);
            return update.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet result) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... values) {
        try (Connection connection = connections.open(); PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, values);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(row.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Digest store: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
