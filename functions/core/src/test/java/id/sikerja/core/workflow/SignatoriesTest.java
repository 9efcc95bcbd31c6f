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

/**
 * Issue 13 item 5 (domain.md §2.1 "Who signs", PP 28/2018 Ps 2(1)-(2)): the KB is signed by the Kepala Daerah only
 * (a kuasa only for the PKS); the signatories of the KB, the PKS and the foreign agreement are recorded.
 */
class SignatoriesTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    private static Command signKb(Signatory who) {
        return Command.of(SIGN_KB).withDocument(upload(KB_SIGNED)).withFact(Fact.KB_SIGNED_ON, date(2026, 6, 1))
                .withFact(Fact.KB_SIGNATORY, who);
    }

    private Decision decide(CaseState s, Command c) {
        return wf.decide(Fixtures.copiesConfirmed(s, c), admin, c, Fixtures.at(2026, 6, 10)); // issue 17
    }

    @Test
    void aKbSignedUnderKuasaIsRefusedAndTheKepalaDaerahIsRecorded() {
        CaseState bare = Fixtures.bare("S-1", Category.KSDD, Stage.PENANDATANGANAN_KB, Origin.DEPARTMENT);
        CaseState s = bare.withFacts(bare.facts().with(Fact.DPRD_BURDENS_PUBLIC, false)
                .with(Fact.DPRD_FUNDING_UNBUDGETED, false));
        Refusal.GateFailed r = Fixtures.refused(decide(s, signKb(Signatory.PEJABAT_OPD)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:KB_SIGNATORY"), Fixtures.codes(r));
        assertEquals(Optional.of("facts.kbSignatory"), r.unmet().get(0).field());

        CaseState signed = Fixtures.accepted(decide(s, signKb(Signatory.KEPALA_DAERAH))).state();
        assertEquals(Optional.of(Signatory.KEPALA_DAERAH), signed.fact(Fact.KB_SIGNATORY));
    }

    @Test
    void signingTheKbRequiresWhoSignedIt() {
        CaseState bare = Fixtures.bare("S-3", Category.KSDPK, Stage.PENANDATANGANAN_KB, Origin.DEPARTMENT);
        CaseState s = bare.withFacts(bare.facts().with(Fact.DPRD_BURDENS_PUBLIC, false)
                .with(Fact.DPRD_FUNDING_UNBUDGETED, false));
        Refusal.GateFailed r = Fixtures.refused(decide(s, Command.of(SIGN_KB).withDocument(upload(KB_SIGNED))
                .withFact(Fact.KB_SIGNED_ON, date(2026, 6, 1))), Refusal.GateFailed.class);
        assertEquals(List.of("FACT:kbSignatory"), Fixtures.codes(r));
        assertEquals(Optional.of("facts.kbSignatory"), r.unmet().get(0).field());
    }

    private Decision legacy(String id, Facts facts, List<DocumentUpload> docs) {
        return wf.enterLegacy(NewCase.ksdd(id, KsddKind.SUKARELA, List.of("A")), facts, docs, admin,
                Fixtures.at(2026, 6, 1));
    }

    @Test
    void legacyEntryRefusesAKbSignedUnderKuasa() {
        Facts kbOnly = Facts.empty().with(Fact.KB_SIGNED_ON, date(2024, 5, 2))
                .with(Fact.TERM_START, date(2024, 6, 1)).with(Fact.TERM_MONTHS, 48);
        List<DocumentUpload> kbDocs = List.of(upload(KB_SIGNED), upload(SURAT_KUASA));

        Refusal.GateFailed named = Fixtures.refused(legacy("L-1",
                kbOnly.with(Fact.KB_SIGNATORY, Signatory.PEJABAT_OPD), kbDocs), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:KB_SIGNATORY"), Fixtures.codes(named));

        Refusal.GateFailed byOfficial = Fixtures.refused(legacy("L-2",
                kbOnly.with(Fact.SIGNATORY, Signatory.PEJABAT_OPD), kbDocs), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:KB_SIGNATORY"), Fixtures.codes(byOfficial), "a KB alone signed by an official");

        Fixtures.accepted(legacy("L-3", kbOnly.with(Fact.KB_SIGNATORY, Signatory.KEPALA_DAERAH), kbDocs));
        // A PKS signed under kuasa stays allowed, as before.
        Fixtures.accepted(legacy("L-4", kbOnly.with(Fact.KB_SIGNATORY, Signatory.KEPALA_DAERAH)
                        .with(Fact.PKS_SIGNED_ON, date(2024, 5, 20)).with(Fact.SIGNATORY, Signatory.PEJABAT_OPD),
                List.of(upload(KB_SIGNED), upload(PKS_SIGNED), upload(SURAT_KUASA))));
    }

    @Test
    void theForeignAgreementsSignatoryIsRecorded() {
        CaseState s = Fixtures.bare("S-2", Category.KSDPL, Stage.PENANDATANGANAN_NASKAH, Origin.DEPARTMENT);
        LocalDate on = date(2026, 6, 1);
        CaseState signed = Fixtures.accepted(decide(s, Command.of(SIGN_NASKAH).withDocument(upload(NASKAH_SIGNED))
                .withFact(Fact.NASKAH_SIGNED_ON, on).withFact(Fact.TERM_START, on).withFact(Fact.TERM_MONTHS, 24)
                .withFact(Fact.NASKAH_SIGNATORY, Signatory.KEPALA_DAERAH))).state();
        assertEquals(Optional.of(Signatory.KEPALA_DAERAH), signed.fact(Fact.NASKAH_SIGNATORY));
    }
}
