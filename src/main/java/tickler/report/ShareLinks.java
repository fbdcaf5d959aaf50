package tickler.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tickler.site.PublicUrl;
import tickler.store.Database;

/**
 * Capability URLs to one month's report ({@code /r/{token}}), for people without an account: the
 * general manager, the marketing director, the monthly digest's readers.
 */
@ApplicationScoped
public class ShareLinks {

    /** A link just created: the only moment its URL is known. */
    public record Created(long id, String url, String month, Integer version, Instant expiresAt) {
    }

    private final Database database;
    private final ReportService reports;
    private final Clock clock;
    private final PublicUrl publicUrl;

    ShareLinks(Database database, ReportService reports, Clock clock,
               PublicUrl publicUrl) {
        this.database = database;
        this.reports = reports;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /**
     * A link built on {@code tickler.public-url} (else this machine's own address), for callers
     * without a request at hand, such as a digest.
     *
     * @param version a kept version, or null for whatever is the month's latest when the link is opened
     * @param expiry  how long the link works; null for {@code tickler.reports.link-expiry}
     */
    public Created create(YearMonth month, Integer version, Duration expiry) {
        return create(month, version, expiry, URI.create(publicUrl.base() + "/"));
    }

    /** The same; without {@code tickler.public-url} the URL starts with the base the request came to. */
    public Created create(YearMonth month, Integer version, Duration expiry, URI requestBase) {
        if (version != null && reports.version(month, version).isEmpty()) {
            throw new IllegalArgumentException("The report of " + month + " has no version " + version);
        }
        Instant now = clock.instant();
        Instant expiresAt = Optional.ofNullable(expiry).or(reports::defaultLinkExpiry).map(now::plus).orElse(null);
        String token = ShareTokens.newToken();
        long id = database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO share_link "
                    + "(token_hash, report_month, version_number, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, ShareTokens.hash(token));
                insert.setString(2, month.toString());
                if (version == null) {
                    insert.setNull(3, Types.INTEGER);
                } else {
                    insert.setInt(3, version);
                }
                insert.setTimestamp(4, Timestamp.from(now));
                insert.setTimestamp(5, expiresAt == null ? null : Timestamp.from(expiresAt));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Created(id, publicUrl.base(requestBase) + "/r/" + token, month.toString(), version, expiresAt);
    }

    /** Every link ever created, newest first, revoked and expired ones included. */
    public List<ShareLink> list() {
        return select("ORDER BY id DESC", null);
    }

    /** The link this token opens, whatever its state; empty for a token never issued. */
    public Optional<ShareLink> find(String token) {
        return select("WHERE token_hash = ?", ShareTokens.hash(token)).stream().findFirst();
    }

    /** Revokes a link for good; false when there is no such link. */
    public boolean revoke(long id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE share_link SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setLong(2, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    private List<ShareLink> select(String condition, String tokenHash) {
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, report_month, version_number, "
                    + "created_at, expires_at, revoked_at FROM share_link " + condition)) {
                if (tokenHash != null) {
                    select.setString(1, tokenHash);
                }
                List<ShareLink> links = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        int version = result.getInt(3);
                        Integer fixed = result.wasNull() ? null : version;
                        Instant expiresAt = instant(result.getTimestamp(5));
                        Instant revokedAt = instant(result.getTimestamp(6));
                        links.add(new ShareLink(result.getLong(1), result.getString(2), fixed,
                                result.getTimestamp(4).toInstant(), expiresAt, revokedAt,
                                ShareLink.stateAt(now, expiresAt, revokedAt)));
                    }
                }
                return links;
            }
        });
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
