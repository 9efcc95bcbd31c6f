package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16 (domain.md §8): the TKKSD weighs how well a proposal meets the potential or need it answers (a 1–5 score,
 * required then and refused otherwise), and after signing an officer may mark the entry fulfilled, once.
 */
class PotentialAnswerTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor tkksd = Actor.tkksd("tkksd-1");
    private final Actor admin = Actor.admin("admin-1");

    private CaseState persiapan(boolean answers) {
        CaseState s = Fixtures.bare("P-1", Category.KSDPK, Stage.PERSIAPAN, Origin.PARTNER_APPLICATION);
        if (answers) {
            s = s.withFacts(s.facts().with(Fact.POTENTIAL_ID, "pot-1"));
        }
        return s.withDocuments(s.documents().register(upload(KAJIAN_TKKSD), Fixtures.at(2026, 6, 1), admin));
    }

    private Command assessment() {
        return Command.of(RECORD_TKKSD_ASSESSMENT).withFact(Fact.TKKSD_ASSESSED_ON, date(2026, 6, 2))
                .withFact(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU);
    }

    @Test
    void anAssessmentOfAProposalAnsweringAnEntryNeedsTheMatchScore() {
        Refusal.GateFailed missing = Fixtures.refused(wf.decide(persiapan(true), tkksd, assessment(),
                Fixtures.at(2026, 6, 3)), Refusal.GateFailed.class);
        assertEquals(List.of("FACT:tkksdMatchScore"), Fixtures.codes(missing));
        assertEquals(Optional.of("facts.tkksdMatchScore"), missing.unmet().get(0).field());

        CaseState scored = Fixtures.accepted(wf.decide(persiapan(true), tkksd,
                assessment().withFact(Fact.TKKSD_MATCH_SCORE, 4), Fixtures.at(2026, 6, 3))).state();
        assertEquals(Optional.of(4), scored.fact(Fact.TKKSD_MATCH_SCORE));
    }

    @Test
    void aScoreIsRefusedOnAProposalAnsweringNoEntry() {
        Refusal.GateFailed refused = Fixtures.refused(wf.decide(persiapan(false), tkksd,
                assessment().withFact(Fact.TKKSD_MATCH_SCORE, 3), Fixtures.at(2026, 6, 3)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:TKKSD_MATCH_SCORE_WITHOUT_POTENTIAL"), Fixtures.codes(refused));
        assertEquals(Optional.of("facts.tkksdMatchScore"), refused.unmet().get(0).field());

        assertInstanceOf(Transition.class, wf.decide(persiapan(false), tkksd, assessment(), Fixtures.at(2026, 6, 3)));
    }

    @Test
    void theScoreRunsFromOneToFive() {
        assertFalse(Fact.TKKSD_MATCH_SCORE.accepts(0));
        assertTrue(Fact.TKKSD_MATCH_SCORE.accepts(1));
        assertTrue(Fact.TKKSD_MATCH_SCORE.accepts(5));
        assertFalse(Fact.TKKSD_MATCH_SCORE.accepts(6));
    }

    @Test
    void theEntryAnsweredIsNotAFactOfficersRecord() {
        assertTrue(Fact.POTENTIAL_ID.isSystemManaged());
        assertTrue(Fact.POTENTIAL_FULFILLED.isSystemManaged());
        assertFalse(wf.decide(persiapan(true), admin, Command.of(RECORD_FACTS).withFact(Fact.POTENTIAL_ID, "pot-2"),
                Fixtures.at(2026, 6, 3)) instanceof Transition);
    }

    @Test
    void afterSigningAnOfficerMarksTheEntryFulfilledOnce() {
        for (Category c : List.of(Category.KSDD, Category.KSDPK, Category.KSDPL, Category.SINERGI)) {
            CaseState running = Fixtures.bare("R-" + c, c, Stage.PELAKSANAAN, Origin.PARTNER_APPLICATION);
            running = running.withFacts(running.facts().with(Fact.POTENTIAL_ID, "pot-1"));
            Transition marked = Fixtures.accepted(wf.decide(running, Actor.opd("opd-1", Fixtures.DEPT),
                    Command.of(MARK_POTENTIAL_FULFILLED), Fixtures.at(2026, 7, 1)));
            assertEquals(Optional.of(true), marked.state().fact(Fact.POTENTIAL_FULFILLED), c.name());
            assertEquals(Stage.PELAKSANAAN, marked.state().stage());
            assertEquals(MARK_POTENTIAL_FULFILLED, marked.events().get(0).action());
            // a second mark is not offered: re-running changes nothing
            assertFalse(wf.decide(marked.state(), admin, Command.of(MARK_POTENTIAL_FULFILLED), Fixtures.at(2026, 7, 2))
                    instanceof Transition, c.name());
        }
    }

    @Test
    void noMarkWithoutAnEntryNorBeforeSigning() {
        CaseState running = Fixtures.bare("R-1", Category.KSDPK, Stage.PELAKSANAAN, Origin.PARTNER_APPLICATION);
        assertFalse(wf.decide(running, admin, Command.of(MARK_POTENTIAL_FULFILLED), Fixtures.at(2026, 7, 1))
                instanceof Transition);
        CaseState preparing = persiapan(true);
        assertFalse(wf.decide(preparing, admin, Command.of(MARK_POTENTIAL_FULFILLED), Fixtures.at(2026, 7, 1))
                instanceof Transition);
    }

    @Test
    void aTkksdMemberMayNotMarkIt() {
        CaseState running = Fixtures.bare("R-2", Category.KSDPK, Stage.PELAKSANAAN, Origin.PARTNER_APPLICATION);
        running = running.withFacts(running.facts().with(Fact.POTENTIAL_ID, "pot-1"));
        assertFalse(wf.decide(running, tkksd, Command.of(MARK_POTENTIAL_FULFILLED), Fixtures.at(2026, 7, 1))
                instanceof Transition);
    }
}
