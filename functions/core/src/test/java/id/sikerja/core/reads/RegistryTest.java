package id.sikerja.core.reads;

import id.sikerja.core.model.Category;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.core.reads.ReadsFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class RegistryTest {

    final List<CaseSummary> cases = new ArrayList<>();
    final Registry registry = new Registry(() -> cases, Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Makassar"));
    static final String SHA = "ab".repeat(32);

    List<String> ids(Map<String, String> params) {
        return registry.list(ReadRequests.registry(p -> Optional.ofNullable(params.get(p))), CaseSummary::id).items();
    }

    void seed() {
        cases.add(summary("intake").stage(Stage.INTAKE).build());
        cases.add(summary("signing").stage(Stage.PENANDATANGANAN_PKS).document(DocumentType.PKS_SIGNED, 1, "cd".repeat(32)).build());
        cases.add(summary("running").stage(Stage.PELAKSANAAN).signed(TODAY.minusYears(1)).title("Air Bersih")
                .term(TODAY.minusYears(1), TODAY.plusDays(40)).document(DocumentType.PKS_SIGNED, 1, SHA).build());
        cases.add(summary("ended").stage(Stage.SELESAI).ended(EndReason.TUJUAN_TERCAPAI).signed(TODAY.minusYears(3))
                .category(Category.KSDD).departments("DISHUB").region("Kabupaten Kutai").build());
        cases.add(summary("archiving").stage(Stage.PENATAUSAHAAN).signed(TODAY.minusYears(2)).build());
        cases.add(summary("rejected").stage(Stage.DITOLAK).ended(EndReason.DITOLAK_TKKSD).build());
        cases.add(summary("withdrawn").stage(Stage.DIBATALKAN).ended(EndReason.DITARIK_PEMOHON).build());
    }

    @Test
    void listsOnlySignedAgreementsThatRunOrEndedLatestSignedFirst() {
        seed();
        assertEquals(List.of("running", "archiving", "ended"), ids(Map.of()));
        assertEquals(List.of("running"), ids(Map.of("status", "BERLAKU")));
        assertEquals(List.of("archiving", "ended"), ids(Map.of("status", "BERAKHIR")));
        assertEquals(List.of("ended"), ids(Map.of("category", "KSDD")));
        assertEquals(List.of("ended"), ids(Map.of("department", "DISHUB")));
        assertEquals(List.of("archiving"), ids(Map.of("year", Integer.toString(TODAY.minusYears(2).getYear()))));
        assertEquals(List.of("running"), ids(Map.of("q", "air")));
        assertTrue(registry.find("intake").isEmpty());
        assertTrue(registry.find("rejected").isEmpty());
        assertTrue(registry.find("running").isPresent());
    }

    @Test
    void aPrivatePersonsNameIsNeitherShownNorSearchable() {
        cases.add(summary("person").stage(Stage.PELAKSANAAN).signed(TODAY.minusYears(1)).title("Pelatihan membatik")
                .partner("Siti Rahmawati").partnerType(id.sikerja.core.model.PartnerType.PERORANGAN).build());
        cases.add(summary("company").stage(Stage.PELAKSANAAN).signed(TODAY.minusYears(1)).title("Pelatihan tenun")
                .partner("PT Tenun Borneo").build());
        assertEquals(List.of(), ids(Map.of("q", "rahmawati")));
        assertEquals(List.of("person"), ids(Map.of("q", "membatik")));
        assertEquals("Perseorangan", Registry.publicPartnerName(registry.find("person").orElseThrow()));
        assertEquals(List.of("company"), ids(Map.of("q", "borneo")));
        assertEquals("PT Tenun Borneo", Registry.publicPartnerName(registry.find("company").orElseThrow()));
    }

    @Test
    void statsCountPublicAgreementsAndListThoseEndingSoon() {
        seed();
        Registry.Stats s = registry.stats();
        assertEquals(3, s.total());
        assertEquals(Map.of("KSDPK", 2, "KSDD", 1), s.byCategory());
        assertEquals(Map.of("PELAKSANAAN", 1, "PENATAUSAHAAN", 1, "SELESAI", 1), s.byStage());
        assertEquals(Map.of("DINKES", 2, "DISHUB", 1), s.byDepartment());
        assertEquals(Map.of("Kota Samarinda", 2, "Kabupaten Kutai", 1), s.byPartnerRegion());
        assertEquals(List.of("running"), s.endingSoon().stream().map(CaseSummary::id).toList());
    }

    @Test
    void verifiesOnlySignedVersionsOfPublicAgreements() {
        seed();
        assertEquals("running", registry.verify(SHA).orElseThrow().agreement().id());
        assertTrue(registry.verify("cd".repeat(32)).isEmpty(), "not public yet");
        assertTrue(registry.verify("ef".repeat(32)).isEmpty());
    }
}
