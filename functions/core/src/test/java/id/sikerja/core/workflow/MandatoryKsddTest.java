package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 7 (domain.md §2.1, PP 28/2018 Ps 3): a KSDD wajib is not rejected or withdrawn like a voluntary
 * offer: refusing it takes a written reason and a document, and the case is flagged as a refused mandatory
 * cooperation.
 */
class MandatoryKsddTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    private static CaseState ksdd(KsddKind kind, Stage stage) {
        CaseState b = Fixtures.bare("W-1", Category.KSDD, stage, Origin.DEPARTMENT);
        return new CaseState(b.id(), b.category(), Optional.of(kind), b.ksdpkInitiative(), b.origin(), b.stage(),
                b.stageEnteredAt(), b.departments(), b.version(), b.facts(), b.documents(), b.monev(), b.dueDates(),
                b.parentId(), b.previousAgreementId(), b.endReason(), b.createdAt());
    }

    private Decision decide(CaseState s, Command c) {
        return wf.decide(s, admin, c, Fixtures.at(2026, 6, 10));
    }

    @Test
    void withdrawingAMandatoryKsddNeedsAWrittenReasonAndADocumentAndIsFlagged() {
        CaseState wajib = ksdd(KsddKind.WAJIB, Stage.PERSIAPAN);
        Refusal.GateFailed bare = Fixtures.refused(decide(wajib, Command.of(WITHDRAW)), Refusal.GateFailed.class);
        assertEquals(List.of("INPUT:NOTE", "ATTACH:ANY"), Fixtures.codes(bare));

        CaseState ended = Fixtures.accepted(decide(wajib, Command.of(WITHDRAW).withNote("Tidak ada anggaran")
                .withDocument(upload(SURAT_PERMOHONAN)))).state();
        assertEquals(Stage.DIBATALKAN, ended.stage());
        assertTrue(MandatoryRefusal.isRefusedMandatory(ended));

        CaseState voluntary = Fixtures.accepted(decide(ksdd(KsddKind.SUKARELA, Stage.PERSIAPAN),
                Command.of(WITHDRAW))).state();
        assertFalse(MandatoryRefusal.isRefusedMandatory(voluntary), "a voluntary offer is withdrawn as before");
    }

    @Test
    void rejectingAMandatoryKsddAtIntakeNeedsADocumentToo() {
        CaseState wajib = ksdd(KsddKind.WAJIB, Stage.INTAKE);
        Refusal.GateFailed noDoc = Fixtures.refused(decide(wajib, Command.of(REJECT).withNote("Di luar kewenangan")),
                Refusal.GateFailed.class);
        assertEquals(List.of("ATTACH:ANY"), Fixtures.codes(noDoc));
        CaseState rejected = Fixtures.accepted(decide(wajib, Command.of(REJECT).withNote("Di luar kewenangan")
                .withDocument(upload(SURAT_PERMOHONAN)))).state();
        assertTrue(MandatoryRefusal.isRefusedMandatory(rejected));

        Fixtures.accepted(decide(ksdd(KsddKind.SUKARELA, Stage.INTAKE), Command.of(REJECT).withNote("Tidak sesuai")));
    }
}
