package tickler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShareTokensTest {

    @Test
    void aTokenCarries256RandomBitsInAUrlSafeForm() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = ShareTokens.newToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            tokens.add(token);
        }
        assertEquals(1000, tokens.size(), "no token repeats");
    }

    @Test
    void onlyTheSha256OfATokenIsKeptAndItNamesThatTokenAlone() {
        String token = ShareTokens.newToken();
        String hash = ShareTokens.hash(token);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, ShareTokens.hash(token));
        assertNotEquals(hash, ShareTokens.hash(token.substring(1)));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ShareTokens.hash("abc"));
        assertEquals(64, ShareTokens.hash("../../ 'quoted' ссылка").length(), "any text a visitor sends hashes");
    }

    @Test
    void aLinkExpiresAtItsExpiryAndARevokedLinkStaysRevoked() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        assertEquals(ShareLink.State.ACTIVE, ShareLink.stateAt(now, null, null));
        assertEquals(ShareLink.State.ACTIVE, ShareLink.stateAt(now, now.plusSeconds(1), null));
        assertEquals(ShareLink.State.EXPIRED, ShareLink.stateAt(now, now, null));
        assertEquals(ShareLink.State.EXPIRED, ShareLink.stateAt(now, now.minusSeconds(1), null));
        assertEquals(ShareLink.State.REVOKED, ShareLink.stateAt(now, now.minusSeconds(1), now.minusSeconds(5)));
        assertEquals(ShareLink.State.REVOKED, ShareLink.stateAt(now, null, now));
    }
}
