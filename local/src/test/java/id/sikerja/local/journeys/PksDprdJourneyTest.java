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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 2 through the local gateway: the DPRD test per PKS and budget year (PP 28/2018 Ps 6(2); domain.md
 * §2.1). A PKS under a KB records its own facts; when they need the DPRD it goes through the DPRD stage itself, or
 * cites the approval that covers its budget year with the decision's document.
 */
class PksDprdJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final String today = today().toString();
    private final int year = today().getYear();

    /** A KSDD whose KB burdens the public: signed and approved by the DPRD today. */
    private Walk approvedKb() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji DPRD per PKS " + UUID.randomUUID(), "DINKES"));
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", true, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_PENAWARAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        w.act("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"), "facts", m("kbSignedOn", today, "kbSignatory", "KEPALA_DAERAH")));
        w.act("admin", "SUBMIT_TO_DPRD", m("documents", docs("DPRD_REQUEST"), "facts", m("dprdRequestReceivedOn", today)));
        w.act("admin", "DPRD_APPROVE", m("documents", docs("DPRD_DECISION"), "facts", m("dprdDecidedOn", today)));
        assertEquals("PENYUSUNAN_PKS", w.stage());
        return w;
    }

    private Walk child(Walk kb) {
        Answer child = api.post("admin", "/cooperations/" + kb.id + "/child-pks",
                m("departments", List.of("DISHUB"), "title", "PKS angkutan pasien " + UUID.randomUUID()));
        assertEquals(201, child.status(), child.raw().body());
        return api.new Walk((String) child.body().get("id"), child.version());
    }

    private static Map<String, Object> action(Answer view, String action) {
        return view.list("actions").stream().filter(a -> a.get("action").equals(action)).findFirst().orElseThrow();
    }

    @Test
    void aChildPksWhoseFundingIsUnbudgetedGoesThroughTheDprdItself() {
        Walk kb = approvedKb();
        Walk c = child(kb);
        Answer view = api.view("admin", c.id);
        List<Object> facts = view.list("facts").stream().map(f -> f.get("fact")).toList();
        assertFalse(facts.contains("dprdOutcome"), "the KB's approval is not the child's: " + facts);
        assertTrue(facts.contains("kbSignedOn"), "the KB's signing date is the child's earliest PKS date");

        Answer noFacts = c.attempt("opd-dishub", "FINALIZE_PKS_DRAFT", m("documents", docs("PKS_DRAFT")));
        assertEquals(422, noFacts.status());
        assertEquals(List.of("FACT:pksBurdensPublic", "FACT:pksFundingUnbudgeted", "FACT:pksBudgetYear"),
                noFacts.unmetCodes());
        assertEquals(List.of("facts.pksBurdensPublic", "facts.pksFundingUnbudgeted", "facts.pksBudgetYear"),
                noFacts.list("unmet").stream().map(u -> u.get("field")).toList());

        c.act("opd-dishub", "RECORD_FACTS", m("facts", m("pksBurdensPublic", false, "pksFundingUnbudgeted", true,
                "pksBudgetYear", year)));
        Answer unapproved = c.attempt("opd-dishub", "FINALIZE_PKS_DRAFT", m("documents", docs("PKS_DRAFT")));
        assertEquals(422, unapproved.status());
        assertEquals(List.of("RULE:PKS_DPRD_APPROVAL"), unapproved.unmetCodes());

        // the case page offers both ways, and the citation form asks for the decision with labels
        view = api.view("admin", c.id);
        Map<String, Object> cite = action(view, "CITE_DPRD_APPROVAL");
        List<?> asks = (List<?>) cite.get("asks");
        assertEquals(List.of("coveringDprdDecisionNumber", "coveringDprdDecidedOn", "coveringDprdBudgetYear"),
                asks.stream().map(a -> ((Map<?, ?>) a).get("fact")).toList());
        assertTrue(asks.stream().allMatch(a -> !((String) ((Map<?, ?>) a).get("label")).isBlank()));
        assertEquals("PERSETUJUAN_DPRD", ((Map<?, ?>) action(view, "REQUEST_PKS_DPRD_APPROVAL").get("target")).get("code"));

        assertEquals("PERSETUJUAN_DPRD", c.act("admin", "REQUEST_PKS_DPRD_APPROVAL", m()).stage());
        Answer requested = c.act("admin", "SUBMIT_TO_DPRD", m("documents", docs("DPRD_REQUEST"),
                "facts", m("dprdRequestReceivedOn", today)));
        assertEquals("DPRD_RESPONSE", requested.list("dueDates").get(0).get("kind"), "its own 45 working days");
        assertEquals("PENYUSUNAN_PKS", c.act("admin", "DPRD_APPROVE", m("documents", docs("DPRD_DECISION"),
                "facts", m("dprdDecidedOn", today))).stage());
        c.act("opd-dishub", "FINALIZE_PKS_DRAFT", m("documents", docs("PKS_DRAFT")));
        Answer running = c.act("admin", "SIGN_PKS", m("documents", docs("PKS_SIGNED"), "facts", m("pksSignedOn", today,
                "signatory", "KEPALA_DAERAH", "termStart", today, "termMonths", 24)));
        assertEquals("PELAKSANAAN", running.stage());
        assertEquals(List.of("PENYUSUNAN_PKS", "PERSETUJUAN_DPRD", "PENYUSUNAN_PKS", "PENANDATANGANAN_PKS",
                "PELAKSANAAN"), api.stagesVisited(c.id));
    }

    @Test
    void aChildPksCitesTheKbsApprovalForItsBudgetYear() {
        Walk kb = approvedKb();
        Walk c = child(kb);
        c.act("opd-dishub", "RECORD_FACTS", m("facts", m("pksBurdensPublic", true, "pksFundingUnbudgeted", false,
                "pksBudgetYear", year)));
        Answer noDocument = c.attempt("admin", "CITE_DPRD_APPROVAL", m("facts", m("coveringDprdDecisionNumber",
                "12/DPRD/" + year, "coveringDprdDecidedOn", today, "coveringDprdBudgetYear", year)));
        assertEquals(422, noDocument.status());
        assertEquals(List.of("DOC:DPRD_DECISION"), noDocument.unmetCodes());

        c.act("admin", "CITE_DPRD_APPROVAL", m("documents", docs("DPRD_DECISION"), "facts", m(
                "coveringDprdDecisionNumber", "7/DPRD/" + (year - 1), "coveringDprdDecidedOn",
                today().minusYears(1).toString(), "coveringDprdBudgetYear", year - 1)));
        Answer otherYear = c.attempt("opd-dishub", "FINALIZE_PKS_DRAFT", m("documents", docs("PKS_DRAFT")));
        assertEquals(422, otherYear.status());
        assertEquals(List.of("RULE:PKS_DPRD_CITED_YEAR"), otherYear.unmetCodes());
        assertEquals("facts.coveringDprdBudgetYear", otherYear.list("unmet").get(0).get("field"));

        c.act("admin", "CITE_DPRD_APPROVAL", m("documents", docs("DPRD_DECISION"), "facts", m(
                "coveringDprdDecisionNumber", "12/DPRD/" + year, "coveringDprdDecidedOn", today,
                "coveringDprdBudgetYear", year)));
        c.act("opd-dishub", "FINALIZE_PKS_DRAFT", m("documents", docs("PKS_DRAFT")));
        assertEquals("PELAKSANAAN", c.act("admin", "SIGN_PKS", m("documents", docs("PKS_SIGNED"), "facts", m(
                "pksSignedOn", today, "signatory", "KEPALA_DAERAH", "termStart", today, "termMonths", 24))).stage());
        assertEquals(List.of("PENYUSUNAN_PKS", "PENANDATANGANAN_PKS", "PELAKSANAAN"), api.stagesVisited(c.id),
                "no DPRD stage of its own: the cited approval covers it");
    }
}
