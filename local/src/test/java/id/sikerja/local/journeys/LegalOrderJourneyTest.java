package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 13 items 1 and 6 through the local gateway: dates in legal order (a 422 naming the later date's field) and
 * no withdrawal once the KB is signed, only an ending with a §2.3 reason and its document.
 */
class LegalOrderJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final String today = today().toString();
    private final String yesterday = today().minusDays(1).toString();

    @Test
    void aPksBeforeItsKbIsRefusedAndASignedKbIsNotWithdrawn() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji urutan tanggal " + UUID.randomUUID(), "DINKES"));
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_PENAWARAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        w.act("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"), "facts", m("kbSignedOn", today,
                "kbSignatory", "KEPALA_DAERAH")));

        Answer withdraw = w.attempt("admin", "WITHDRAW", m());
        assertEquals(409, withdraw.status(), "the KB is signed: no withdrawal");

        w.act("opd-dinkes", "FINALIZE_PKS_DRAFT", m("documents", docs("PKS_DRAFT")));
        Answer early = w.attempt("admin", "SIGN_PKS", m("documents", docs("PKS_SIGNED"), "facts", m(
                "pksSignedOn", yesterday, "signatory", "KEPALA_DAERAH", "termStart", today, "termMonths", 24)));
        assertEquals(422, early.status());
        assertEquals(List.of("RULE:ORDER:pksSignedOn:kbSignedOn"), early.unmetCodes());
        assertEquals("facts.pksSignedOn", early.list("unmet").get(0).get("field"));

        Answer noDocument = w.attempt("admin", "END", m("endReason", "KESEPAKATAN_PARA_PIHAK",
                "note", "Para pihak sepakat"));
        assertEquals(422, noDocument.status());
        assertEquals(List.of("ATTACH:ANY"), noDocument.unmetCodes());
        Answer ended = w.act("admin", "END", m("endReason", "KESEPAKATAN_PARA_PIHAK", "note", "Para pihak sepakat",
                "documents", docs("BERITA_ACARA")));
        assertEquals("DIBATALKAN", ended.stage());
    }
}
