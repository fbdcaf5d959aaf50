package tickler.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a share link: 256 random bits, URL-safe. Only its SHA-256 is stored, so a copy of
 * the database opens no report; a token that is lost cannot be shown again, only replaced.
 */
final class ShareTokens {

    static final int BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ShareTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of the token as sent; any string hashes, so a forged token simply finds nothing. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
