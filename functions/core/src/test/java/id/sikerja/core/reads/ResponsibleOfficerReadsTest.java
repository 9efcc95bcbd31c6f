package id.sikerja.core.reads;

import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.sikerja.core.reads.ReadsFixtures.NOW;
import static id.sikerja.core.reads.ReadsFixtures.TODAY;
import static id.sikerja.core.reads.ReadsFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 18 (h18-owner): the case list and "my tasks" filter by the responsible officer ({@code responsible=<user>} and
 * {@code responsible=me}) from the summaries, and the dashboard counts (and lists) open cases whose responsible
 * officer is disabled, resolved against the directory's disabled set: no scan, no directory call per case.
 */
class ResponsibleOfficerReadsTest {

    private final List<CaseSummary> cases = List.of(
            summary("ani-1").stage(Stage.PERSIAPAN).responsible("ani").due(DueDateKind.TKKSD_ASSESSMENT, TODAY).build(),
            summary("ani-2").stage(Stage.PELAKSANAAN).responsible("ani").build(),
            summary("ani-ended").stage(Stage.SELESAI).ended(EndReason.TUJUAN_TERCAPAI).responsible("ani").build(),
            summary("budi-1").stage(Stage.PERSIAPAN).responsible("budi").due(DueDateKind.TKKSD_ASSESSMENT, TODAY)
                    .build(),
            summary("nobody").stage(Stage.PERSIAPAN).due(DueDateKind.TKKSD_ASSESSMENT, TODAY).build());
    private final OfficerReads reads = new OfficerReads(() -> cases, Clock.fixed(NOW, ZoneOffset.UTC),
            ZoneId.of("Asia/Makassar"), () -> Set.of("ani"));

    private List<String> list(Actor actor, Map<String, String> params) {
        return reads.list(actor, ReadRequests.list(p -> Optional.ofNullable(params.get(p))), CaseSummary::id)
                .items().stream().sorted().toList();
    }

    @Test
    void theListFiltersByTheResponsibleOfficerOrTheCaller() {
        assertEquals(List.of("ani-1", "ani-2", "ani-ended"), list(Actor.admin("adm"), Map.of("responsible", "ani")));
        assertEquals(List.of("budi-1"), list(Actor.opd("budi", "DINKES"), Map.of("responsible", "me")));
        assertEquals(5, list(Actor.admin("adm"), Map.of()).size(), "no filter: every case");
    }

    @Test
    void myTasksFilterByTheResponsibleOfficerToo() {
        OfficerTasks tasks = new OfficerTasks(() -> cases, reads);
        List<String> mine = tasks.tasks(Actor.admin("budi"),
                        ReadRequests.tasks(p -> Optional.ofNullable(Map.of("responsible", "me").get(p))))
                .page().items().stream().map(t -> t.summary().id()).distinct().toList();
        assertEquals(List.of("budi-1"), mine);
        List<String> all = tasks.tasks(Actor.admin("budi"), ReadRequests.tasks(p -> Optional.empty()))
                .page().items().stream().map(t -> t.summary().id()).distinct().sorted().toList();
        assertEquals(true, all.contains("budi-1") && all.contains("nobody"),
                "without the filter the admin's tasks include other officers' cases: " + all);
    }

    @Test
    void theDashboardCountsOpenCasesOfDisabledOfficersAndTheListShowsThem() {
        assertEquals(2, reads.dashboard(Actor.admin("adm")).responsibleDisabled(), "an ended case is not counted");
        assertEquals(List.of("ani-1", "ani-2"), list(Actor.admin("adm"), Map.of("responsibleDisabled", "true")));
        assertEquals(0, reads.dashboard(Actor.opd("o", "DISHUB")).responsibleDisabled(), "an OPD: its own only");
    }

    @Test
    void aBadFilterIsNamed() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> ReadRequests.list(p -> Optional.ofNullable(
                Map.of("responsible", "a b", "responsibleDisabled", "ya").get(p))));
        assertEquals(List.of("responsible", "responsibleDisabled"),
                e.errors().stream().map(f -> f.field()).sorted().toList());
    }
}
