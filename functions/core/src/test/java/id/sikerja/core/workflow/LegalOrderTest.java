package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 1: dates follow the legal order of domain.md §2.1 (PP 28/2018 Ps 6(1), Permendagri 25/2020 Ps 9),
 * on every action and entry that records them, and a refusal names both dates.
 */
class LegalOrderTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    private static CaseState at(Category c, Stage s, Facts f) {
        CaseState bare = Fixtures.bare("O-1", c, s, Origin.DEPARTMENT);
        return bare.withFacts(bare.facts().withAll(f));
    }

    private CaseState withDoc(CaseState s, DocumentType type) {
        return s.withDocuments(s.documents().register(upload(type), Fixtures.at(2026, 1, 5), admin));
    }

    private Decision decide(CaseState s, Command c, LocalDate on) {
        return wf.decide(Fixtures.copiesConfirmed(s, c), admin, c, Fixtures.at(on)); // issue 17: copy checked
    }

    private static Command signPks(LocalDate on) {
        return Command.of(SIGN_PKS).withDocument(upload(PKS_SIGNED)).withFact(Fact.PKS_SIGNED_ON, on)
                .withFact(Fact.SIGNATORY, Signatory.KEPALA_DAERAH)
                .withFact(Fact.TERM_START, on).withFact(Fact.TERM_MONTHS, 24);
    }

    @Test
    void aPksIsNotSignedBeforeTheKb() {
        CaseState s = at(Category.KSDD, Stage.PENANDATANGANAN_PKS, Facts.empty()
                .with(Fact.KB_SIGNED_ON, date(2026, 6, 10)));
        Refusal.GateFailed r = Fixtures.refused(decide(s, signPks(date(2026, 6, 9)), date(2026, 6, 20)),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ORDER:pksSignedOn:kbSignedOn"), Fixtures.codes(r));
        assertTrue(r.unmet().get(0).message().id().contains("9 Juni 2026"), r.unmet().get(0).message().id());
        assertTrue(r.unmet().get(0).message().id().contains("10 Juni 2026"), r.unmet().get(0).message().id());
        assertTrue(r.unmet().get(0).message().en().contains("10 June 2026"), r.unmet().get(0).message().en());
        assertEquals(Optional.of("facts.pksSignedOn"), r.unmet().get(0).field());

        assertInstanceOf(Transition.class, decide(s, signPks(date(2026, 6, 10)), date(2026, 6, 20)),
                "the same day as the KB is in order");
    }

    @Test
    void aChildPksIsNotSignedBeforeItsParentKb() {
        // A child PKS carries its parent KB's signing date (inherited when it is opened).
        CaseState parent = at(Category.KSDD, Stage.PENYUSUNAN_PKS, Facts.empty()
                .with(Fact.KB_SIGNED_ON, date(2026, 3, 2))
                .with(Fact.DPRD_BURDENS_PUBLIC, false).with(Fact.DPRD_FUNDING_UNBUDGETED, false))
                ;
        parent = withDoc(parent, KB_SIGNED);
        Decision opened = wf.openChildPks(parent, "O-2", List.of(Fixtures.DEPT), admin, Fixtures.at(2026, 6, 1));
        CaseState child = Fixtures.accepted(opened).state();
        assertEquals(Optional.of(date(2026, 3, 2)), child.fact(Fact.KB_SIGNED_ON));
        CaseState signing = child.withStage(Stage.PENANDATANGANAN_PKS, Fixtures.at(2026, 6, 2));
        // issue 13 item 2: a child PKS records its own DPRD facts (here: no DPRD needed)
        signing = signing.withFacts(signing.facts().with(Fact.PKS_BURDENS_PUBLIC, false)
                .with(Fact.PKS_FUNDING_UNBUDGETED, false).with(Fact.PKS_BUDGET_YEAR, 2026));
        Refusal.GateFailed r = Fixtures.refused(decide(signing, signPks(date(2026, 3, 1)), date(2026, 6, 20)),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ORDER:pksSignedOn:kbSignedOn"), Fixtures.codes(r));
    }

    @Test
    void aPksNeedingTheDprdIsNotSignedBeforeItsApproval() {
        CaseState approved = at(Category.KSDD, Stage.PENANDATANGANAN_PKS, Facts.empty()
                .with(Fact.KB_SIGNED_ON, date(2026, 3, 2))
                .with(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 3, 5))
                .with(Fact.DPRD_DECIDED_ON, date(2026, 4, 6))
                .with(Fact.DPRD_OUTCOME, DprdOutcome.DISETUJUI));
        Refusal.GateFailed r = Fixtures.refused(decide(approved, signPks(date(2026, 4, 3)), date(2026, 6, 20)),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ORDER:pksSignedOn:dprdApprovedOn"), Fixtures.codes(r));
        assertTrue(r.unmet().get(0).message().id().contains("6 April 2026"), r.unmet().get(0).message().id());
        assertInstanceOf(Transition.class, decide(approved, signPks(date(2026, 4, 6)), date(2026, 6, 20)));
    }

    @Test
    void afterDeemedApprovalThePksIsSignedOnceItTookEffect() {
        LocalDate received = date(2026, 3, 5);
        LocalDate effective = wf.deadlines().dprdResponseDue(received).plusDays(1);
        CaseState deemed = at(Category.KSDD, Stage.PENANDATANGANAN_PKS, Facts.empty()
                .with(Fact.KB_SIGNED_ON, date(2026, 3, 2))
                .with(Fact.DPRD_REQUEST_RECEIVED_ON, received)
                .with(Fact.DPRD_OUTCOME, DprdOutcome.DIANGGAP_DISETUJUI));
        Refusal.GateFailed r = Fixtures.refused(decide(deemed, signPks(effective.minusDays(1)), effective.plusDays(5)),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ORDER:pksSignedOn:dprdApprovedOn"), Fixtures.codes(r));
        assertInstanceOf(Transition.class, decide(deemed, signPks(effective), effective.plusDays(5)));
    }

    @Test
    void aDprdDecisionIsNotBeforeTheDprdReceivedTheRequest() {
        CaseState s = at(Category.KSDD, Stage.PERSETUJUAN_DPRD, Facts.empty()
                .with(Fact.DPRD_BURDENS_PUBLIC, true).with(Fact.DPRD_FUNDING_UNBUDGETED, false)
                .with(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 5, 4)));
        for (Action a : List.of(DPRD_APPROVE, DPRD_REJECT)) {
            Command c = Command.of(a).withDocument(upload(DPRD_DECISION)).withFact(Fact.DPRD_DECIDED_ON, date(2026, 5, 1))
                    .withNote("DPRD menolak");
            Refusal.GateFailed r = Fixtures.refused(decide(s, c, date(2026, 5, 20)), Refusal.GateFailed.class);
            assertEquals(List.of("RULE:ORDER:dprdDecidedOn:dprdRequestReceivedOn"), Fixtures.codes(r), a.name());
            assertTrue(r.unmet().get(0).message().id().contains("4 Mei 2026"), r.unmet().get(0).message().id());
            assertInstanceOf(Transition.class, decide(s, c.withFact(Fact.DPRD_DECIDED_ON, date(2026, 5, 4)),
                    date(2026, 5, 20)), a.name());
        }
    }

    @Test
    void anLoiIsSignedAfterBothConsultations() {
        CaseState s = at(Category.KSDLL, Stage.PERNYATAAN_KEHENDAK, Facts.empty()
                .with(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU));
        s = withDoc(s, KAJIAN_TKKSD);
        Command c = Command.of(SIGN_LOI).withDocument(upload(LOI)).withFact(Fact.LOI_SIGNED_ON, date(2026, 5, 10))
                .withFact(Fact.CONSULTED_KEMENDAGRI_ON, date(2026, 5, 11))
                .withFact(Fact.CONSULTED_KEMLU_ON, date(2026, 5, 12));
        Refusal.GateFailed r = Fixtures.refused(decide(s, c, date(2026, 5, 20)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ORDER:loiSignedOn:consultedKemendagriOn", "RULE:ORDER:loiSignedOn:consultedKemluOn"),
                Fixtures.codes(r));
        assertTrue(r.unmet().get(1).message().en().contains("12 May 2026"), r.unmet().get(1).message().en());
        assertInstanceOf(Transition.class, decide(s, c.withFact(Fact.LOI_SIGNED_ON, date(2026, 5, 12)),
                date(2026, 5, 20)));
    }

    @Test
    void aLegacyEntryKeepsTheLegalOrderToo() {
        Facts facts = Facts.empty().with(Fact.KB_SIGNED_ON, date(2024, 5, 2)).with(Fact.PKS_SIGNED_ON, date(2024, 5, 1))
                .with(Fact.SIGNATORY, Signatory.KEPALA_DAERAH)
                .with(Fact.TERM_START, date(2024, 6, 1)).with(Fact.TERM_MONTHS, 48);
        List<DocumentUpload> docs = List.of(upload(PKS_SIGNED), upload(KB_SIGNED));
        Refusal.GateFailed r = Fixtures.refused(wf.enterLegacy(NewCase.ksdd("L-9", KsddKind.SUKARELA, List.of("A")),
                facts, docs, admin, Fixtures.at(2026, 6, 1)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ORDER:pksSignedOn:kbSignedOn"), Fixtures.codes(r));

        Refusal.GateFailed dprd = Fixtures.refused(wf.enterLegacy(NewCase.ksdd("L-10", KsddKind.SUKARELA, List.of("A")),
                facts.with(Fact.PKS_SIGNED_ON, date(2024, 5, 3)).with(Fact.DPRD_REQUEST_RECEIVED_ON, date(2024, 5, 6))
                        .with(Fact.DPRD_DECIDED_ON, date(2024, 5, 4)), docs, admin, Fixtures.at(2026, 6, 1)),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ORDER:dprdDecidedOn:dprdRequestReceivedOn", "RULE:ORDER:pksSignedOn:dprdDecidedOn"),
                Fixtures.codes(dprd));

        assertInstanceOf(Transition.class, wf.enterLegacy(NewCase.ksdd("L-11", KsddKind.SUKARELA, List.of("A")),
                facts.with(Fact.PKS_SIGNED_ON, date(2024, 5, 2)), docs, admin, Fixtures.at(2026, 6, 1)));
    }
}
