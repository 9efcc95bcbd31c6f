package id.sikerja.core.reads;

import id.sikerja.core.model.Category;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.core.reads.ReadsFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** "My tasks": what the process table says waits on each role, scoped, ordered, searched and paged. */
class OfficerTasksTest {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final Actor ADMIN = Actor.admin("a");
    static final Actor TKKSD = Actor.tkksd("t");
    static final Actor DINKES = Actor.opd("o", "DINKES");
    static final Actor PIMPINAN = Actor.pimpinan("p");

    final List<CaseSummary> cases = new ArrayList<>();
    final OfficerReads reads = new OfficerReads(() -> cases, Clock.fixed(NOW, ZoneOffset.UTC), WITA);
    final OfficerTasks tasks = new OfficerTasks(() -> cases, reads);

    OfficerTasks.Tasks of(Actor actor, Map<String, String> params) {
        return tasks.tasks(actor, ReadRequests.tasks(p -> Optional.ofNullable(params.get(p))));
    }

    List<String> ids(Actor actor) {
        return ids(actor, Map.of("limit", "100"));
    }

    List<String> ids(Actor actor, Map<String, String> params) {
        return of(actor, params).page().items().stream().map(t -> t.summary().id()).toList();
    }

    OfficerTasks.Task only(Actor actor) {
        List<OfficerTasks.Task> items = of(actor, Map.of()).page().items();
        assertEquals(1, items.size(), () -> "tasks: " + items);
        return items.get(0);
    }

    @Test
    void anApplicationAtIntakeIsTheAdminsValidationAndNobodyElses() {
        cases.add(summary("new").stage(Stage.INTAKE).due(DueDateKind.INTAKE_VALIDATION, TODAY.plusDays(4)).build());

        OfficerTasks.Task t = only(ADMIN);
        assertEquals(OfficerTasks.Kind.VALIDATION, t.kind());
        assertEquals(Optional.of(Action.ACCEPT), t.action());
        assertEquals(OfficerTasks.Urgency.DUE_SOON, t.urgency());
        assertEquals(Optional.of(4L), t.daysLeft());
        assertEquals(DueDateKind.INTAKE_VALIDATION, t.due().orElseThrow().kind());

        assertEquals(List.of(), ids(TKKSD));
        assertEquals(List.of(), ids(DINKES), "the OPD neither validates nor is reminded of the validation");
        assertEquals(List.of(), ids(PIMPINAN));
    }

    @Test
    void theTkksdIsAskedForEveryPendingAssessmentAndTheAdminCompletesThePreparationOnceAssessed() {
        cases.add(summary("assess").stage(Stage.PERSIAPAN).due(DueDateKind.TKKSD_ASSESSMENT, TODAY.plusDays(2)).build());
        cases.add(summary("far").stage(Stage.PERSIAPAN).due(DueDateKind.TKKSD_ASSESSMENT, TODAY.plusDays(9)).build());

        List<OfficerTasks.Task> tkksd = of(TKKSD, Map.of()).page().items();
        assertEquals(List.of("assess", "far"), tkksd.stream().map(t -> t.summary().id()).toList());
        assertEquals(OfficerTasks.Kind.ASSESSMENT, tkksd.get(0).kind());
        assertEquals(Optional.of(Action.RECORD_TKKSD_ASSESSMENT), tkksd.get(0).action());
        assertEquals(OfficerTasks.Urgency.DUE_SOON, tkksd.get(0).urgency());
        assertEquals(OfficerTasks.Urgency.OPEN, tkksd.get(1).urgency());

        // the admin may record the assessment too, and the preparation waits on it, near or far
        Map<String, OfficerTasks.Task> admin = new HashMap<>();
        of(ADMIN, Map.of()).page().items().forEach(x -> admin.put(x.summary().id(), x));
        assertEquals(Optional.of(Action.RECORD_TKKSD_ASSESSMENT), admin.get("assess").action());
        assertEquals(Optional.of(Action.RECORD_TKKSD_ASSESSMENT), admin.get("far").action());
        assertEquals(OfficerTasks.Urgency.OPEN, admin.get("far").urgency());

        // once assessed (no deadline left), the stage's way forward is the admin's: complete the preparation
        cases.add(summary("assessed").stage(Stage.PERSIAPAN).build());
        of(ADMIN, Map.of()).page().items().forEach(x -> admin.put(x.summary().id(), x));
        assertEquals(Optional.of(Action.COMPLETE_PREPARATION), admin.get("assessed").action());
        assertEquals(OfficerTasks.Kind.DECISION, admin.get("assessed").kind());
        assertFalse(ids(TKKSD).contains("assessed"));
    }

    @Test
    void anOpdUserSeesItsOwnDepartmentsDocumentWorkOnly() {
        cases.add(summary("ours").stage(Stage.PENYUSUNAN_KB).departments("DINKES").build());
        cases.add(summary("theirs").stage(Stage.PENYUSUNAN_KB).departments("DISHUB").build());
        cases.add(summary("signing").stage(Stage.PENANDATANGANAN_KB).departments("DINKES").build());

        OfficerTasks.Task t = only(DINKES);
        assertEquals("ours", t.summary().id());
        assertEquals(OfficerTasks.Kind.DOCUMENT, t.kind());
        assertEquals(Optional.of(Action.FINALIZE_KB_DRAFT), t.action());
        assertEquals(Optional.empty(), t.due());

        assertEquals(3, ids(ADMIN).size(), "the admin records the signing (SIGN_KB is the admin's)");
        assertEquals(List.of(), ids(PIMPINAN), "leaders take no action in the process table");
    }

    @Test
    void aDeadlineConcernsTheRolesTheStageRemindsEvenWithoutAnActionOfTheirOwn() {
        cases.add(summary("dprd").stage(Stage.PERSETUJUAN_DPRD).due(DueDateKind.DPRD_RESPONSE, TODAY.minusDays(1)).build());
        OfficerTasks.Task admin = only(ADMIN);
        assertEquals(OfficerTasks.Urgency.OVERDUE, admin.urgency());
        assertEquals(Optional.of(-1L), admin.daysLeft());
        assertEquals(Optional.of(Action.DPRD_APPROVE), admin.action(), "the first action that meets the DPRD's answer");
        assertEquals(List.of(), ids(DINKES), "the DPRD's answer is reminded to admins only");
    }

    @Test
    void endedCasesAreNeverTasksWhateverTheyStillCarry() {
        cases.add(summary("gone").stage(Stage.DITOLAK).due(DueDateKind.INTAKE_VALIDATION, TODAY.minusDays(3)).build());
        cases.add(summary("done").stage(Stage.SELESAI).build());
        assertEquals(List.of(), ids(ADMIN));
    }

    @Test
    void dueSoonIsTodayAndTheSixCalendarDaysAfter() {
        cases.add(summary("d6").stage(Stage.PERSIAPAN).due(DueDateKind.TKKSD_ASSESSMENT, TODAY.plusDays(6)).build());
        cases.add(summary("d7").stage(Stage.PERSIAPAN).due(DueDateKind.TKKSD_ASSESSMENT, TODAY.plusDays(7)).build());
        cases.add(summary("d0").stage(Stage.PERSIAPAN).due(DueDateKind.TKKSD_ASSESSMENT, TODAY).build());
        Map<String, OfficerTasks.Urgency> urgency = new HashMap<>();
        of(TKKSD, Map.of()).page().items().forEach(t -> urgency.put(t.summary().id(), t.urgency()));
        assertEquals(Map.of("d0", OfficerTasks.Urgency.DUE_SOON, "d6", OfficerTasks.Urgency.DUE_SOON,
                "d7", OfficerTasks.Urgency.OPEN), urgency);
        OfficerTasks.Tasks all = of(ADMIN, Map.of());
        assertEquals(2, all.dueSoon());
        assertEquals(0, all.overdue());
    }

    @Test
    void mostUrgentFirstThenEarliestDueThenLongestWaiting() {
        cases.add(summary("open-new").stage(Stage.INTAKE).updated(NOW.minusSeconds(60)).build());
        cases.add(summary("open-old").stage(Stage.INTAKE).updated(NOW.minusSeconds(6_000)).build());
        cases.add(summary("soon-2").stage(Stage.INTAKE).due(DueDateKind.INTAKE_VALIDATION, TODAY.plusDays(2)).build());
        cases.add(summary("soon-1").stage(Stage.INTAKE).due(DueDateKind.INTAKE_VALIDATION, TODAY.plusDays(1)).build());
        cases.add(summary("late-1").stage(Stage.INTAKE).due(DueDateKind.INTAKE_VALIDATION, TODAY.minusDays(1)).build());
        cases.add(summary("late-5").stage(Stage.INTAKE).due(DueDateKind.INTAKE_VALIDATION, TODAY.minusDays(5)).build());
        assertEquals(List.of("late-5", "late-1", "soon-1", "soon-2", "open-old", "open-new"), ids(ADMIN));
    }

    @Test
    void pagesFollowOneAnotherWithoutGapOrRepeatAndTheCountsCoverEveryTask() {
        for (int i = 0; i < 7; i++) {
            cases.add(summary("c" + i).stage(Stage.INTAKE)
                    .due(DueDateKind.INTAKE_VALIDATION, TODAY.plusDays(i - 2)).build());
        }
        List<String> seen = new ArrayList<>();
        Map<String, String> params = new HashMap<>(Map.of("limit", "3"));
        OfficerTasks.Tasks page;
        do {
            page = of(ADMIN, params);
            assertEquals(7, page.page().total());
            assertEquals(2, page.overdue());
            assertEquals(5, page.dueSoon());
            page.page().items().forEach(t -> seen.add(t.summary().id()));
            params.put("cursor", page.page().nextCursor());
        } while (page.page().nextCursor() != null);
        assertEquals(List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6"), seen);
    }

    @Test
    void searchFindsATaskByTitleWordsOrTrackingCode() {
        cases.add(summary("2026-7Q4XZD").stage(Stage.INTAKE).title("Air bersih").build());
        cases.add(summary("2026-AB12CD").stage(Stage.INTAKE).title("Pelayanan Kesehatan").purpose("air minum").build());
        assertEquals(List.of("2026-AB12CD"), ids(ADMIN, Map.of("q", "kesehat")));
        assertEquals(List.of("2026-7Q4XZD"), ids(ADMIN, Map.of("q", "air")), "the title, not the purpose");
        assertEquals(List.of("2026-7Q4XZD"), ids(ADMIN, Map.of("q", "KS-2026-7Q4XZD")));
        assertEquals(List.of("2026-7Q4XZD"), ids(ADMIN, Map.of("q", "7q4xzd")));
        assertEquals(0, of(ADMIN, Map.of("q", "jalan")).page().total());
    }

    @Test
    void badParametersAreNamedAllAtOnce() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> of(ADMIN, Map.of("limit", "0", "cursor", "not-ours", "q", "x".repeat(201))));
        assertEquals(List.of("q", "limit", "cursor"), e.errors().stream().map(FieldError::field).toList());
    }
}
