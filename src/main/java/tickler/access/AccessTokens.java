package tickler.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import tickler.store.Database;

/**
 * Personal access tokens: 256 random bits shown once, kept as their SHA-256 only, revocable. A
 * token is a random string, not a password, so one unsalted hash suffices: nobody can guess
 * 2^256 values to find one that matches.
 */
@ApplicationScoped
public class AccessTokens {

    /** Marks tokens so that a leaked one is recognisable in logs and by secret scanners. */
    static final String PREFIX = "tkl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as the settings page lists it (never the token itself). */
    public record Token(String id, String owner, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A new token: the only moment its secret is known. */
    public record Created(Token token, String secret) {
    }

    private final Database database;
    private final Clock clock;

    AccessTokens(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Created create(Optional<String> owner, String name) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Token token = new Token(UUID.randomUUID().toString(), owner.orElse(null), name, clock.instant(), null, null);
        database.inTransaction(c -> {
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO access_token (id, owner, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)")) {
                i.setString(1, token.id());
                i.setString(2, token.owner());
                i.setString(3, name);
                i.setString(4, hash(secret));
                i.setTimestamp(5, Timestamp.from(token.createdAt()));
                return i.executeUpdate();
            }
        });
        return new Created(token, secret);
    }

    /** The tokens of this owner (every token when nobody signs in), newest first. */
    public List<Token> list(Optional<String> owner) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, owner, name, created_at, last_used_at, revoked_at "
                    + "FROM access_token" + (owner.isPresent() ? " WHERE owner = ?" : "") + " ORDER BY created_at DESC, id")) {
                if (owner.isPresent()) {
                    s.setString(1, owner.get());
                }
                List<Token> tokens = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        tokens.add(new Token(r.getString(1), r.getString(2), r.getString(3), instant(r.getTimestamp(4)),
                                instant(r.getTimestamp(5)), instant(r.getTimestamp(6))));
                    }
                }
                return tokens;
            }
        });
    }

    /** Revokes one of this owner's tokens (any token when nobody signs in); false when there is none such. */
    public boolean revoke(Optional<String> owner, String id) {
        return database.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE access_token SET revoked_at = ? "
                    + "WHERE id = ? AND revoked_at IS NULL" + (owner.isPresent() ? " AND owner = ?" : ""))) {
                u.setTimestamp(1, Timestamp.from(clock.instant()));
                u.setString(2, id);
                if (owner.isPresent()) {
                    u.setString(3, owner.get());
                }
                return u.executeUpdate() == 1;
            }
        });
    }

    /** The live token with this secret, marked as used now; empty for an unknown or revoked one. */
    Optional<Token> use(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        return database.inTransaction(c -> {
            Token found = null;
            try (PreparedStatement s = c.prepareStatement("SELECT id, owner, name, created_at, last_used_at "
                    + "FROM access_token WHERE token_hash = ? AND revoked_at IS NULL")) {
                s.setString(1, hash);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        found = new Token(r.getString(1), r.getString(2), r.getString(3), instant(r.getTimestamp(4)),
                                instant(r.getTimestamp(5)), null);
                    }
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE access_token SET last_used_at = ? WHERE id = ?")) {
                u.setTimestamp(1, Timestamp.from(clock.instant()));
                u.setString(2, found.id());
                u.executeUpdate();
            }
            return Optional.of(found);
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Objects.requireNonNull(secret).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
