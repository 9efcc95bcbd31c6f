package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.*;

/** Issue 13 item 3 over HTTP: deemed DPRD approval is final; the DPRD's late letter is a note with its document. */
class DeemedApprovalJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    @Test
    void aLateDprdRefusalIsRefusedAndItsLetterIsKeptAsANote() {
        Map<String, Object> body = WorkflowApi.departmentProposal("Uji DPRD diam " + UUID.randomUUID(), "DISHUB");
        body.put("category", "KSDPL");
        body.remove("ksddKind");
        @SuppressWarnings("unchecked")
        Map<String, Object> partner = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("partner"));
        partner.put("type", "PEMERINTAH_DAERAH_LUAR_NEGERI");
        partner.put("regionOrCountry", "Kota Kitakyushu, Jepang");
        body.put("partner", partner);
        Walk w = api.open("admin", "/cooperations", body);
        String consulted = today().minusDays(130).toString();
        String loiSigned = today().minusDays(120).toString();
        String received = today().minusDays(100).toString();

        w.act("opd-dishub", "COMPLETE_INITIATIVE", m());
        w.act("opd-dishub", "COMPLETE_EXPLORATION", m());
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", consulted, "tkksdRecommendation", "SETUJU")));
        w.act("admin", "SIGN_LOI", m("documents", docs("LOI"), "facts", m("loiSignedOn", loiSigned,
                "consultedKemendagriOn", consulted, "consultedKemluOn", consulted)));
        w.act("opd-dishub", "COMPLETE_RKS", m("documents", docs("RKS")));
        w.act("admin", "SUBMIT_TO_DPRD", m("documents", docs("DPRD_REQUEST"), "facts", m("dprdRequestReceivedOn", received)));
        Answer deemed = w.act("admin", "DPRD_DEEMED_APPROVE", m());
        assertEquals("VERIFIKASI_MENTERI", deemed.stage(), "100 calendar days exceed 45 working days");

        Answer late = w.attempt("admin", "DPRD_REJECT", m("documents", docs("DPRD_DECISION"),
                "facts", m("dprdDecidedOn", today().toString()), "note", "DPRD menolak"));
        assertEquals(422, late.status(), late.raw().body());
        assertTrue(late.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(List.of("RULE:DPRD_DEEMED_APPROVAL_FINAL"), late.unmetCodes());
        assertEquals("VERIFIKASI_MENTERI", w.stage(), "nothing changed");

        Answer noNote = w.attempt("admin", "RECORD_DPRD_LATE_LETTER", m("documents", docs("DPRD_DECISION")));
        assertEquals(422, noNote.status());
        assertEquals("note", noNote.list("unmet").get(0).get("field"));
        Answer kept = w.act("admin", "RECORD_DPRD_LATE_LETTER", m("documents", docs("DPRD_DECISION"),
                "note", "Surat DPRD menolak, diterima sesudah persetujuan dianggap diberikan"));
        assertEquals("VERIFIKASI_MENTERI", kept.stage());
        Map<String, Object> last = api.view("admin", w.id).list("timeline").stream()
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(String.valueOf(last.get("action")).contains("RECORD_DPRD_LATE_LETTER"), last.toString());
        assertTrue(String.valueOf(last.get("note")).contains("Surat DPRD menolak"), last.toString());
        assertTrue(String.valueOf(last.get("documents")).contains("DPRD_DECISION"), "the letter is kept with the note: " + last);
    }
}
