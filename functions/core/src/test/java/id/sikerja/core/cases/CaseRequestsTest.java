package id.sikerja.core.cases;

import id.sikerja.core.intake.Proposals;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.MonevCriterion;
import id.sikerja.core.workflow.MonevRecommendation;
import id.sikerja.core.workflow.Signatory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class CaseRequestsTest {

    private static final String SHA = "ab".repeat(32);

    @Test
    void readsACompleteTransition() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", "SIGN_PKS");
        body.put("version", 7);
        body.put("note", "  Ditandatangani di kantor Wali Kota  ");
        body.put("facts", Map.of("pksSignedOn", "2026-11-20", "signatory", "KEPALA_DAERAH", "termMonths", 36,
                "pksClauseSanctions", true, "budgetAmount", new BigDecimal("1500000.50")));
        body.put("documents", List.of(Map.of("type", "PKS_SIGNED", "storageKey", "uploads/2026/pks.pdf",
                "sha256", SHA.toUpperCase(), "fileName", "pks.pdf")));
        CaseRequests.TransitionRequest r = CaseRequests.transition(body);
        Command c = r.command();
        assertEquals(7, r.version());
        assertEquals(Action.SIGN_PKS, c.action());
        assertEquals(Optional.of("Ditandatangani di kantor Wali Kota"), c.note());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 20)), c.facts().get(Fact.PKS_SIGNED_ON));
        assertEquals(Optional.of(Signatory.KEPALA_DAERAH), c.facts().get(Fact.SIGNATORY));
        assertEquals(Optional.of(36), c.facts().get(Fact.TERM_MONTHS));
        assertEquals(Optional.of(true), c.facts().get(Fact.PKS_CLAUSE_SANCTIONS));
        assertEquals(Optional.of(new BigDecimal("1500000.50")), c.facts().get(Fact.BUDGET_AMOUNT));
        assertEquals(DocumentType.PKS_SIGNED, c.documents().get(0).type());
        assertEquals(SHA, c.documents().get(0).sha256(), "hashes are stored in lower case");
    }

    @Test
    void readsEndingsMonevAndDepartments() {
        Map<String, Object> scores = new HashMap<>();
        for (MonevCriterion m : MonevCriterion.values()) {
            scores.put(m.name(), 4);
        }
        Command c = CaseRequests.transition(Map.of("action", "RECORD_MONEV_EVALUATION", "version", 3,
                "monev", Map.of("periodDate", "2026-03-01", "summary", "Baik",
                        "evaluation", Map.of("scores", scores, "rating", 4, "recommendation", "PERLUAS")))).command();
        assertEquals(LocalDate.of(2026, 3, 1), c.monev().orElseThrow().periodDate());
        assertEquals(MonevRecommendation.PERLUAS, c.monev().orElseThrow().evaluation().orElseThrow().recommendation());
        assertEquals(9, c.monev().orElseThrow().evaluation().orElseThrow().scores().size());

        Command end = CaseRequests.transition(Map.of("action", "END", "version", 9, "endReason", "TUJUAN_TERCAPAI",
                "note", "Selesai")).command();
        assertEquals(Optional.of(EndReason.TUJUAN_TERCAPAI), end.endReason());
        Command assign = CaseRequests.transition(Map.of("action", "ACCEPT", "version", 1,
                "departments", List.of("DINKES", "BAPPEDA"))).command();
        assertEquals(Optional.of(List.of("DINKES", "BAPPEDA")), assign.departments());
    }

    @Test
    void anEvaluationCitesActivitiesForIndicatorAchievementAndDocumentationOnly() {
        Map<String, Object> scores = new HashMap<>();
        for (MonevCriterion m : MonevCriterion.values()) {
            scores.put(m.name(), 4);
        }
        Command c = CaseRequests.transition(Map.of("action", "RECORD_MONEV_EVALUATION", "version", 3,
                "monev", Map.of("periodDate", "2026-03-01", "evaluation", Map.of("scores", scores, "rating", 4,
                        "recommendation", "PERLUAS",
                        "cited", Map.of("CAPAIAN_INDIKATOR", List.of("0b0c3f8e-1d2a-4c55-9e61-2f6a7b8c9d01")))))).command();
        assertEquals(Map.of(MonevCriterion.CAPAIAN_INDIKATOR, List.of("0b0c3f8e-1d2a-4c55-9e61-2f6a7b8c9d01")),
                c.monev().orElseThrow().evaluation().orElseThrow().cited());

        InvalidInput bad = assertThrows(InvalidInput.class, () -> CaseRequests.transition(Map.of(
                "action", "RECORD_MONEV_EVALUATION", "version", 3,
                "monev", Map.of("periodDate", "2026-03-01", "evaluation", Map.of("scores", scores, "rating", 4,
                        "recommendation", "PERLUAS",
                        "cited", Map.of("DAMPAK", List.of("0b0c3f8e-1d2a-4c55"), "DOKUMENTASI", List.of("../x")))))));
        assertEquals(Map.of("monev.evaluation.cited.DAMPAK", "one_of",
                        "monev.evaluation.cited.DOKUMENTASI[0]", "not_activity"),
                bad.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::code)));
        assertTrue(bad.errors().stream().allMatch(e -> !e.message(Language.EN).equals(e.code())));
    }

    @Test
    void namesEveryBadField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", "SUBMIT_APPLICATION");
        body.put("version", 0);
        body.put("fact", Map.of());
        body.put("facts", Map.of("kbSignedOn", "20-11-2026", "noSuchFact", "x", "termMonths", 0,
                "pksClauseTerm", "yes", "signatory", "WALIKOTA", "budgetYear", 2026.5));
        body.put("documents", List.of(Map.of("type", "KTP", "storageKey", "/etc/passwd", "sha256", "abc"),
                "not an object", Map.of("type", "KAK", "storageKey", "a/../b", "sha256", SHA)));
        body.put("endReason", "BOSAN");
        body.put("monev", Map.of("periodDate", "kemarin", "evaluation", Map.of("scores", Map.of("DAMPAK", 9, "LUCU", 3),
                "rating", 6, "recommendation", "LANJUT")));
        body.put("departments", List.of("dinkes"));
        InvalidInput bad = assertThrows(InvalidInput.class, () -> CaseRequests.transition(body));
        Map<String, String> byField = bad.errors().stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::code, (a, b) -> a + "," + b));
        assertEquals(Map.ofEntries(
                Map.entry("action", "one_of"),
                Map.entry("version", "range"),
                Map.entry("fact", "unknown_field"),
                Map.entry("facts.kbSignedOn", "date"),
                Map.entry("facts.noSuchFact", "unknown_fact"),
                Map.entry("facts.termMonths", "out_of_range"),
                Map.entry("facts.pksClauseTerm", "not_boolean"),
                Map.entry("facts.signatory", "one_of"),
                Map.entry("facts.budgetYear", "not_integer"),
                Map.entry("documents[0].type", "one_of"),
                Map.entry("documents[0].storageKey", "storage_key"),
                Map.entry("documents[0].sha256", "sha256"),
                Map.entry("documents[1]", "not_object"),
                Map.entry("documents[2].storageKey", "storage_key"),
                Map.entry("endReason", "one_of"),
                Map.entry("monev.periodDate", "date"),
                Map.entry("monev.evaluation.scores.DAMPAK", "range"),
                Map.entry("monev.evaluation.scores.LUCU", "one_of"),
                Map.entry("monev.evaluation.rating", "range"),
                Map.entry("monev.evaluation.recommendation", "one_of"),
                Map.entry("departments[0]", "department_code")), byField);
        assertTrue(bad.errors().stream().allMatch(e -> !e.message(Language.ID).equals(e.code())
                && !e.message(Language.EN).equals(e.code())), "every code has a message in both languages");
    }

    @Test
    void actionAndVersionAreRequired() {
        InvalidInput bad = assertThrows(InvalidInput.class, () -> CaseRequests.transition(Map.of()));
        assertEquals(Set.of("action", "version"), bad.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
    }

    @Test
    void readsOpeningsAndLinks() {
        Map<String, Object> body = new HashMap<>(Proposals.validKsdpk());
        body.put("documents", List.of(Map.of("type", "STUDI_KELAYAKAN", "storageKey", "u/fs.pdf", "sha256", SHA)));
        CaseRequests.Opening o = CaseRequests.byDepartment(body);
        assertEquals(List.of("PUPR"), o.proposal().departments());
        assertEquals(1, o.documents().size());
        assertTrue(o.facts().isEmpty());

        body.put("facts", Map.of("termStart", "2024-01-01", "termMonths", 60));
        InvalidInput noFacts = assertThrows(InvalidInput.class, () -> CaseRequests.byDepartment(body));
        assertEquals("facts", noFacts.errors().get(0).field());
        assertEquals(Optional.of(60), CaseRequests.legacy(body).facts().get(Fact.TERM_MONTHS));

        body.remove("title");
        body.put("documents", "x");
        InvalidInput both = assertThrows(InvalidInput.class, () -> CaseRequests.legacy(body));
        assertEquals(Set.of("title", "documents"), both.errors().stream().map(FieldError::field).collect(Collectors.toSet()),
                "proposal and workflow fields are reported together");

        assertEquals(Optional.of("Lanjut"), CaseRequests.extension(Map.of("note", "Lanjut")));
        assertEquals(Optional.empty(), CaseRequests.extension(Map.of()));
        CaseRequests.ChildPksRequest child = CaseRequests.childPks(Map.of("departments", List.of("DINKES"),
                "title", "PKS Dinas Kesehatan"));
        assertEquals(List.of("DINKES"), child.departments());
        assertEquals(Optional.of("PKS Dinas Kesehatan"), child.title());
        InvalidInput noDept = assertThrows(InvalidInput.class, () -> CaseRequests.childPks(Map.of("x", 1)));
        assertEquals(Set.of("departments", "x"), noDept.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
    }
}
