package id.sikerja.core.reminders;

import id.sikerja.core.notifications.NotificationKind;
import id.sikerja.core.validation.Language;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * How often an officer wants the digest: every day, once a week on a chosen weekday, or never. The period key
 * names the digest a run produces, so one recipient gets at most one digest per period however often the
 * schedule runs.
 */
public record DigestPreference(Frequency frequency, DayOfWeek weekday, java.util.Set<NotificationKind> immediate,
                               Language language) {

    public enum Frequency { DAILY, WEEKLY, OFF }

    public static final DigestPreference DEFAULT = new DigestPreference(Frequency.DAILY, null);

    /**
     * A digest preference without immediate mail, in Indonesian.
     */
    public DigestPreference(Frequency frequency, DayOfWeek weekday) {
        this(frequency, weekday, java.util.Set.of(), Language.ID);
    }

    /**
     * @param immediate issue 17: the notification kinds the officer also wants mailed at once (the digest stays the
     *                  e-mail channel for everything else)
     * @param language  the language of the officer's mail
     */
    public DigestPreference {
        Objects.requireNonNull(frequency, "frequency");
        immediate = immediate == null || immediate.isEmpty() ? java.util.Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(immediate));
        language = language == null ? Language.ID : language;
        if (frequency == Frequency.WEEKLY) {
            Objects.requireNonNull(weekday, "a weekly digest names its weekday");
        } else {
            weekday = null;
        }
    }

    /** Whether a digest goes out on {@code day}. */
    public boolean sendsOn(LocalDate day) {
        return switch (frequency) {
            case DAILY -> true;
            case WEEKLY -> day.getDayOfWeek() == weekday;
            case OFF -> false;
        };
    }

    /** The days a digest sent on {@code day} covers for point-in-time reminders (its own day, or the last week). */
    public int coversDays() {
        return frequency == Frequency.WEEKLY ? 7 : 1;
    }

    /** "2026-11-22" for a daily digest, "2026-W47" for a weekly one. */
    public String periodKey(LocalDate day) {
        return frequency == Frequency.WEEKLY
                ? day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : day.toString();
    }
}
