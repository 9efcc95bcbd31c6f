package id.sikerja.core.validation;

import id.sikerja.core.cases.CaseRequests;
import id.sikerja.core.imports.ImportRows;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.settings.DepartmentRequests;
import id.sikerja.core.settings.HolidayRequests;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every number a request carries is read by one typed reader and held to its field's range: money is 0 to 10^15
 * Rupiah with at most two decimals, a term at most 600 months; a number is never expanded to its plain digits to
 * find that out (1e150000 is refused from its exponent, not after building 150,001 digits), and a value of the
 * wrong JSON type is refused, never coerced.
 */
class BoundedNumbersTest {

    @Test
    void moneyIsBoundedByItsDomain() {
        assertEquals(Optional.of(new BigDecimal("1500000.50")), budget(new BigDecimal("1500000.50")));
        assertEquals(Optional.of(new BigDecimal("1000000000000000")), budget(new BigDecimal("1E+15")));
        for (Object hostile : List.of(new BigDecimal("1e150000"), new BigDecimal("1e450000"),
                new BigDecimal("1000000000000000.01"), new BigDecimal("0.001"), new BigDecimal("1e-150000"),
                "1e150000", "1e450000", "0.001", "-1")) {
            InvalidInput bad = assertThrows(InvalidInput.class, () -> budget(hostile), String.valueOf(hostile));
            assertEquals(List.of("facts.budgetAmount:money"), codes(bad), String.valueOf(hostile));
            assertEquals("harus antara 0 dan 1000000000000000 rupiah, paling banyak 2 angka desimal",
                    bad.errors().get(0).message(Language.ID));
        }
    }

    @Test
    void aStoredOrImportedNumberIsNeverParsedFromAHugeText() {
        String huge = "1" + "0".repeat(120_000);
        assertThrows(IllegalArgumentException.class, () -> Facts.fromStrings(Map.of("budgetAmount", huge)));
        InvalidInput bad = assertThrows(InvalidInput.class, () -> budget(huge));
        assertEquals(List.of("facts.budgetAmount:not_number"), codes(bad));
        InvalidInput cell = assertThrows(InvalidInput.class, () -> CaseRequests.legacy(ImportRows.read(List.of(
                List.of("facts.budgetAmount", "facts.termMonths"), List.of("1e150000", "601"))).rows().get(0).body()));
        assertEquals("money", field(cell, "facts.budgetAmount"));
        assertEquals("out_of_range", field(cell, "facts.termMonths"));
    }

    @Test
    void aValueRecordedBeforeItsRangeWasNarrowedStaysReadable() {
        Facts stored = Facts.fromStrings(Map.of("budgetAmount", "2000000000000000.125", "termMonths", "720"));
        assertEquals(Optional.of(new BigDecimal("2000000000000000.125")), stored.get(Fact.BUDGET_AMOUNT));
        assertEquals(Optional.of(720), stored.get(Fact.TERM_MONTHS));
        assertThrows(IllegalArgumentException.class, () -> Fact.BUDGET_AMOUNT.parse("2000000000000000.125"),
                "a new value is held to the range");
    }

    @Test
    void termsAndWholeNumbersHaveTheirRange() {
        assertEquals(Optional.of(600), transition(Map.of("termMonths", 600)).get(Fact.TERM_MONTHS));
        for (Object hostile : List.of(601, new BigDecimal("1e150000"), new BigInteger("9".repeat(40)), "601")) {
            InvalidInput bad = assertThrows(InvalidInput.class, () -> transition(Map.of("termMonths", hostile)));
            assertEquals(List.of("facts.termMonths:out_of_range"), codes(bad), String.valueOf(hostile));
        }
        Map<String, Object> proposal = Proposals.validKsdpk();
        proposal.put("durationMonths", new BigDecimal("1e150000"));
        assertEquals(List.of("durationMonths:not_integer"), codes(assertThrows(InvalidInput.class,
                () -> ProposalReader.read(proposal))));
        assertNull(Numbers.whole(new BigDecimal("1e150000")));
        assertNull(Numbers.whole(new BigDecimal("0e-999999")), "its plain form would be a million digits");
        assertEquals(12L, Numbers.whole(new BigDecimal("12.000")));
    }

    @Test
    void aVersionSentAsTextIsRefusedNotReadAsANumber() {
        Map<String, Object> holidays = Map.of("version", "0", "holidays", List.of(Map.of("date", "2027-01-01",
                "name", "Tahun Baru", "kind", "LIBUR_NASIONAL")));
        assertEquals(List.of("version:not_integer"), codes(assertThrows(InvalidInput.class,
                () -> HolidayRequests.list(2027, holidays))));
        Map<String, Object> directory = Map.of("version", "0", "departments", List.of(Map.of("code", "DINKES",
                "name", "Dinas Kesehatan")));
        assertEquals(List.of("version:not_integer"), codes(assertThrows(InvalidInput.class,
                () -> DepartmentRequests.list(directory))));
        for (Object wrong : List.of("1", true, List.of(1), Map.of("n", 1))) {
            assertEquals(List.of("version:not_integer"), codes(assertThrows(InvalidInput.class,
                    () -> CaseRequests.transition(Map.of("action", "RECORD_FACTS", "version", wrong)))));
        }
        Map<String, Object> proposal = Proposals.validKsdpk();
        proposal.put("durationMonths", "12");
        proposal.put("title", 12345);
        proposal.put("departments", "PUPR");
        assertEquals(List.of("durationMonths:not_integer", "title:not_text", "departments:not_list"),
                codes(assertThrows(InvalidInput.class, () -> ProposalReader.read(proposal))).stream()
                        .sorted((a, b) -> order(a) - order(b)).toList());
        Map<String, Object> facts = Map.of("inRkpd", 1, "budgetYear", true, "kbSignedOn", 20260101);
        InvalidInput bad = assertThrows(InvalidInput.class, () -> transition(facts));
        assertEquals("not_boolean", field(bad, "facts.inRkpd"));
        assertEquals("not_integer", field(bad, "facts.budgetYear"));
        assertEquals("date", field(bad, "facts.kbSignedOn"));
    }

    private static int order(String code) {
        return code.startsWith("duration") ? 0 : code.startsWith("title") ? 1 : 2;
    }

    private static Optional<BigDecimal> budget(Object value) {
        return transition(Map.of("budgetAmount", value)).get(Fact.BUDGET_AMOUNT);
    }

    private static Facts transition(Map<String, Object> facts) {
        return CaseRequests.transition(Map.of("action", "RECORD_FACTS", "version", 1, "facts", facts))
                .command().facts();
    }

    private static String field(InvalidInput bad, String field) {
        return bad.errors().stream().filter(e -> e.field().equals(field)).map(FieldError::code).findFirst()
                .orElse(null);
    }

    private static List<String> codes(InvalidInput bad) {
        return bad.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }
}
