package id.sikerja.core.reminders;

import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.cases.InMemoryDueIndex;
import id.sikerja.core.notifications.DeadlineNotifier;
import id.sikerja.core.notifications.InMemoryNotifications;
import id.sikerja.core.notifications.Notification;
import id.sikerja.core.notifications.NotificationKind;
import id.sikerja.core.notifications.Notifications;
import id.sikerja.core.notifications.Recipient;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 17: the daily run tells the officers who meet a deadline when it enters its 7-day window (DEADLINE_SOON),
 * once per deadline however often the schedule runs.
 */
class DeadlineSoonTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** Monday 23 Nov 2026, 07:00 WITA — still Sunday 22 Nov in UTC. */
    private static final Instant MONDAY = Instant.parse("2026-11-22T23:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static DueDateIndex.Entry due(String caseId, DueDateKind kind, LocalDate date, Set<Role> to,
                                          String... departments) {
        return new DueDateIndex.Entry(caseId, kind, date, to, Text.of("", ""), Stage.PERSIAPAN, List.of(departments));
    }

    private final List<DueDateIndex.Entry> index = List.of(
            due("c-tkksd", DueDateKind.TKKSD_ASSESSMENT, TODAY.plusDays(3), Set.of(Role.TKKSD, Role.ADMIN), "DINKES"),
            due("c-monev", DueDateKind.MONEV_OPD_REPORT, TODAY.plusDays(5), Set.of(Role.OPD), "DINKES"),
            // the last day of the window in the Pemda's zone (8 days ahead in UTC)
            due("c-edge", DueDateKind.DPRD_RESPONSE, TODAY.plusDays(7), Set.of(Role.ADMIN), "DISHUB"),
            due("c-far", DueDateKind.TKKSD_ASSESSMENT, TODAY.plusDays(8), Set.of(Role.TKKSD), "DISHUB"),
            due("c-late", DueDateKind.INTAKE_VALIDATION, TODAY.minusDays(2), Set.of(Role.ADMIN)),
            due("c-partner", DueDateKind.MONEV_PARTNER_REPORT, TODAY.plusDays(2), Set.of(Role.PARTNER)),
            due("c-ending", DueDateKind.EXPIRY_REMINDER, TODAY, Set.of(Role.ADMIN, Role.OPD), "DINKES"));

    private final InMemoryNotifications inbox = new InMemoryNotifications()
            .with(new Recipient("admin", "a@x.id", Set.of(Role.ADMIN), Optional.empty()))
            .with(new Recipient("tkksd", "t@x.id", Set.of(Role.TKKSD), Optional.empty()))
            .with(new Recipient("lokus-dinkes", "l@x.id", Set.of(Role.TKKSD), Optional.of("DINKES")))
            .with(new Recipient("dinkes", "d@x.id", Set.of(Role.OPD), Optional.of("DINKES")))
            .with(new Recipient("dishub", "h@x.id", Set.of(Role.OPD), Optional.of("DISHUB")))
            .with(new Recipient("sekda", "s@x.id", Set.of(Role.PIMPINAN), Optional.empty()));

    private int run(Instant at) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        ReminderRun run = new ReminderRun(new InMemoryDueIndex(() -> index), List::of,
                caseId -> Optional.empty(), new ReminderRunTest.InMemoryLedger(), (from, m) -> { }, d -> null, "no-reply@x.id",
                ReminderRules.DEFAULTS, clock, WITA)
                .notifyingDeadlines(new DeadlineNotifier(new Notifications(inbox, clock), inbox, WITA)::onDue);
        run.pausingWith(d -> { }).run(caseId -> { });
        return run.deadlinesNotified();
    }

    private Map<String, Set<String>> casesByOfficer() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Notification n : inbox.items.values()) {
            assertEquals(NotificationKind.DEADLINE_SOON, n.kind());
            out.computeIfAbsent(n.recipient(), k -> new TreeSet<>()).add(n.caseId());
        }
        return out;
    }

    @Test
    void theOfficersWhoMeetADeadlineAreToldWhenItIsSevenDaysAwayInThePemdasZone() {
        assertEquals(5, run(MONDAY));
        assertEquals(Map.of(
                "admin", Set.of("c-tkksd", "c-edge"),
                "tkksd", Set.of("c-tkksd"),
                "lokus-dinkes", Set.of("c-tkksd"),
                "dinkes", Set.of("c-monev")), casesByOfficer(),
                "the roles the process table names for each deadline, on cases of their scope; not a deadline passed,"
                        + " the partner's, a point reminder, nor one 8 days away");
        Notification n = inbox.items.values().stream().filter(x -> x.caseId().equals("c-edge")).findFirst().orElseThrow();
        assertEquals("DPRD_RESPONSE", n.params().get("deadlineKind"));
        assertEquals(TODAY.plusDays(7).toString(), n.params().get("deadline"));
        assertTrue(n.unread());
    }

    @Test
    void aReRunOfTheScheduleNeverNotifiesTwiceAndTheNextDayAddsOnlyWhatEnteredTheWindow() {
        run(MONDAY);
        int before = inbox.items.size();
        assertEquals(0, run(MONDAY.plus(3, ChronoUnit.HOURS)), "a re-run the same day");
        assertEquals(before, inbox.items.size());
        assertEquals(1, run(MONDAY.plus(1, ChronoUnit.DAYS)), "the next day: only c-far entered the window");
        assertEquals(Set.of("c-tkksd", "c-far"), casesByOfficer().get("tkksd"));
        assertFalse(casesByOfficer().containsKey("dishub"), "an OPD does not meet a TKKSD deadline");
    }
}
