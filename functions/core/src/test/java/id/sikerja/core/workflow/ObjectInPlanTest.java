package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Issue 13 item 13 (PP 28/2018 Ps 4, 16; domain.md §2.1): Persiapan is completed only when the object is recorded as
 * in the RPJMD/RKPD, or an exception (emergency, national strategic programme, tugas pembantuan) is recorded.
 */
class ObjectInPlanTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    /** A KSDD in Persiapan with everything else completing it needs. */
    private CaseState ready(Facts plan) {
        CaseState bare = Fixtures.bare("P-1", Category.KSDD, Stage.PERSIAPAN, Origin.DEPARTMENT);
        CaseState s = bare.withFacts(bare.facts().with(Fact.DPRD_BURDENS_PUBLIC, false)
                .with(Fact.DPRD_FUNDING_UNBUDGETED, false)
                .with(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU)
                .with(Fact.TKKSD_ASSESSED_ON, date(2026, 6, 1)).withAll(plan));
        for (DocumentType t : List.of(KAK, KAJIAN_TKKSD)) {
            s = s.withDocuments(s.documents().register(upload(t), Fixtures.at(2026, 6, 1), admin));
        }
        return s;
    }

    private Decision complete(CaseState s) {
        return wf.decide(s, admin, Command.of(COMPLETE_PREPARATION), Fixtures.at(2026, 6, 10));
    }

    @Test
    void completingPersiapanNeedsTheObjectInThePlanOrAnException() {
        Refusal.GateFailed none = Fixtures.refused(complete(ready(Facts.empty())), Refusal.GateFailed.class);
        assertEquals(List.of("FACT:objectInPlan"), Fixtures.codes(none));

        Refusal.GateFailed notInPlan = Fixtures.refused(complete(ready(Facts.empty().with(Fact.OBJECT_IN_PLAN, false))),
                Refusal.GateFailed.class);
        assertEquals(List.of("FACT:planException"), Fixtures.codes(notInPlan));
        assertEquals(Optional.of("facts.planException"), notInPlan.unmet().get(0).field());

        assertInstanceOf(Transition.class, complete(ready(Facts.empty().with(Fact.OBJECT_IN_PLAN, true))));
        assertInstanceOf(Transition.class, complete(ready(Facts.empty().with(Fact.OBJECT_IN_PLAN, false)
                .with(Fact.PLAN_EXCEPTION, PlanException.TUGAS_PEMBANTUAN))));
    }

    @Test
    void theFactsAreRecordedInPersiapan() {
        CaseState s = Fixtures.bare("P-2", Category.KSDPK, Stage.PERSIAPAN, Origin.DEPARTMENT);
        CaseState recorded = Fixtures.accepted(wf.decide(s, Actor.admin("a"), Command.of(RECORD_FACTS)
                .withFact(Fact.OBJECT_IN_PLAN, false).withFact(Fact.PLAN_EXCEPTION, PlanException.DARURAT),
                Fixtures.at(2026, 6, 10))).state();
        assertEquals(Optional.of(PlanException.DARURAT), recorded.fact(Fact.PLAN_EXCEPTION));
    }

    @Test
    void aLegacyEntryNeedsNeitherButRecordsThemWhenGiven() {
        Facts facts = Facts.empty().with(Fact.PKS_SIGNED_ON, date(2024, 5, 2)).with(Fact.SIGNATORY, Signatory.KEPALA_DAERAH)
                .with(Fact.TERM_START, date(2024, 6, 1)).with(Fact.TERM_MONTHS, 48);
        Fixtures.accepted(wf.enterLegacy(NewCase.ksdd("L-1", KsddKind.SUKARELA, List.of("A")), facts,
                List.of(upload(PKS_SIGNED)), admin, Fixtures.at(2026, 6, 1)));
        CaseState withPlan = Fixtures.accepted(wf.enterLegacy(NewCase.ksdd("L-2", KsddKind.SUKARELA, List.of("A")),
                facts.with(Fact.OBJECT_IN_PLAN, true), List.of(upload(PKS_SIGNED)), admin,
                Fixtures.at(2026, 6, 1))).state();
        assertEquals(Optional.of(true), withPlan.fact(Fact.OBJECT_IN_PLAN));
    }
}
