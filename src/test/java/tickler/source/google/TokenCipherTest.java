package tickler.source.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    static final String OLD = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final String NEW = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    @Test
    void tokensRoundTripAndNeverAppearInTheClear() {
        TokenCipher cipher = new TokenCipher(List.of(OLD));
        String sealed = cipher.encrypt("1//refresh-secret");
        assertFalse(sealed.contains("refresh-secret"));
        assertNotEquals(sealed, cipher.encrypt("1//refresh-secret"), "a fresh IV each time");
        assertEquals("1//refresh-secret", cipher.decrypt(sealed));
    }

    @Test
    void rotationKeepsOldTokensReadableAndMarksThemForReEncryption() {
        String sealedUnderOld = new TokenCipher(List.of(OLD)).encrypt("token");
        TokenCipher rotated = new TokenCipher(List.of(NEW, OLD));
        assertEquals("token", rotated.decrypt(sealedUnderOld));
        assertTrue(rotated.stale(sealedUnderOld));
        String resealed = rotated.encrypt("token");
        assertFalse(rotated.stale(resealed));
        assertThrows(IllegalStateException.class, () -> new TokenCipher(List.of(NEW)).decrypt(sealedUnderOld),
                "without the old key the token cannot be read");
    }

    @Test
    void aMissingKeyFileIsGeneratedOwnerOnlyAndReused() throws Exception {
        Path file = Files.createTempDirectory("key").resolve("data/google-token.key");
        String first = TokenCipher.keyFromFile(file);
        assertEquals(first, TokenCipher.keyFromFile(file));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        String sealed = new TokenCipher(List.of(first)).encrypt("t");
        assertEquals("t", new TokenCipher(List.of(TokenCipher.keyFromFile(file))).decrypt(sealed));
    }
}
