package id.sikerja.core.cases;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class TrackingCodeTest {

    @Test
    void codesHaveTheYearAndSixUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = TrackingCode.next(2026);
            assertTrue(code.matches("KS-2026-[0-9A-HJKMNP-TV-Z]{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 1990, "codes should practically never repeat");
    }

    @Test
    void whatAPersonTypesIsNormalised() {
        assertEquals("KS-2026-7K3QZP", TrackingCode.normalise(" ks-2026-7k3qzp "));
        assertEquals("KS-2026-0K31Z1", TrackingCode.normalise("KS-2026-OK3IZL"));
        assertNull(TrackingCode.normalise("KS-2026-7K3QZ"));
        assertNull(TrackingCode.normalise("../../etc/passwd"));
        assertNull(TrackingCode.normalise(null));
    }
}
