package id.sikerja.core.reads;

import id.sikerja.core.signing.SigningSchedule;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DueDateKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static id.sikerja.core.reads.ReadsFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 17's calendar: the month's signings and deadlines, scoped like the case list. */
class SigningCalendarTest {

    private static final ZoneId MAKASSAR = ZoneId.of("Asia/Makassar");

    private static SigningSchedule at(String caseId, String instant, SigningSchedule.Status status) {
        return new SigningSchedule(caseId, "uid-" + caseId, SigningSchedule.Mode.SEREMONIAL, Instant.parse(instant),
                MAKASSAR, 60, "Pendopo", List.of(), status, 0, 1, "opd", Optional.empty(),
                Instant.parse("2026-11-01T00:00:00Z"));
    }

    private final List<CaseSummary> cases = List.of(
            summary("a").departments("DINKES").due(DueDateKind.DPRD_RESPONSE, LocalDate.of(2026, 12, 20))
                    .due(DueDateKind.TKKSD_ASSESSMENT, LocalDate.of(2027, 1, 5)).build(),
            summary("b").departments("DISHUB").build(),
            summary("c").departments("DINKES").build());

    // the index answers the month partition; "c" is cancelled
    private final SigningCalendar calendar = new SigningCalendar(() -> cases, month -> List.of(
            at("a", "2026-12-06T02:00:00Z", SigningSchedule.Status.APPROVED),
            at("b", "2026-12-07T01:30:00Z", SigningSchedule.Status.PROPOSED),
            at("c", "2026-12-08T01:30:00Z", SigningSchedule.Status.CANCELLED)), MAKASSAR);

    @Test
    void anOpdUserSeesOnlyItsDepartmentsSigningsAndDeadlinesOfTheMonth() {
        SigningCalendar.Month dec = calendar.month(Actor.opd("u1", "DINKES"), YearMonth.of(2026, 12));
        assertEquals(List.of("a"), dec.signings().stream().map(s -> s.summary().id()).toList());
        assertEquals(LocalDateTime.of(2026, 12, 6, 10, 0), dec.signings().get(0).local(), "10.00 WITA");
        assertEquals(List.of(DueDateKind.DPRD_RESPONSE), dec.deadlines().stream().map(d -> d.due().kind()).toList());
    }

    @Test
    void anAdminSeesEveryCaseNotCancelledOnes() {
        SigningCalendar.Month dec = calendar.month(Actor.admin("adm"), YearMonth.of(2026, 12));
        assertEquals(List.of("a", "b"), dec.signings().stream().map(s -> s.summary().id()).toList());
    }

    @Test
    void aDeadlineOfAnotherMonthIsNotListed() {
        SigningCalendar.Month jan = new SigningCalendar(() -> cases, month -> List.of(), MAKASSAR)
                .month(Actor.admin("adm"), YearMonth.of(2027, 1));
        assertEquals(List.of(DueDateKind.TKKSD_ASSESSMENT), jan.deadlines().stream().map(d -> d.due().kind()).toList());
    }
}
