package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static id.sikerja.core.workflow.Stage.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * issue 13 item 8 (h-legal-c): Sinergi with a ministry or national agency (PP 28/2018 Ps 46, domain.md §2.1):
 * Persiapan → Penyusunan Nota Kesepakatan → Penandatanganan Nota Kesepakatan → Rencana Aksi → Pelaksanaan, no DPRD,
 * no KB/PKS.
 */
class SinergiPathTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");
    private final Actor opd = Actor.opd("opd-1", "BAPPEDA");

    @Test
    void thePathHasItsOwnStagesAndNoDprdOrKbPks() {
        ProcessTable t = ProcessDefinitions.table(Category.SINERGI);
        assertEquals(List.of(PERSIAPAN, PENYUSUNAN_NOTA_KESEPAKATAN, PENANDATANGANAN_NOTA_KESEPAKATAN, RENCANA_AKSI,
                PELAKSANAAN), t.path().subList(0, 5));
        for (Stage s : List.of(PENAWARAN, PENYUSUNAN_KB, PENANDATANGANAN_KB, PERSETUJUAN_DPRD, PENYUSUNAN_PKS,
                PENANDATANGANAN_PKS)) {
            assertFalse(t.path().contains(s), s + " is not on the Sinergi path");
        }
    }

    @Test
    void fromIntakeToPelaksanaanWithTheNotaAndTheRencanaAksi() {
        Fixtures.WalkBase w = new Fixtures.WalkBase(wf.openFromIntake(NewCase.sinergi("S-1", List.of()),
                List.of(upload(SURAT_PERMOHONAN)), Actor.partner("S-1"), Fixtures.at(2026, 3, 2)));
        assertEquals(INTAKE, w.state.stage());
        w.act(admin, Command.of(ACCEPT).withDepartments(List.of("BAPPEDA")), date(2026, 3, 3));
        assertEquals(PERSIAPAN, w.state.stage());
        w.act(admin, Command.of(COMPLETE_PREPARATION), date(2026, 3, 4));
        assertEquals(PENYUSUNAN_NOTA_KESEPAKATAN, w.state.stage());

        assertEquals(List.of("DOC:NOTA_KESEPAKATAN_DRAFT"), Fixtures.codes(Fixtures.refused(
                w.attempt(opd, Command.of(FINALIZE_NOTA_DRAFT), date(2026, 3, 5)), Refusal.GateFailed.class)));
        w.act(opd, Command.of(FINALIZE_NOTA_DRAFT).withDocument(upload(NOTA_KESEPAKATAN_DRAFT)), date(2026, 3, 5));
        assertEquals(PENANDATANGANAN_NOTA_KESEPAKATAN, w.state.stage());

        List<String> unmet = Fixtures.codes(Fixtures.refused(w.attempt(admin, Command.of(SIGN_NOTA), date(2026, 3, 9)),
                Refusal.GateFailed.class));
        assertTrue(unmet.containsAll(List.of("DOC:NOTA_KESEPAKATAN_SIGNED", "FACT:notaSignedOn")), unmet.toString());
        w.act(admin, Command.of(SIGN_NOTA).withDocument(upload(NOTA_KESEPAKATAN_SIGNED))
                .withFact(Fact.NOTA_SIGNED_ON, date(2026, 3, 9))
                .withFact(Fact.TERM_START, date(2026, 3, 9)).withFact(Fact.TERM_MONTHS, 36), date(2026, 3, 9));
        assertEquals(RENCANA_AKSI, w.state.stage(), "no DPRD stage after signing");

        assertEquals(List.of("DOC:RENCANA_KERJA"), Fixtures.codes(Fixtures.refused(
                w.attempt(opd, Command.of(COMPLETE_RENCANA_AKSI), date(2026, 3, 20)), Refusal.GateFailed.class)));
        w.act(opd, Command.of(COMPLETE_RENCANA_AKSI).withDocument(upload(RENCANA_KERJA)), date(2026, 3, 20));
        assertEquals(PELAKSANAAN, w.state.stage());
    }

    @Test
    void aLegacySinergiNeedsItsSignedNota() {
        List<Condition> entry = ProcessDefinitions.legacyEntry(Category.SINERGI);
        assertTrue(entry.stream().map(Object::toString).anyMatch(s -> s.contains("Nota Kesepakatan yang sudah ditandatangani")),
                entry.toString());
    }
}
