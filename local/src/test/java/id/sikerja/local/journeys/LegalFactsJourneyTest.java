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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 items 5, 7, 11 and 13 through the local gateway: the object in the plan before completing Persiapan, the
 * KB signed by the Kepala Daerah only, refusing a KSDD wajib with a reason and a document, and the Gubernur's 5
 * working days counted from the recorded receipt.
 */
class LegalFactsJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final String today = today().toString();

    private Walk assessed(Map<String, Object> body) {
        Walk w = api.open("opd-dinkes", "/cooperations", body);
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false)));
        return w;
    }

    @Test
    void theObjectInThePlanAndTheKbSignedByTheKepalaDaerah() {
        Walk w = assessed(WorkflowApi.departmentProposal("Uji objek dalam rencana " + UUID.randomUUID(), "DINKES"));
        Answer nothing = w.attempt("admin", "COMPLETE_PREPARATION", m());
        assertEquals(422, nothing.status());
        assertEquals(List.of("FACT:objectInPlan"), nothing.unmetCodes());
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("objectInPlan", false)));
        Answer noException = w.attempt("admin", "COMPLETE_PREPARATION", m());
        assertEquals(List.of("FACT:planException"), noException.unmetCodes());
        assertEquals("facts.planException", noException.list("unmet").get(0).get("field"));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("planException", "TUGAS_PEMBANTUAN")));
        w.act("admin", "COMPLETE_PREPARATION", m());

        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_PENAWARAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        Answer underKuasa = w.attempt("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"),
                "facts", m("kbSignedOn", today, "kbSignatory", "PEJABAT_OPD")));
        assertEquals(422, underKuasa.status());
        assertEquals(List.of("RULE:KB_SIGNATORY"), underKuasa.unmetCodes());
        assertEquals("facts.kbSignatory", underKuasa.list("unmet").get(0).get("field"));
        Answer signed = w.act("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"),
                "facts", m("kbSignedOn", today, "kbSignatory", "KEPALA_DAERAH")));
        assertEquals("PENYUSUNAN_PKS", signed.stage());
    }

    @Test
    void aKsddWajibIsWithdrawnOnlyWithAWrittenReasonAndADocument() {
        Map<String, Object> body = WorkflowApi.departmentProposal("Uji KSDD wajib " + UUID.randomUUID(), "DINKES");
        body.put("ksddKind", "WAJIB");
        Walk w = assessed(body);
        Answer bare = w.attempt("admin", "WITHDRAW", m());
        assertEquals(422, bare.status());
        assertEquals(List.of("INPUT:NOTE", "ATTACH:ANY"), bare.unmetCodes());
        Answer withdrawn = w.act("admin", "WITHDRAW", m("note", "Tidak ada objek bersama yang dapat dikerjakan",
                "documents", docs("SURAT_PERMOHONAN")));
        assertEquals("DIBATALKAN", withdrawn.stage());
    }

    @Test
    void theGubernursFiveWorkingDaysCountFromTheRecordedReceipt() {
        Map<String, Object> body = WorkflowApi.departmentProposal("Uji penerimaan Gubernur " + UUID.randomUUID(), "DISHUB");
        body.put("category", "KSDPL");
        body.remove("ksddKind");
        @SuppressWarnings("unchecked")
        Map<String, Object> partner = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("partner"));
        partner.put("type", "PEMERINTAH_DAERAH_LUAR_NEGERI");
        partner.put("regionOrCountry", "Kota Kitakyushu, Jepang");
        body.put("partner", partner);
        Walk w = api.open("admin", "/cooperations", body);
        String sentOn = today().minusDays(8).toString();
        String before = today().minusDays(9).toString();
        w.act("opd-dishub", "COMPLETE_INITIATIVE", m());
        w.act("opd-dishub", "COMPLETE_EXPLORATION", m());
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("admin", "SIGN_LOI", m("documents", docs("LOI"), "facts", m("loiSignedOn", before,
                "consultedKemendagriOn", before, "consultedKemluOn", before)));
        w.act("opd-dishub", "COMPLETE_RKS", m("documents", docs("RKS")));
        w.act("admin", "SUBMIT_TO_DPRD", m("documents", docs("DPRD_REQUEST"), "facts", m("dprdRequestReceivedOn", before)));
        w.act("admin", "DPRD_APPROVE", m("documents", docs("DPRD_DECISION"), "facts", m("dprdDecidedOn", before)));
        Answer sent = w.act("admin", "SEND_TO_GUBERNUR", m("facts", m("sentToGubernurOn", sentOn)));
        String dueFromSending = relayDue(sent);

        Answer early = w.attempt("admin", "RECORD_GUBERNUR_RECEIPT", m("facts", m("gubernurReceivedOn", before)));
        assertEquals(422, early.status());
        assertEquals(List.of("RULE:ORDER:gubernurReceivedOn:sentToGubernurOn"), early.unmetCodes());
        Answer received = w.act("admin", "RECORD_GUBERNUR_RECEIPT", m("facts", m("gubernurReceivedOn", today)));
        String dueFromReceipt = relayDue(received);
        assertTrue(dueFromReceipt.compareTo(dueFromSending) > 0,
                "from the receipt (" + dueFromReceipt + "), not the sending (" + dueFromSending + ")");
    }

    private static String relayDue(Answer a) {
        return a.list("dueDates").stream().filter(d -> "GUBERNUR_RELAY".equals(d.get("kind")))
                .map(d -> String.valueOf(d.get("date"))).findFirst().orElseThrow(() -> new AssertionError(a.list("dueDates")));
    }
}
