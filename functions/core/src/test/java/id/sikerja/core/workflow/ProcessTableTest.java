package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static id.sikerja.core.workflow.Stage.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shape of the tables: the legal order of stages, and every action used somewhere. */
class ProcessTableTest {

    @Test
    void domesticPathsHaveTheTenStagesOfPp28() {
        for (Category c : List.of(Category.KSDD, Category.KSDPK)) {
            assertEquals(List.of(PERSIAPAN, PENAWARAN, PENYUSUNAN_KB, PENANDATANGANAN_KB, PERSETUJUAN_DPRD,
                    PENYUSUNAN_PKS, PENANDATANGANAN_PKS, PELAKSANAAN, PENATAUSAHAAN, PELAPORAN),
                    ProcessDefinitions.table(c).path());
            assertTrue(ProcessDefinitions.table(c).rule(PERSETUJUAN_DPRD).orElseThrow().onlyWhen().isPresent(),
                    "conditional for " + c);
        }
    }

    @Test
    void foreignPathsHaveTheElevenStagesOfPermendagri25() {
        for (Category c : List.of(Category.KSDPL, Category.KSDLL)) {
            assertEquals(List.of(PRAKARSA, PENJAJAKAN, PERNYATAAN_KEHENDAK, RENCANA_KERJA_SAMA, PERSETUJUAN_DPRD,
                    VERIFIKASI_MENTERI, RANCANGAN_NASKAH, PEMBAHASAN, PERSETUJUAN_MENTERI, PENANDATANGANAN_NASKAH,
                    PELAKSANAAN), ProcessDefinitions.table(c).path());
            assertTrue(ProcessDefinitions.table(c).rule(PERSETUJUAN_DPRD).orElseThrow().onlyWhen().isEmpty(),
                    "always for " + c);
        }
    }

    @Test
    void everyStageActionIsUsedAndNoCreationOrRecordOnlyActionIsInAStage() {
        Set<Action> used = EnumSet.noneOf(Action.class);
        for (Category c : Category.values()) {
            ProcessDefinitions.table(c).stages().forEach(s -> s.actions().forEach(a -> used.add(a.action())));
        }
        for (Action a : Action.values()) {
            assertEquals(a.isStageAction(), used.contains(a), a.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> ActionRule.of(Action.ENTER_LEGACY));
    }

    @Test
    void theTableReadsAgainstTheRegulation() {
        String ksdpk = ProcessDefinitions.table(Category.KSDPK).describe();
        assertTrue(ksdpk.contains("PERSETUJUAN_DPRD (Persetujuan DPRD)  hanya jika membebani masyarakat dan daerah"));
        assertTrue(ksdpk.contains("Klausul sanksi dikonfirmasi"));
        assertTrue(ksdpk.contains("SIGN_KB → PERSETUJUAN_DPRD  oleh [ADMIN]"));
        String ksdd = ProcessDefinitions.table(Category.KSDD).describe();
        assertTrue(!ksdd.contains("Klausul sanksi"), "the clause checklist is KSDPK's");
        assertTrue(ksdd.contains("Kerangka acuan kerja (KAK) terunggah"));
    }

    @Test
    void settingsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> WorkflowSettings.builder().monevPeriodMonths(5).build());
        assertThrows(IllegalArgumentException.class,
                () -> WorkflowSettings.builder().intakeValidationWorkingDays(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> WorkflowSettings.defaults().withExpiryReminderDays(List.of(30, -1)));
        assertEquals(java.time.ZoneId.of("Asia/Makassar"), WorkflowSettings.defaults().zone());
    }

    @Test
    void endReasonsFollowTheLaw() {
        assertTrue(EndReason.PUTUSAN_PENGADILAN.appliesTo(Category.KSDPK));
        assertTrue(!EndReason.PUTUSAN_PENGADILAN.appliesTo(Category.KSDD));
        assertTrue(EndReason.DIGANTI_PERJANJIAN_BARU.appliesTo(Category.KSDLL));
        assertTrue(!EndReason.DIGANTI_PERJANJIAN_BARU.appliesTo(Category.KSDPK));
        assertTrue(java.util.Arrays.stream(EndReason.values()).noneMatch(r -> r.name().contains("KEPALA_DAERAH")),
                "a change of Kepala Daerah ends nothing");
    }
}
