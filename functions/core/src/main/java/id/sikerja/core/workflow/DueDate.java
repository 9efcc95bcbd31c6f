package id.sikerja.core.workflow;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A date by which something is due, as data for a reminders job: store it under a date-keyed index and remind
 * the recipients on that day.
 *
 * @param kind       what is due
 * @param date       the business date (in the region's zone)
 * @param recipients who is reminded
 * @param note       detail, e.g. the monev period or "90 hari sebelum berakhir"
 * @param provisional the date is counted in working days through a year whose holiday list is not confirmed, so it
 *                    may move when the list is (issue 13 item 4)
 */
public record DueDate(DueDateKind kind, LocalDate date, Set<Role> recipients, Text note, boolean provisional) {

    /** A date that does not depend on an unconfirmed holiday list. */
    public DueDate(DueDateKind kind, LocalDate date, Set<Role> recipients, Text note) {
        this(kind, date, recipients, note, false);
    }

    public DueDate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        recipients = java.util.Collections.unmodifiableSet(recipients.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(recipients));
        Objects.requireNonNull(note, "note");
    }
}
