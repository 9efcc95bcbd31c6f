package id.sikerja.core.reads;

import id.sikerja.core.model.Category;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.sikerja.core.reads.ReadsFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class OfficerReadsTest {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final Actor ADMIN = Actor.admin("a");

    final List<CaseSummary> cases = new ArrayList<>();
    final OfficerReads reads = new OfficerReads(() -> cases, Clock.fixed(NOW, ZoneOffset.UTC), WITA);

    List<String> ids(Actor actor, Map<String, String> params) {
        return reads.list(actor, ReadRequests.list(p -> Optional.ofNullable(params.get(p))), CaseSummary::id).items();
    }

    List<String> ids(Map<String, String> params) {
        return ids(ADMIN, params);
    }

    @Test
    void eachFilterKeepsOnlyWhatItNames() {
        cases.add(summary("stage").stage(Stage.PERSIAPAN).build());
        cases.add(summary("category").category(Category.KSDD).build());
        cases.add(summary("dept").departments("DISHUB").build());
        cases.add(summary("partner").partner("Universitas Mulawarman").build());
        cases.add(summary("year").created(Instant.parse("2024-12-31T17:00:00Z")).build()); // 1 Jan 2025 in WITA
        cases.add(summary("due").due(DueDateKind.TKKSD_ASSESSMENT, TODAY.plusDays(3)).build());
        cases.add(summary("ending").stage(Stage.PELAKSANAAN).term(TODAY.minusYears(1), TODAY.plusDays(20)).build());
        cases.add(summary("search").title("Pelayanan Kesehatan Ibu").build());
        cases.add(summary("plain").build());

        assertEquals(List.of("stage"), ids(Map.of("stage", "PERSIAPAN")));
        assertEquals(Set.of("stage", "ending"), Set.copyOf(ids(Map.of("stage", "PERSIAPAN, PELAKSANAAN"))));
        assertEquals(List.of("category"), ids(Map.of("category", "KSDD")));
        assertEquals(List.of("dept"), ids(Map.of("department", "DISHUB")));
        assertEquals(List.of("partner"), ids(Map.of("partner", "mulawar")));
        assertEquals(List.of("year"), ids(Map.of("year", "2025")));
        assertEquals(List.of("due"), ids(Map.of("dueBefore", TODAY.plusDays(3).toString())));
        assertEquals(List.of(), ids(Map.of("dueBefore", TODAY.plusDays(2).toString())));
        assertEquals(List.of("ending"), ids(Map.of("endingWithinDays", "20")));
        assertEquals(List.of(), ids(Map.of("endingWithinDays", "19")));
        assertEquals(List.of("search"), ids(Map.of("q", "kesehat")));
        assertEquals(9, ids(Map.of("limit", "100")).size());
    }

    @Test
    void searchLooksAtTitlePartnerAndSummaryIgnoringCaseAndAccents() {
        cases.add(summary("title").title("Pengelolaan SAMPAH Terpadu").build());
        cases.add(summary("partner").partner("Yayasan Lingkungan Hidup").build());
        cases.add(summary("purpose").purpose("Pengembangan pariwisata bahari").build());
        assertEquals(List.of("title"), ids(Map.of("q", "sámpah")));
        assertEquals(List.of("partner"), ids(Map.of("q", "LINGKUN")));
        assertEquals(List.of("purpose"), ids(Map.of("q", "pariwis bahari")));
        assertEquals(List.of(), ids(Map.of("q", "ampah")));
    }

    @Test
    void searchFindsACaseByItsTrackingCodeWholeOrInPartButNotByAYearAlone() {
        cases.add(summary("2026-7Q4XZD").title("Air bersih").build());   // tracking code KS-2026-7Q4XZD
        cases.add(summary("2026-AB12CD").title("Jalan desa").build());
        assertEquals(List.of("2026-7Q4XZD"), ids(Map.of("q", "KS-2026-7Q4XZD")));
        assertEquals(List.of("2026-7Q4XZD"), ids(Map.of("q", "7q4xzd")));
        assertEquals(List.of(), ids(Map.of("q", "2026")));
        assertEquals(List.of(), ids(Map.of("q", "KS-2026-7Q4XZE")));
    }

    @Test
    void expiryRemindersAreNotDeadlines() {
        cases.add(summary("reminder").due(DueDateKind.EXPIRY_REMINDER, TODAY.minusDays(1)).build());
        assertEquals(List.of(), ids(Map.of("dueBefore", TODAY.toString())));
        assertEquals(0, reads.dashboard(ADMIN).overdue());
    }

    @Test
    void anOpdUserSeesItsDepartmentOnlyAndAnAdminEverything() {
        cases.add(summary("dinkes").departments("DINKES").build());
        cases.add(summary("both").departments("DISHUB", "DINKES").build());
        cases.add(summary("dishub").departments("DISHUB").build());
        Actor dinkes = Actor.opd("o", "DINKES");
        assertEquals(Set.of("dinkes", "both"), Set.copyOf(ids(dinkes, Map.of())));
        assertEquals(List.of(), ids(dinkes, Map.of("department", "DISHUB", "stage", "INTAKE")).stream()
                .filter("dishub"::equals).toList());
        assertEquals(Set.of("dishub", "both"), Set.copyOf(ids(Actor.tkksdLokus("t", "DISHUB"), Map.of())));
        assertEquals(3, ids(Actor.tkksd("t"), Map.of()).size());
        assertEquals(3, ids(Actor.pimpinan("p"), Map.of()).size());
        assertEquals(3, ids(ADMIN, Map.of()).size());
        assertEquals(2, reads.dashboard(dinkes).total());
    }

    @Test
    void sortsEachWayWithCasesWithoutEndDateLast() {
        cases.add(summary("b").title("Beta").updated(NOW.minusSeconds(30)).created(NOW.minusSeconds(300))
                .term(TODAY, TODAY.plusDays(50)).build());
        cases.add(summary("a").title("alfa").updated(NOW.minusSeconds(10)).created(NOW.minusSeconds(100)).build());
        cases.add(summary("c").title("Çharlie").updated(NOW.minusSeconds(20)).created(NOW.minusSeconds(200))
                .term(TODAY, TODAY.plusDays(10)).build());
        assertEquals(List.of("a", "c", "b"), ids(Map.of()));
        assertEquals(List.of("b", "c", "a"), ids(Map.of("sort", "updatedAt")));
        assertEquals(List.of("b", "c", "a"), ids(Map.of("sort", "createdAt")));
        assertEquals(List.of("a", "c", "b"), ids(Map.of("sort", "-createdAt")));
        assertEquals(List.of("a", "b", "c"), ids(Map.of("sort", "title")));
        assertEquals(List.of("c", "b", "a"), ids(Map.of("sort", "endDate")));
        assertEquals(List.of("b", "c", "a"), ids(Map.of("sort", "-endDate")));
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeatsEvenWhenCasesAreAdded() {
        for (int i = 0; i < 25; i++) {
            cases.add(summary(String.format("c%02d", i)).updated(NOW.minusSeconds(i % 5)).build());
        }
        List<String> seen = new ArrayList<>();
        Map<String, String> params = new HashMap<>(Map.of("limit", "10"));
        Page<String> page;
        int pages = 0;
        do {
            page = reads.list(ADMIN, ReadRequests.list(p -> Optional.ofNullable(params.get(p))), CaseSummary::id);
            assertEquals(25 + (pages > 0 ? 1 : 0), page.total());
            seen.addAll(page.items());
            if (pages == 0) {
                // a case updated later than all others appears at the top: the next pages are not shifted by it
                cases.add(summary("new").updated(NOW).build());
            }
            params.put("cursor", page.nextCursor());
            pages++;
        } while (page.nextCursor() != null);
        assertEquals(3, pages);
        assertEquals(25, seen.size());
        assertEquals(25, Set.copyOf(seen).size());
        assertFalse(seen.contains("new"));
    }

    @Test
    void badParametersAreAllNamed() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> ReadRequests.list(p -> Optional.ofNullable(Map.of(
                "stage", "INTAKE,NOPE", "category", "X", "department", "dinkes!", "year", "99", "dueBefore", "2026-13-01",
                "endingWithinDays", "abc", "sort", "random", "limit", "101", "cursor", "garbage").get(p))));
        assertEquals(List.of("stage", "category", "department", "year", "dueBefore", "endingWithinDays", "sort", "limit",
                "cursor"), e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        cases.add(summary("a").build());
        cases.add(summary("b").build());
        String cursor = reads.list(ADMIN, ReadRequests.list(p -> Optional.ofNullable(Map.of("limit", "1").get(p))),
                CaseSummary::id).nextCursor();
        assertNotNull(cursor);
        InvalidInput e = assertThrows(InvalidInput.class, () -> ReadRequests.list(
                p -> Optional.ofNullable(Map.of("cursor", cursor, "sort", "title").get(p))));
        assertEquals("cursor", e.errors().get(0).field());
    }

    @Test
    void dashboardCountsStagesOverdueDueThisWeekAndEnding() {
        cases.add(summary("overdue").stage(Stage.INTAKE).due(DueDateKind.INTAKE_VALIDATION, TODAY.minusDays(1)).build());
        cases.add(summary("today").stage(Stage.PERSIAPAN).due(DueDateKind.TKKSD_ASSESSMENT, TODAY).build());
        cases.add(summary("sunday").stage(Stage.PERSIAPAN).due(DueDateKind.TKKSD_ASSESSMENT, TODAY.plusDays(6)).build());
        cases.add(summary("later").stage(Stage.PERSIAPAN).due(DueDateKind.TKKSD_ASSESSMENT, TODAY.plusDays(7)).build());
        cases.add(summary("ending").stage(Stage.PELAKSANAAN).term(TODAY.minusYears(2), TODAY.plusDays(180)).build());
        cases.add(summary("far").stage(Stage.PELAKSANAAN).term(TODAY.minusYears(2), TODAY.plusDays(181)).build());
        OfficerReads.Dashboard d = reads.dashboard(ADMIN);
        assertEquals(TODAY, d.asOf());
        assertEquals(6, d.total());
        assertEquals(1, d.byStage().get(Stage.INTAKE));
        assertEquals(3, d.byStage().get(Stage.PERSIAPAN));
        assertEquals(2, d.byStage().get(Stage.PELAKSANAAN));
        assertEquals(0, d.byStage().get(Stage.SELESAI));
        assertEquals(1, d.overdue());
        assertEquals(2, d.dueThisWeek());
        assertEquals(1, d.endingWithin180Days());
    }

    @Test
    void nextDueIsTheEarliestDeadline() {
        CaseSummary s = summary("x").due(DueDateKind.MONEV_OPD_REPORT, TODAY.plusDays(9))
                .due(DueDateKind.EXPIRY_REMINDER, TODAY.plusDays(1))
                .due(DueDateKind.AGREEMENT_END, TODAY.plusDays(30)).build();
        assertEquals(new CaseSummary.Due(DueDateKind.MONEV_OPD_REPORT, TODAY.plusDays(9)), s.nextDue().orElseThrow());
    }

    static Collection<CaseSummary> none() {
        return List.of();
    }
}
