package id.sikerja.core.security;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SecretsTest {

    @Test
    void accessTokensCarry256RandomBitsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Secrets.newAccessToken();
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            assertTrue(seen.add(token));
        }
    }

    @Test
    void onlyTheRightTokenMatchesItsHash() {
        String token = Secrets.newAccessToken();
        String hash = Secrets.sha256Hex(token);
        assertNotEquals(token, hash);
        assertTrue(Secrets.tokenMatches(token, hash));
        assertFalse(Secrets.tokenMatches(Secrets.newAccessToken(), hash));
        assertFalse(Secrets.tokenMatches(null, hash));
        assertFalse(Secrets.tokenMatches(token, null));
    }

    @Test
    void aSealedValueOpensOnlyWithTheSameSecretAndPurpose() {
        String sealed = Secrets.seal("case-1\ntoken", "idem-key-123", "POST /proposals");
        assertFalse(sealed.contains("token"));
        assertEquals("case-1\ntoken", Secrets.unseal(sealed, "idem-key-123", "POST /proposals"));
        assertThrows(IllegalArgumentException.class, () -> Secrets.unseal(sealed, "idem-key-124", "POST /proposals"));
        assertThrows(IllegalArgumentException.class, () -> Secrets.unseal(sealed, "idem-key-123", "POST /other"));
    }
}
