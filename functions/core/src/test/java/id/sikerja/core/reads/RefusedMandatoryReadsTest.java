package id.sikerja.core.reads;

import id.sikerja.core.model.Category;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.core.reads.ReadsFixtures.NOW;
import static id.sikerja.core.reads.ReadsFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 13 item 7: a KSDD wajib the region refused is flagged on the dashboard (a count and the list behind it) for
 * the Gubernur or the Minister, who may take it over (domain.md §2.1).
 */
class RefusedMandatoryReadsTest {

    private final List<CaseSummary> cases = List.of(
            summary("wajib").category(Category.KSDD).stage(Stage.DITOLAK).ended(EndReason.DITOLAK_TKKSD)
                    .departments("DINKES").refusedMandatory().build(),
            summary("wajib-lain").category(Category.KSDD).stage(Stage.DIBATALKAN).ended(EndReason.DITARIK_PEMOHON)
                    .departments("DISHUB").refusedMandatory().build(),
            summary("sukarela").category(Category.KSDD).stage(Stage.DITOLAK).ended(EndReason.DITOLAK_TKKSD)
                    .departments("DINKES").build(),
            summary("berjalan").category(Category.KSDPK).stage(Stage.PERSIAPAN).departments("DINKES").build());
    private final OfficerReads reads = new OfficerReads(() -> cases, Clock.fixed(NOW, ZoneOffset.UTC),
            ZoneId.of("Asia/Makassar"));

    @Test
    void theDashboardCountsRefusedMandatoryCooperationsInTheCallersScope() {
        assertEquals(2, reads.dashboard(Actor.admin("a")).refusedMandatory());
        assertEquals(1, reads.dashboard(Actor.opd("o", "DINKES")).refusedMandatory(), "an OPD: its own only");
    }

    @Test
    void theListFiltersThem() {
        Page<String> page = reads.list(Actor.admin("a"),
                ReadRequests.list(p -> Optional.ofNullable(Map.of("refusedMandatory", "true").get(p))), CaseSummary::id);
        assertEquals(List.of("wajib", "wajib-lain"), page.items().stream().sorted().toList());
        assertEquals(4, reads.list(Actor.admin("a"), ReadRequests.list(p -> Optional.empty()), CaseSummary::id)
                .items().size());
        assertThrows(RuntimeException.class, () -> ReadRequests.list(
                p -> Optional.ofNullable(Map.of("refusedMandatory", "ya").get(p))));
    }
}
