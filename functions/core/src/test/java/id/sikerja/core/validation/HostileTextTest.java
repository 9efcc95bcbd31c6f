package id.sikerja.core.validation;

import id.sikerja.core.cases.CaseRequests;
import id.sikerja.core.imports.ImportRows;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.settings.DepartmentRequests;
import id.sikerja.core.settings.HolidayRequests;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text that would be stored, mailed and exported is refused when it holds control characters or text-direction
 * overrides (a title with NUL, BEL or U+202E), by the one text rule every request reader and the import share.
 */
class HostileTextTest {

    @Test
    void aTitleWithNulBelOrARightToLeftOverrideIsRefusedNamingIt() {
        for (String hostile : List.of("Kerja sama\u0000 air", "Kerja sama\u0007 air", "Kerja sama \u202Egnp.exe",
                "Kerja sama\u2066 air", "Kerja sama\u0085 air", "Kerja sama\u007F air", "Kerja sama\tair",
                "Kerja sama\nair", "Kerja sama \uD800 air")) {
            Map<String, Object> body = Proposals.validKsdpk();
            body.put("title", hostile);
            InvalidInput bad = assertThrows(InvalidInput.class, () -> ProposalReader.read(body), hostile);
            assertEquals(List.of("title:forbidden_character"), codes(bad), hostile);
            assertTrue(!bad.errors().get(0).message(Language.ID).equals("forbidden_character")
                    && !bad.errors().get(0).message(Language.EN).equals("forbidden_character"), "worded in both");
        }
    }

    @Test
    void multiLineTextKeepsItsTabsAndLineBreaksButNotOtherControls() {
        Map<String, Object> body = Proposals.validKsdpk();
        body.put("background", "Baris satu.\r\nBaris dua:\n\t- butir");
        Proposals.partnerOf(body).put("address", "Jl. Sudirman No. 1\nBalikpapan");
        assertEquals("Baris satu.\r\nBaris dua:\n\t- butir", ProposalReader.read(body).background());

        body.put("background", "Baris satu.\u0000");
        body.put("scope", "Ruang \u202Dlingkup");
        InvalidInput bad = assertThrows(InvalidInput.class, () -> ProposalReader.read(body));
        assertEquals(List.of("background:forbidden_character", "scope:forbidden_character"), codes(bad));
    }

    @Test
    void lettersOfEveryScriptAndPlainDirectionMarksAreText() {
        Map<String, Object> body = Proposals.validKsdpk();
        Proposals.partnerOf(body).put("name", "\u200Fبلدية دبي\u200F · Ville de Besançon · 北京市 \uD83C\uDF0F");
        Proposals.partnerOf(body).put("type", "BADAN_USAHA");
        assertEquals("\u200Fبلدية دبي\u200F · Ville de Besançon · 北京市 \uD83C\uDF0F",
                ProposalReader.read(body).partner().name());
    }

    @Test
    void everyReaderOfTextUsesTheRule() {
        InvalidInput note = assertThrows(InvalidInput.class, () -> CaseRequests.transition(Map.of(
                "action", "RECORD_FACTS", "version", 1, "note", "catatan\u202E",
                "facts", Map.of("agreementNumber", "180/1\u0000/2026", "field", "Kese\u0007hatan"))));
        assertEquals(List.of("facts.agreementNumber:forbidden_character", "facts.field:forbidden_character",
                "note:forbidden_character"), codes(note).stream().sorted().toList());

        InvalidInput child = assertThrows(InvalidInput.class, () -> CaseRequests.childPks(Map.of(
                "departments", List.of("DINKES"), "title", "PKS\u0000")));
        assertEquals(List.of("title:forbidden_character"), codes(child));

        InvalidInput holiday = assertThrows(InvalidInput.class, () -> HolidayRequests.list(2027, Map.of(
                "version", 0, "holidays", List.of(Map.of("date", "2027-01-01", "name", "Tahun\u0000 Baru",
                        "kind", "LIBUR_NASIONAL")))));
        assertEquals(List.of("holidays[0].name:forbidden_character"), codes(holiday));

        InvalidInput directory = assertThrows(InvalidInput.class, () -> DepartmentRequests.list(Map.of(
                "version", 0, "departments", List.of(Map.of("code", "DINKES", "name", "Dinas\u202E Kesehatan")))));
        assertEquals(List.of("departments[0].name:forbidden_character"), codes(directory));
    }

    @Test
    void anImportCellIsReadByTheSameRule() {
        List<String> header = List.of("category", "ksddKind", "title", "partner.name", "facts.agreementNumber");
        List<String> row = List.of("KSDD", "SUKARELA", "Kerja sama \u202Eperbatasan", "Kabupaten\u0000 Kutai",
                "180/\u0007/2022");
        ImportRows.Read read = ImportRows.read(List.of(header, row));
        InvalidInput bad = assertThrows(InvalidInput.class, () -> CaseRequests.legacy(read.rows().get(0).body()));
        Map<String, String> byField = bad.errors().stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::code, (a, b) -> a + "," + b));
        assertEquals("forbidden_character", byField.get("title"));
        assertEquals("forbidden_character", byField.get("partner.name"));
        assertEquals("forbidden_character", byField.get("facts.agreementNumber"));
    }

    @Test
    void theRuleItself() {
        assertFalse(Fields.hasForbiddenCharacter("Biasa saja, 100% (ok) – “kutip” é ü", false));
        assertTrue(Fields.hasForbiddenCharacter("a\u0001b", true));
        assertTrue(Fields.hasForbiddenCharacter("a\u009Bb", true), "C1 (CSI)");
        assertTrue(Fields.hasForbiddenCharacter("a\u202Ab", true));
        assertTrue(Fields.hasForbiddenCharacter("a\u2069", true));
        assertTrue(Fields.hasForbiddenCharacter("a\uDC00b", true), "a lone low surrogate");
        assertTrue(Fields.hasForbiddenCharacter("a\uD83C", true), "a lone high surrogate at the end");
        assertFalse(Fields.hasForbiddenCharacter("a\tb\r\nc", true));
        assertTrue(Fields.hasForbiddenCharacter("a\tb", false));
    }

    private static List<String> codes(InvalidInput bad) {
        return new ArrayList<>(bad.errors().stream().map(e -> e.field() + ":" + e.code()).toList());
    }
}
