package id.sikerja.core.answers;

import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialStatus;
import id.sikerja.core.potentials.PotentialStore;
import id.sikerja.core.reminders.DigestPreference;
import id.sikerja.core.reminders.Officer;
import id.sikerja.core.reminders.ReminderItem;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issue 16: what a department's digest says about its potentials and needs. Each OPD officer whose digest goes out
 * today is told of the proposals answering the department's entries since its last digest (the day, or the week of
 * a weekly digest), and, in a weekly digest, of the entries open for more than a year without any proposal. The
 * lines join the officer's digest for the period, which the ledger records once and sends once (as every digest).
 * Reads by key: the links created since the period's start (one Query), each answered entry (GetItem), the OPEN
 * entries (their status partition) and each old one's links (one Query each).
 */
public final class PotentialDigest {

    private final AnswerLinks links;
    private final PotentialStore entries;
    private final ZoneId zone;

    public PotentialDigest(AnswerLinks links, PotentialStore entries, ZoneId zone) {
        this.links = links;
        this.entries = entries;
        this.zone = zone;
    }

    /** The lines of each of the day's recipients (read once for all of them). */
    public Function<Officer, List<ReminderItem>> forDay(LocalDate today, List<Officer> recipients) {
        List<Officer> departments = recipients.stream()
                .filter(o -> o.roles().contains(Role.OPD) && o.department().isPresent()).toList();
        if (departments.isEmpty()) {
            return officer -> List.of();
        }
        int covers = departments.stream().mapToInt(o -> o.preference().coversDays()).max().orElse(1);
        LocalDate from = today.minusDays(covers - 1L);
        // the proposals answering any entry since the longest period a digest today covers
        List<AnswerLinks.Link> recent = links.createdSince(from.atStartOfDay(zone).toInstant());
        Map<String, Optional<Potential>> answered = new HashMap<>();
        recent.forEach(l -> answered.computeIfAbsent(l.potentialId(), entries::find));
        boolean anyWeekly = departments.stream()
                .anyMatch(o -> o.preference().frequency() == DigestPreference.Frequency.WEEKLY);
        List<Potential> unanswered = anyWeekly ? unansweredFor(today) : List.of();

        return officer -> {
            if (!departments.contains(officer)) {
                return List.of();
            }
            String dept = officer.department().orElseThrow();
            LocalDate since = today.minusDays(officer.preference().coversDays() - 1L);
            List<ReminderItem> out = new ArrayList<>();
            for (AnswerLinks.Link l : recent) {
                Optional<Potential> p = answered.get(l.potentialId());
                LocalDate day = l.createdAt().atZone(zone).toLocalDate();
                if (p != null && p.isPresent() && p.get().departmentCode().equals(dept) && !day.isBefore(since)) {
                    out.add(new ReminderItem(l.caseId(), DueDateKind.POTENTIAL_PROPOSAL, day,
                            Text.of("“" + p.get().title() + "”: " + l.title(),
                                    "“" + p.get().titleEn().orElse(p.get().title()) + "”: " + l.title()),
                            ReminderItem.Urgency.NOTICE));
                }
            }
            if (officer.preference().frequency() == DigestPreference.Frequency.WEEKLY) {
                for (Potential p : unanswered) {
                    if (p.departmentCode().equals(dept)) {
                        out.add(new ReminderItem(p.id(), DueDateKind.POTENTIAL_UNANSWERED,
                                p.createdAt().atZone(zone).toLocalDate(),
                                Text.of(p.title(), p.titleEn().orElse(p.title())), ReminderItem.Urgency.NOTICE));
                    }
                }
            }
            return out;
        };
    }

    /** OPEN entries published more than a year before {@code today} that no proposal answers. */
    private List<Potential> unansweredFor(LocalDate today) {
        LocalDate yearAgo = today.minusYears(1);
        List<Potential> out = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            PotentialStore.Slice page = entries.byStatus(PotentialStatus.OPEN, 100, after);
            for (Potential p : page.items()) {
                if (p.createdAt().atZone(zone).toLocalDate().isBefore(yearAgo) && links.ofPotential(p.id()).isEmpty()) {
                    out.add(p);
                }
            }
            after = page.next();
        } while (after.isPresent());
        return out;
    }
}
