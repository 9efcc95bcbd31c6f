package id.sikerja.core.reads;

import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.Test;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import static id.sikerja.core.reads.ReadsFixtures.NOW;
import static id.sikerja.core.reads.ReadsFixtures.TODAY;
import static id.sikerja.core.reads.ReadsFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import id.sikerja.core.workflow.DueDateKind;
import java.time.LocalDate;

/**
 * Issue 18: an agreement running six months without a verified activity ("berjalan tanpa kegiatan") is counted on
 * the dashboard and listed behind it, from the "no verified activity" due date its summary carries (no scan).
 */
class WithoutActivityReadsTest {

    private final List<CaseSummary> cases = List.of(
            summary("lama-tanpa-kegiatan").stage(Stage.PELAKSANAAN).departments("DINKES")
                    .due(DueDateKind.NO_VERIFIED_ACTIVITY, TODAY.minusDays(1)).build(),
            summary("tanpa-kegiatan-dishub").stage(Stage.PELAKSANAAN).departments("DISHUB")
                    .due(DueDateKind.NO_VERIFIED_ACTIVITY, TODAY.minusMonths(2)).build(),
            summary("jatuh-hari-ini").stage(Stage.PELAKSANAAN).departments("DINKES")
                    .due(DueDateKind.NO_VERIFIED_ACTIVITY, TODAY).build(),
            summary("baru-diverifikasi").stage(Stage.PELAKSANAAN).departments("DINKES")
                    .due(DueDateKind.NO_VERIFIED_ACTIVITY, LocalDate.of(2026, 9, 1)).build(),
            summary("persiapan").stage(Stage.PERSIAPAN).departments("DINKES").build());
    private final OfficerReads reads = new OfficerReads(() -> cases, Clock.fixed(NOW, ZoneOffset.UTC),
            ZoneId.of("Asia/Makassar"));

    @Test
    void theDashboardCountsThemInTheCallersScope() {
        assertEquals(2, reads.dashboard(Actor.admin("a")).withoutActivity());
        assertEquals(1, reads.dashboard(Actor.opd("o", "DINKES")).withoutActivity(), "an OPD: its own only");
    }

    @Test
    void theListFiltersThem() {
        Page<String> page = reads.list(Actor.admin("a"),
                ReadRequests.list(p -> Optional.ofNullable(Map.of("withoutActivity", "true").get(p))), CaseSummary::id);
        assertEquals(List.of("lama-tanpa-kegiatan", "tanpa-kegiatan-dishub"), page.items().stream().sorted().toList());
        assertThrows(RuntimeException.class, () -> ReadRequests.list(
                p -> Optional.ofNullable(Map.of("withoutActivity", "ya").get(p))));
    }
}
