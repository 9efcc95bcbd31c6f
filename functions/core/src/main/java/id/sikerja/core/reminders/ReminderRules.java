package id.sikerja.core.reminders;

import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.workflow.DueDateKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a due date belongs in a digest, and how urgent it is. Deadlines (validation, TKKSD assessment, DPRD
 * answer, Gubernur relay, monev, reports) are mentioned from {@code lookaheadDays} before until they are met
 * (the case's next transition removes them from the index); an LoI from {@code loiNoticeDays} before its end;
 * point-in-time reminders (180, 90, 60, 30, 7 and 0 days before an agreement ends) on their day; an agreement
 * past its end weekly, until an extension is opened or the ending is recorded.
 *
 * @param lookaheadDays      how early an approaching deadline is mentioned
 * @param loiNoticeDays      how early an LoI's end is mentioned
 * @param lookbackDays       how far back overdue items are looked for (five years by default: an agreement
 *                           entered after it ended is still ended by the system)
 * @param graceDaysAfterEnd  after the end date plus this, the system ends the agreement ("masa berlaku habis")
 */
public record ReminderRules(int lookaheadDays, int loiNoticeDays, int lookbackDays, int graceDaysAfterEnd) {

    public static final ReminderRules DEFAULTS = new ReminderRules(7, 30, 5 * 366, 30);

    public LocalDate firstDate(LocalDate today) {
        return today.minusDays(lookbackDays);
    }

    public LocalDate lastDate(LocalDate today) {
        return today.plusDays(Math.max(lookaheadDays, loiNoticeDays));
    }

    /**
     * The line for {@code entry} in a digest sent on {@code today} that covers the last {@code coversDays} days,
     * or empty when it does not belong there.
     */
    public Optional<ReminderItem> item(DueDateIndex.Entry entry, LocalDate today, int coversDays) {
        long daysLeft = ChronoUnit.DAYS.between(today, entry.date());
        ReminderItem.Urgency urgency = switch (entry.kind()) {
            case EXPIRY_REMINDER -> within(entry.date(), today, coversDays) ? ReminderItem.Urgency.NOTICE : null;
            case AGREEMENT_END -> agreementEnd(entry.date(), today, coversDays);
            case LOI_EXPIRY -> deadline(daysLeft, loiNoticeDays);
            default -> deadline(daysLeft, lookaheadDays);
        };
        return Optional.ofNullable(urgency).map(u -> new ReminderItem(entry.caseId(), entry.kind(), entry.date(),
                entry.note(), u));
    }

    /** Whether the system ends the agreement of this entry today ("masa berlaku habis"). */
    public boolean endsAutomatically(DueDateIndex.Entry entry, LocalDate today) {
        return entry.kind() == DueDateKind.AGREEMENT_END && entry.date().plusDays(graceDaysAfterEnd).isBefore(today);
    }

    private static ReminderItem.Urgency deadline(long daysLeft, int noticeDays) {
        if (daysLeft < 0) {
            return ReminderItem.Urgency.OVERDUE;
        }
        if (daysLeft == 0) {
            return ReminderItem.Urgency.TODAY;
        }
        return daysLeft <= noticeDays ? ReminderItem.Urgency.UPCOMING : null;
    }

    private static ReminderItem.Urgency agreementEnd(LocalDate end, LocalDate today, int coversDays) {
        if (within(end, today, coversDays)) {
            return ReminderItem.Urgency.TODAY;
        }
        if (end.isBefore(today)) {
            // weekly after the end: on the days 7, 14, 21 ... after it that this digest covers
            for (int back = 0; back < coversDays; back++) {
                long since = ChronoUnit.DAYS.between(end, today.minusDays(back));
                if (since > 0 && since % 7 == 0) {
                    return ReminderItem.Urgency.OVERDUE;
                }
            }
        }
        return null;
    }

    /** Whether {@code date} is one of the {@code days} days ending today. */
    private static boolean within(LocalDate date, LocalDate today, int days) {
        return !date.isAfter(today) && date.isAfter(today.minusDays(days));
    }
}
