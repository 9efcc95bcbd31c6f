package id.sikerja.core.model;

import id.sikerja.core.intake.Proposals;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class ProposalReaderTest {

    private static Map<String, String> errorsOf(Map<String, Object> body) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> ProposalReader.read(body));
        return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::code, (a, b) -> a));
    }

    @Test
    void readsACompleteProposal() {
        Proposal p = ProposalReader.read(Proposals.validKsdpk());
        assertEquals(Category.KSDPK, p.category());
        assertEquals(KsdpkInitiative.PIHAK_KETIGA, p.ksdpkInitiative());
        assertEquals("PT Air Bersih Nusantara", p.partner().name());
        assertEquals(48, p.durationMonths());
        assertEquals(List.of("PUPR"), p.departments());
    }

    @Test
    void anEmptyBodyNamesEveryRequiredField() {
        Map<String, String> errors = errorsOf(new HashMap<>());
        assertEquals(Set.of("category", "partner", "title", "background", "purpose", "scope", "expectedBenefits",
                "location", "durationMonths", "financing"), errors.keySet());
        assertTrue(errors.values().stream().allMatch("required"::equals));
    }

    @Test
    void namesEachBadPartnerField() {
        Map<String, Object> body = Proposals.validKsdpk();
        Map<String, Object> partner = Proposals.partnerOf(body);
        partner.put("email", "not-an-address");
        partner.put("phone", "call me");
        partner.remove("address");
        partner.put("name", 42);
        Map<String, String> errors = errorsOf(body);
        assertEquals(Map.of("partner.email", "email", "partner.phone", "phone", "partner.address", "required",
                "partner.name", "not_text"), errors);
    }

    @Test
    void durationIsAWholeNumberOfAtMostSixtyMonths() {
        Map<String, Object> body = Proposals.validKsdpk();
        body.put("durationMonths", 61);
        assertEquals("range", errorsOf(body).get("durationMonths"));
        body.put("durationMonths", new BigDecimal("12.5"));
        assertEquals("not_integer", errorsOf(body).get("durationMonths"));
        body.put("durationMonths", "24");
        assertEquals("not_integer", errorsOf(body).get("durationMonths"));
        body.put("durationMonths", new BigDecimal("24.0"));
        assertEquals(24, ProposalReader.read(body).durationMonths());
    }

    @Test
    void categoryDetailsMustFitTheCategory() {
        Map<String, Object> body = Proposals.validKsdpk();
        body.remove("ksdpkInitiative");
        body.put("ksddKind", "WAJIB");
        Map<String, String> errors = errorsOf(body);
        assertEquals("required", errors.get("ksdpkInitiative"));
        assertEquals("only_for", errors.get("ksddKind"));

        Map<String, Object> ksdd = Proposals.validKsdpk();
        ksdd.put("category", "KSDD");
        ksdd.remove("ksdpkInitiative");
        Map<String, String> ksddErrors = errorsOf(ksdd);
        assertEquals("required", ksddErrors.get("ksddKind"));
        assertEquals("partner_type_mismatch", ksddErrors.get("partner.type"));
    }

    @Test
    void unknownCategoryListsTheAllowedOnes() {
        Map<String, Object> body = Proposals.validKsdpk();
        body.put("category", "MOU");
        InvalidInput e = assertThrows(InvalidInput.class, () -> ProposalReader.read(body));
        FieldError error = e.errors().stream().filter(f -> f.field().equals("category")).findFirst().orElseThrow();
        assertEquals("harus salah satu dari: KSDD, KSDPK, KSDPL, KSDLL, SINERGI", error.message(Language.ID));
        assertEquals("must be one of: KSDD, KSDPK, KSDPL, KSDLL, SINERGI", error.message(Language.EN));
    }

    /** issue 13 item 8 (h-legal-c): a ministry/agency is no third party (PP 28/2018 Ps 46): SINERGI, not KSDPK. */
    @Test
    void aKsdpkWithAMinistryIsPointedToSinergi() {
        Map<String, Object> body = Proposals.validKsdpk();
        @SuppressWarnings("unchecked")
        Map<String, Object> partner = new HashMap<>((Map<String, Object>) body.get("partner"));
        partner.put("type", "KEMENTERIAN_LEMBAGA");
        body.put("partner", partner);
        InvalidInput e = assertThrows(InvalidInput.class, () -> ProposalReader.read(body));
        FieldError error = e.errors().stream().filter(f -> f.field().equals("partner.type")).findFirst().orElseThrow();
        assertEquals("partner_type_use_sinergi", error.code());
        assertTrue(error.message(Language.ID).contains("SINERGI"), error.message(Language.ID));
        assertTrue(error.message(Language.EN).contains("use category SINERGI"), error.message(Language.EN));

        body.put("category", "SINERGI");
        body.remove("ksdpkInitiative");
        Proposal p = ProposalReader.read(body);
        assertEquals(Category.SINERGI, p.category());
        assertEquals(PartnerType.KEMENTERIAN_LEMBAGA, p.partner().type());
    }

    @Test
    void departmentsAreDistinctCodes() {
        Map<String, Object> body = Proposals.validKsdpk();
        body.put("departments", List.of("DINKES", "dinas kesehatan", "DINKES", 7));
        Map<String, String> errors = errorsOf(body);
        assertEquals(Map.of("departments[1]", "department_code", "departments[2]", "duplicate",
                "departments[3]", "not_text"), errors);
        body.put("departments", "DINKES");
        assertEquals("not_list", errorsOf(body).get("departments"));
    }

    @Test
    void blankAndOverlongTextIsRejectedAndTextIsTrimmed() {
        Map<String, Object> body = Proposals.validKsdpk();
        body.put("title", "   ");
        body.put("location", "x".repeat(301));
        Map<String, String> errors = errorsOf(body);
        assertEquals("required", errors.get("title"));
        assertEquals("too_long", errors.get("location"));
        Map<String, Object> ok = Proposals.validKsdpk();
        ok.put("title", "  Penyediaan air minum  ");
        assertEquals("Penyediaan air minum", ProposalReader.read(ok).title());
    }
}
