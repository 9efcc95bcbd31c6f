package id.sikerja.core.reminders;

import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.workflow.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is told what on a given day. Each officer gets one digest, scoped to what they may act on: an admin
 * everything; a TKKSD member the assessments (a TKKSD lokus member those of its department); an OPD user its
 * department's cases where the department is to act; leaders read dashboards and get none. A partner is told
 * only where it must act.
 */
public final class DigestPlanner {

    private final ReminderRules rules;

    public DigestPlanner(ReminderRules rules) {
        this.rules = rules;
    }

    public List<Digest> officerDigests(LocalDate today, List<Officer> officers, List<DueDateIndex.Entry> due) {
        return officerDigests(today, officers, due, 1);
    }

    /**
     * @param catchUpDays the days since the last run that recorded digests (1 when it ran yesterday): point
     *                    reminders of missed days go into today's digests
     */
    public List<Digest> officerDigests(LocalDate today, List<Officer> officers, List<DueDateIndex.Entry> due,
                                       int catchUpDays) {
        return officerDigests(today, officers, due, catchUpDays, (department, covers) -> List.of());
    }

    /**
     * @param entryLines issue 16: a department's entry section for a digest covering the given days; asked for OPD
     *                   users of that department only
     */
    public List<Digest> officerDigests(LocalDate today, List<Officer> officers, List<DueDateIndex.Entry> due,
                                       int catchUpDays,
                                       java.util.function.BiFunction<String, Integer, List<EntryLine>> entryLines) {
        List<Digest> digests = new ArrayList<>();
        for (Officer officer : officers) {
            DigestPreference pref = officer.preference();
            if (!pref.sendsOn(today)) {
                continue;
            }
            List<ReminderItem> items = new ArrayList<>();
            for (DueDateIndex.Entry entry : due) {
                if (concerns(officer, entry)) {
                    rules.item(entry, today, Math.max(pref.coversDays(), catchUpDays)).ifPresent(items::add);
                }
            }
            List<EntryLine> entries = officer.roles().contains(Role.OPD) && officer.department().isPresent()
                    ? entryLines.apply(officer.department().get(), Math.max(pref.coversDays(), catchUpDays))
                    : List.of();
            if (!items.isEmpty() || !entries.isEmpty()) {
                items.sort(ORDER);
                String period = pref.periodKey(today);
                digests.add(new Digest("OFFICER#" + officer.id() + "#" + period, officer.id(), officer.email(), period,
                        items, entries));
            }
        }
        return digests;
    }

    /** Per case, what its partner must do: the lines of due dates addressed to the partner. */
    public Map<String, List<ReminderItem>> partnerItems(LocalDate today, List<DueDateIndex.Entry> due) {
        Map<String, List<ReminderItem>> byCase = new LinkedHashMap<>();
        for (DueDateIndex.Entry entry : due) {
            if (entry.recipients().contains(Role.PARTNER)) {
                rules.partnerItem(entry, today).ifPresent(i -> byCase.computeIfAbsent(entry.caseId(), k -> new ArrayList<>()).add(i));
            }
        }
        byCase.values().forEach(l -> l.sort(ORDER));
        return byCase;
    }

    static boolean concerns(Officer officer, DueDateIndex.Entry entry) {
        if (officer.roles().contains(Role.ADMIN)) {
            return true;
        }
        Optional<String> department = officer.department();
        boolean inDepartment = department.isPresent() && entry.departments().contains(department.get());
        if (officer.roles().contains(Role.TKKSD) && entry.recipients().contains(Role.TKKSD)
                && (department.isEmpty() || inDepartment)) {
            return true;
        }
        return officer.roles().contains(Role.OPD) && entry.recipients().contains(Role.OPD) && inDepartment;
    }

    /** Overdue first, then today, upcoming and notices; by date within each. */
    private static final Comparator<ReminderItem> ORDER = Comparator
            .comparing(ReminderItem::urgency).thenComparing(ReminderItem::date).thenComparing(ReminderItem::caseId);
}
