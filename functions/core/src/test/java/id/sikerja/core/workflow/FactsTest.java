package id.sikerja.core.workflow;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactsTest {

    @Test
    void factsRoundTripThroughStrings() {
        Facts f = Facts.empty()
                .with(Fact.KB_SIGNED_ON, LocalDate.of(2026, 4, 6))
                .with(Fact.DPRD_BURDENS_PUBLIC, true)
                .with(Fact.TERM_MONTHS, 60)
                .with(Fact.SIGNATORY, Signatory.PEJABAT_OPD)
                .with(Fact.BUDGET_AMOUNT, new BigDecimal("1250000000.50"))
                .with(Fact.AGREEMENT_NUMBER, "180/012/HK-KS/2026");
        Map<String, String> stored = f.toStrings();
        assertEquals("2026-04-06", stored.get("kbSignedOn"));
        assertEquals("PEJABAT_OPD", stored.get("signatory"));
        assertEquals("1250000000.50", stored.get("budgetAmount"));
        assertEquals(f, Facts.fromStrings(stored));
        assertEquals(Optional.of(60), Facts.fromStrings(stored).get(Fact.TERM_MONTHS));
    }

    @Test
    void badValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Facts.empty().with(Fact.TERM_MONTHS, 0));
        assertThrows(IllegalArgumentException.class, () -> Facts.empty().with(Fact.BUDGET_AMOUNT, new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class, () -> Facts.fromStrings(Map.of("termMonths", "lima")));
        assertThrows(IllegalArgumentException.class, () -> Facts.fromStrings(Map.of("kbSignedOn", "06/04/2026")));
        assertThrows(IllegalArgumentException.class, () -> Facts.fromStrings(Map.of("dprdBurdensPublic", "ya")));
        assertThrows(IllegalArgumentException.class, () -> Facts.fromStrings(Map.of("noSuchFact", "x")));
        assertThrows(IllegalArgumentException.class, () -> Facts.empty().withUnchecked(Fact.TERM_MONTHS, "12"));
    }

    @Test
    void keysAreUniqueAndFindable() {
        HashSet<String> keys = new HashSet<>();
        for (Fact<?> f : Fact.all()) {
            assertTrue(keys.add(f.key()), f.key());
            assertEquals(Optional.of(f), Fact.byKey(f.key()));
        }
        assertTrue(Fact.DPRD_OUTCOME.isSystemManaged());
        assertFalse(Fact.KB_SIGNED_ON.isSystemManaged());
    }
}
