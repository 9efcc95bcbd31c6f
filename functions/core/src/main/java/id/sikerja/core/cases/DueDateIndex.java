package id.sikerja.core.cases;

import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The due dates of every case, indexed for the reminders job (see
 * {@link id.sikerja.core.reminders.ReminderRules#indexing}): deadlines under the day reminding starts, point
 * reminders under their own day. Each write of a case replaces its entries (see {@link CaseStore#commit}), so the
 * index holds the due dates as of each case's last transition.
 */
public interface DueDateIndex {

    /** Every entry indexed from a day on or before {@code day}: deadlines whose reminding has started. */
    List<Entry> started(LocalDate day);

    /** Every entry indexed on one of the days {@code from} to {@code to}, both inclusive: point reminders. */
    List<Entry> onDays(LocalDate from, LocalDate to);

    /** One due date of one case, with what a reminder needs to say and to whom. */
    record Entry(String caseId, DueDateKind kind, LocalDate date, Set<Role> recipients, Text note, Stage stage,
                 List<String> departments) {
        public Entry {
            recipients = Set.copyOf(recipients);
            departments = List.copyOf(departments);
        }
    }
}
