package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.KsdpkInitiative;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 9 (domain.md §3, "Longer terms for KSDPK objects governed by their own law"): a KSDPK may run longer
 * than five years up to the limit of its recorded legal basis (BMD utilisation, KPBU), with that basis's document;
 * everything else keeps at most 60 months. Enforced on transitions and on legacy entry (which the import uses).
 */
class TermLegalBasisTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    private Decision recordFacts(Category c, Facts facts, List<DocumentUpload> docs) {
        Command cmd = Command.of(RECORD_FACTS).withFacts(facts);
        for (DocumentUpload d : docs) {
            cmd = cmd.withDocument(d);
        }
        return wf.decide(Fixtures.bare("T-" + c, c, Stage.PERSIAPAN, Origin.DEPARTMENT), admin, cmd,
                Fixtures.at(2026, 6, 10));
    }

    private static Facts term(int months) {
        return Facts.empty().with(Fact.TERM_START, date(2026, 7, 1)).with(Fact.TERM_MONTHS, months);
    }

    @Test
    void withoutALegalBasisTheTermStaysWithinSixtyMonths() {
        Refusal.GateFailed r = Fixtures.refused(recordFacts(Category.KSDPK, term(61), List.of()), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:TERM_MAX"), Fixtures.codes(r));
        assertEquals(Optional.of("facts.termMonths"), r.unmet().get(0).field());
        assertTrue(r.unmet().get(0).message().id().contains("60 bulan"), r.unmet().get(0).message().id());
        Fixtures.accepted(recordFacts(Category.KSDPK, term(60), List.of()));
    }

    @Test
    void aKsdpkUnderItsOwnLawRunsUpToTheLimitOfItsBasisWithItsDocument() {
        Facts ksp = term(360).with(Fact.TERM_LEGAL_BASIS, TermLegalBasis.BMD_KSP);
        CaseState s = Fixtures.accepted(recordFacts(Category.KSDPK, ksp, List.of(upload(DASAR_JANGKA_WAKTU)))).state();
        assertEquals(Optional.of(TermLegalBasis.BMD_KSP), s.fact(Fact.TERM_LEGAL_BASIS));

        // the limit of the basis, named with its source
        Refusal.GateFailed over = Fixtures.refused(recordFacts(Category.KSDPK,
                term(361).with(Fact.TERM_LEGAL_BASIS, TermLegalBasis.BMD_KSP), List.of(upload(DASAR_JANGKA_WAKTU))),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:TERM_MAX"), Fixtures.codes(over));
        assertTrue(over.unmet().get(0).message().id().contains("360 bulan"), over.unmet().get(0).message().id());

        // the basis needs its document
        Refusal.GateFailed noDoc = Fixtures.refused(recordFacts(Category.KSDPK, ksp, List.of()), Refusal.GateFailed.class);
        assertEquals(List.of("DOC:DASAR_JANGKA_WAKTU"), Fixtures.codes(noDoc));

        // KPBU: up to fifty years by default; a lease of regional property: five
        Fixtures.accepted(recordFacts(Category.KSDPK, term(600).with(Fact.TERM_LEGAL_BASIS, TermLegalBasis.KPBU),
                List.of(upload(DASAR_JANGKA_WAKTU))));
        assertEquals(List.of("RULE:TERM_MAX"), Fixtures.codes(Fixtures.refused(recordFacts(Category.KSDPK,
                term(61).with(Fact.TERM_LEGAL_BASIS, TermLegalBasis.BMD_SEWA), List.of(upload(DASAR_JANGKA_WAKTU))),
                Refusal.GateFailed.class)));
    }

    @Test
    void onlyAKsdpkHasALegalBasisForALongerTerm() {
        Refusal.GateFailed r = Fixtures.refused(recordFacts(Category.KSDD,
                term(360).with(Fact.TERM_LEGAL_BASIS, TermLegalBasis.BMD_KSP), List.of(upload(DASAR_JANGKA_WAKTU))),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:TERM_BASIS_KSDPK_ONLY"), Fixtures.codes(r));
        assertEquals(Optional.of("facts.termLegalBasis"), r.unmet().get(0).field());
    }

    @Test
    void theLimitsAreNamedSettings() {
        assertEquals(List.of(60, 360, 600, 360, 600), List.of(TermLegalBasis.BMD_SEWA, TermLegalBasis.BMD_KSP,
                        TermLegalBasis.BMD_KSP_INFRASTRUKTUR, TermLegalBasis.BMD_BGS_BSG, TermLegalBasis.KPBU).stream()
                .map(b -> WorkflowSettings.defaults().get(b.limit())).toList());
        Workflow shorter = new Workflow(WorkflowSettings.builder().maxTermBmdKspMonths(240).build(), wf.calendar());
        Decision d = shorter.decide(Fixtures.bare("T-S", Category.KSDPK, Stage.PERSIAPAN, Origin.DEPARTMENT), admin,
                Command.of(RECORD_FACTS).withFact(Fact.TERM_START, date(2026, 7, 1)).withFact(Fact.TERM_MONTHS, 300)
                        .withFact(Fact.TERM_LEGAL_BASIS, TermLegalBasis.BMD_KSP).withDocument(upload(DASAR_JANGKA_WAKTU)),
                Fixtures.at(2026, 6, 10));
        assertEquals(List.of("RULE:TERM_MAX"), Fixtures.codes(Fixtures.refused(d, Refusal.GateFailed.class)));
    }

    @Test
    void signingThePksAndLegacyEntryFollowTheSameRule() {
        // legacy entry (and so the import): a 30-year KSP PKS with its basis and document, not without
        Facts legacy = Facts.empty().with(Fact.PKS_SIGNED_ON, date(2020, 5, 2)).with(Fact.TERM_START, date(2020, 6, 1))
                .with(Fact.TERM_MONTHS, 360).with(Fact.SIGNATORY, Signatory.KEPALA_DAERAH);
        NewCase spec = NewCase.ksdpk("L-1", KsdpkInitiative.PIHAK_KETIGA, List.of("A"));
        Refusal.GateFailed none = Fixtures.refused(wf.enterLegacy(spec, legacy, List.of(upload(PKS_SIGNED)), admin,
                Fixtures.at(2026, 6, 1)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:TERM_MAX"), Fixtures.codes(none));
        Fixtures.accepted(wf.enterLegacy(NewCase.ksdpk("L-2", KsdpkInitiative.PIHAK_KETIGA, List.of("A")),
                legacy.with(Fact.TERM_LEGAL_BASIS, TermLegalBasis.BMD_BGS_BSG),
                List.of(upload(PKS_SIGNED), upload(DASAR_JANGKA_WAKTU)), admin, Fixtures.at(2026, 6, 1)));
        Refusal.GateFailed ksdd = Fixtures.refused(wf.enterLegacy(NewCase.ksdd("L-3", KsddKind.SUKARELA, List.of("A")),
                legacy.with(Fact.TERM_LEGAL_BASIS, TermLegalBasis.BMD_BGS_BSG),
                List.of(upload(PKS_SIGNED), upload(DASAR_JANGKA_WAKTU)), admin, Fixtures.at(2026, 6, 1)),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:TERM_BASIS_KSDPK_ONLY"), Fixtures.codes(ksdd));

        // SIGN_PKS checks the term against the basis recorded before
        CaseState bare = Fixtures.bare("P-1", Category.KSDPK, Stage.PENANDATANGANAN_PKS, Origin.DEPARTMENT);
        CaseState s = bare.withFacts(bare.facts().with(Fact.KB_SIGNED_ON, date(2026, 5, 1))
                .with(Fact.DPRD_BURDENS_PUBLIC, false).with(Fact.DPRD_FUNDING_UNBUDGETED, false));
        Command sign = Command.of(SIGN_PKS).withDocument(upload(PKS_SIGNED)).withFact(Fact.PKS_SIGNED_ON, date(2026, 6, 1))
                .withFact(Fact.SIGNATORY, Signatory.KEPALA_DAERAH).withFact(Fact.TERM_START, date(2026, 7, 1))
                .withFact(Fact.TERM_MONTHS, 360)
                .withFact(Fact.PKS_CLAUSE_RIGHTS_OBLIGATIONS, true).withFact(Fact.PKS_CLAUSE_TERM, true)
                .withFact(Fact.PKS_CLAUSE_DISPUTE_SETTLEMENT, true).withFact(Fact.PKS_CLAUSE_SANCTIONS, true);
        assertEquals(List.of("RULE:TERM_MAX"), Fixtures.codes(Fixtures.refused(
                wf.decide(Fixtures.copiesConfirmed(s, sign), admin, sign, Fixtures.at(2026, 6, 10)),
                Refusal.GateFailed.class)));
        CaseState withBasis = Fixtures.accepted(wf.decide(s, admin, Command.of(RECORD_FACTS)
                .withFact(Fact.TERM_LEGAL_BASIS, TermLegalBasis.BMD_KSP).withDocument(upload(DASAR_JANGKA_WAKTU)),
                Fixtures.at(2026, 6, 10))).state();
        CaseState signed = Fixtures.accepted(wf.decide(Fixtures.copiesConfirmed(withBasis, sign), admin, sign,
                Fixtures.at(2026, 6, 10))).state();
        assertEquals(Stage.PELAKSANAAN, signed.stage());
    }
}
