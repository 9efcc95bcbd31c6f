package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.sikerja.core.workflow.Action.SUBMIT_ANNUAL_PLAN;
import static id.sikerja.core.workflow.DocumentType.RENCANA_KEGIATAN_TAHUNAN;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Permendagri 25/2020 Ps 35–38 [V]: no annual report for the previous year, the next yearly activity plan is refused. */
class ForeignAnnualReportGateTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    private CaseState running(Facts facts) {
        CaseState s = Fixtures.bare("F-1", Category.KSDPL, Stage.PELAKSANAAN, Origin.DEPARTMENT);
        return s.withFacts(s.facts().withAll(facts.with(Fact.TERM_START, date(2025, 3, 1)).with(Fact.TERM_MONTHS, 60)));
    }

    private Decision submitPlan(CaseState s) {
        return wf.decide(s, admin, Command.of(SUBMIT_ANNUAL_PLAN).withDocument(upload(RENCANA_KEGIATAN_TAHUNAN)),
                Fixtures.at(date(2026, 2, 2)));
    }

    @Test
    void thePlanIsRefusedWhileLastYearsReportIsMissing() {
        Refusal.GateFailed r = Fixtures.refused(submitPlan(running(Facts.empty())), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ANNUAL_REPORT_MISSING"), Fixtures.codes(r));
        assertTrue(r.unmet().get(0).message().id().contains("Laporan tahunan 2025 belum tercatat"),
                r.unmet().get(0).message().id());
        assertTrue(r.unmet().get(0).message().en().contains("annual report for 2025"), r.unmet().get(0).message().en());

        Refusal.GateFailed older = Fixtures.refused(submitPlan(running(Facts.empty().with(Fact.LAST_ANNUAL_REPORT_YEAR, 2024))),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ANNUAL_REPORT_MISSING"), Fixtures.codes(older), "a report two years old is not enough");
    }

    @Test
    void thePlanIsAcceptedOnceLastYearsReportIsRecorded() {
        Fixtures.accepted(submitPlan(running(Facts.empty().with(Fact.LAST_ANNUAL_REPORT_YEAR, 2025))));
    }

    @Test
    void anAgreementSignedThisYearHasNoPreviousReportToWaitFor() {
        CaseState s = Fixtures.bare("F-2", Category.KSDLL, Stage.PELAKSANAAN, Origin.DEPARTMENT);
        s = s.withFacts(s.facts().withAll(Facts.empty().with(Fact.TERM_START, date(2026, 1, 15)).with(Fact.TERM_MONTHS, 24)));
        Fixtures.accepted(submitPlan(s));
    }
}
