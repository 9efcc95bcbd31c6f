package id.sikerja.core.reminders;

import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Text;

import java.time.LocalDate;

/** One line of a digest: what is due on which case, when, and whether it is late. */
public record ReminderItem(String caseId, DueDateKind kind, LocalDate date, Text note, Urgency urgency) {

    public enum Urgency {
        /** Past its date and still not done. */
        OVERDUE,
        /** Due today. */
        TODAY,
        /** Due soon. */
        UPCOMING,
        /** A reminder of something ahead, such as an agreement's end. */
        NOTICE
    }
}
