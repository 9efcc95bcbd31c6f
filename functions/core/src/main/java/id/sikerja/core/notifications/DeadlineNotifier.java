package id.sikerja.core.notifications;

import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Role;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link NotificationKind#DEADLINE_SOON} (issue 17): a deadline entering its 7-day window tells the officers who
 * meet it. Run by the daily reminders run over the due dates it read: each deadline falling within
 * {@link #WINDOW_DAYS} days of today (in the Pemda's zone), not yet passed, notifies every known officer whose
 * role the process table lists as meeting it (the index entry's recipients, as the digest reads them) and whose
 * scope holds the case (as {@code DigestPlanner} scopes a digest: admins every case, a department its own, a TKKSD
 * lokus member its department's). The cause is the deadline's kind and date, so a re-run of the schedule (the same
 * day or the next ones while the deadline stays in the window) never notifies twice; a deadline moved to another
 * day is a new cause.
 */
public final class DeadlineNotifier {

    /** How close a deadline is when its officers are told. */
    public static final int WINDOW_DAYS = 7;

    /** Due dates that are conditions or the system's own acts, not deadlines an officer meets. */
    private static final Set<DueDateKind> NOT_DEADLINES = EnumSet.of(DueDateKind.AGREEMENT_END,
            DueDateKind.EXPIRY_REMINDER, DueDateKind.AGREEMENT_ENDED, DueDateKind.SYSTEM_EXPIRY,
            DueDateKind.BUDGET_PLANNING, DueDateKind.NO_VERIFIED_ACTIVITY);

    private final Notifications notifications;
    private final OfficerRoster roster;
    private final ZoneId zone;

    public DeadlineNotifier(Notifications notifications, OfficerRoster roster, ZoneId zone) {
        this.notifications = notifications;
        this.roster = roster;
        this.zone = zone;
    }

    /** The cause of a deadline's notification: its kind and its date. */
    public static String sourceOf(DueDateIndex.Entry entry) {
        return entry.kind().name() + "|" + entry.date();
    }

    /** Notifies the deadlines of {@code due} within the window of {@code today}; returns how many were new. */
    public int onDue(LocalDate today, List<DueDateIndex.Entry> due) {
        List<DueDateIndex.Entry> soon = due.stream().filter(e -> inWindow(e, today)).toList();
        if (soon.isEmpty()) {
            return 0;
        }
        List<Recipient> officers = roster.all();
        int added = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (DueDateIndex.Entry entry : soon) {
            if (!seen.add(entry.caseId() + "|" + sourceOf(entry))) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            params.put("stage", entry.stage().name());
            params.put("deadlineKind", entry.kind().name());
            params.put("deadline", entry.date().toString());
            for (Recipient r : officers) {
                if (meets(r, entry) && notifications.notify(r.id(), NotificationKind.DEADLINE_SOON, entry.caseId(),
                        sourceOf(entry), today.atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant(), params)) {
                    added++;
                }
            }
        }
        return added;
    }

    static boolean inWindow(DueDateIndex.Entry entry, LocalDate today) {
        if (NOT_DEADLINES.contains(entry.kind())) {
            return false;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, entry.date());
        return daysLeft >= 0 && daysLeft <= WINDOW_DAYS;
    }

    /** Whether the officer meets this deadline: a role the process table names for it, on a case of their scope. */
    static boolean meets(Recipient r, DueDateIndex.Entry entry) {
        Optional<String> department = r.department();
        boolean inDepartment = department.isPresent() && entry.departments().contains(department.get());
        for (Role role : r.roles()) {
            if (!entry.recipients().contains(role)) {
                continue;
            }
            boolean scoped = switch (role) {
                case ADMIN, PIMPINAN -> true;
                case TKKSD -> department.isEmpty() || inDepartment;
                case OPD -> inDepartment;
                default -> false;
            };
            if (scoped) {
                return true;
            }
        }
        return false;
    }
}
