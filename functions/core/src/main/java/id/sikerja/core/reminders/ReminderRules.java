package id.sikerja.core.reminders;

import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.workflow.DueDateKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a due date belongs in a digest, how urgent it is, and so where the due-date index keeps it.
 * <ul>
 *   <li>Deadlines (validation, TKKSD assessment, DPRD answer, Gubernur relay, revision, monev, reports) are
 *   mentioned from {@code lookaheadDays} before until they are met (the case's next transition removes them from
 *   the index); an LoI from {@code loiNoticeDays} before its end. A running cooperation not in the RKPD/APBD is
 *   mentioned until it is recorded. These are indexed {@link Indexing#FROM from the day reminding starts}, so
 *   that a query of everything started by today returns exactly what is due, however long ago it started.</li>
 *   <li>Point reminders (180, 90, 60, 30, 7 and 0 days before an agreement ends, its end, and weekly after it
 *   until an extension is opened or the ending is recorded) belong to the digest that covers their day. They are
 *   indexed {@link Indexing#ON_DAY on that day}, and a run reads only the days its digests cover.</li>
 *   <li>The system's ending of an agreement past its end and grace ("masa berlaku habis") is indexed from the day
 *   it is due, and is acted on rather than listed.</li>
 * </ul>
 * A partner is not written to daily: a partner's deadline is mentioned when reminding starts, on the day, and
 * weekly while it is overdue.
 *
 * @param lookaheadDays  how early an approaching deadline is mentioned
 * @param loiNoticeDays  how early an LoI's end is mentioned
 */
public record ReminderRules(int lookaheadDays, int loiNoticeDays) {

    public static final ReminderRules DEFAULTS = new ReminderRules(7, 30);

    /** How the due-date index keeps an entry. */
    public enum Indexing {
        /** from the day reminding starts until the entry is removed: found by "started by today" */
        FROM,
        /** on its own day only: found by the days a digest covers */
        ON_DAY
    }

    public ReminderRules {
        if (lookaheadDays < 0 || loiNoticeDays < 0) {
            throw new IllegalArgumentException("negative notice");
        }
    }

    public Indexing indexing(DueDateKind kind) {
        return switch (kind) {
            case EXPIRY_REMINDER, AGREEMENT_END, AGREEMENT_ENDED -> Indexing.ON_DAY;
            default -> Indexing.FROM;
        };
    }

    /** The day under which the index keeps a due date of {@code kind} falling on {@code date}. */
    public LocalDate indexDate(DueDateKind kind, LocalDate date) {
        return switch (kind) {
            case EXPIRY_REMINDER, AGREEMENT_END, AGREEMENT_ENDED, SYSTEM_EXPIRY, BUDGET_PLANNING -> date;
            case LOI_EXPIRY -> date.minusDays(loiNoticeDays);
            default -> date.minusDays(lookaheadDays);
        };
    }

    /**
     * The line for {@code entry} in an officer's digest sent on {@code today} that covers the last
     * {@code coversDays} days, or empty when it does not belong there.
     */
    public Optional<ReminderItem> item(DueDateIndex.Entry entry, LocalDate today, int coversDays) {
        long daysLeft = ChronoUnit.DAYS.between(today, entry.date());
        ReminderItem.Urgency urgency = switch (entry.kind()) {
            case EXPIRY_REMINDER -> within(entry.date(), today, coversDays) ? ReminderItem.Urgency.NOTICE : null;
            case AGREEMENT_END -> within(entry.date(), today, coversDays) ? ReminderItem.Urgency.TODAY : null;
            case AGREEMENT_ENDED -> within(entry.date(), today, coversDays) ? ReminderItem.Urgency.OVERDUE : null;
            case SYSTEM_EXPIRY -> null;
            case BUDGET_PLANNING -> entry.date().isAfter(today) ? null : ReminderItem.Urgency.NOTICE;
            case LOI_EXPIRY -> deadline(daysLeft, loiNoticeDays);
            default -> deadline(daysLeft, lookaheadDays);
        };
        return Optional.ofNullable(urgency).map(u -> new ReminderItem(entry.caseId(), entry.kind(), entry.date(),
                entry.note(), u));
    }

    /** The line for {@code entry} in its partner's reminder on {@code today}, or empty when not today. */
    public Optional<ReminderItem> partnerItem(DueDateIndex.Entry entry, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, entry.date());
        boolean deadline = indexing(entry.kind()) == Indexing.FROM;
        if (deadline && !(daysLeft == lookaheadDays || daysLeft == 0 || (daysLeft < 0 && -daysLeft % 7 == 0))) {
            return Optional.empty();
        }
        return item(entry, today, 1);
    }

    /** Whether the system ends the agreement of this entry today ("masa berlaku habis"). */
    public boolean endsAutomatically(DueDateIndex.Entry entry, LocalDate today) {
        return entry.kind() == DueDateKind.SYSTEM_EXPIRY && !entry.date().isAfter(today);
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

    /** Whether {@code date} is one of the {@code days} days ending today. */
    private static boolean within(LocalDate date, LocalDate today, int days) {
        return !date.isAfter(today) && date.isAfter(today.minusDays(days));
    }
}
