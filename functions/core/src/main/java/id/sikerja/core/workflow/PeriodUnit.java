package id.sikerja.core.workflow;

import id.sikerja.core.time.HolidayCalendar;
import id.sikerja.core.time.Periods;

import java.time.LocalDate;

/** How a time limit is counted (domain.md §3): working days, calendar days or calendar months. */
public enum PeriodUnit {
    /** Skips Saturdays, Sundays, national holidays and cuti bersama ({@link HolidayCalendar}). */
    WORKING_DAYS("hari kerja", "working days"),
    CALENDAR_DAYS("hari", "days"),
    /** A period of months that includes its first day ({@link Periods}): "berlaku selama 1 (satu) tahun". */
    MONTHS("bulan", "months");

    private final Text word;

    PeriodUnit(String id, String en) {
        this.word = Text.of(id, en);
    }

    /**
     * The last day of {@code n} units counted from {@code start}: the n-th working day after it, the day
     * {@code n} days after it, or the last day of a period of {@code n} months that starts on it.
     */
    public LocalDate after(LocalDate start, int n, HolidayCalendar calendar) {
        return switch (this) {
            case WORKING_DAYS -> calendar.plusWorkingDays(start, n);
            case CALENDAR_DAYS -> start.plusDays(n);
            case MONTHS -> Periods.lastDayOf(start, n);
        };
    }

    /** The day {@code n} units before {@code end} (calendar days or months; working days are not counted back). */
    public LocalDate before(LocalDate end, int n) {
        return switch (this) {
            case WORKING_DAYS -> throw new UnsupportedOperationException("working days are counted forward only");
            case CALENDAR_DAYS -> end.minusDays(n);
            case MONTHS -> end.minusMonths(n);
        };
    }

    /** The amount in words, e.g. "45 hari kerja" / "45 working days", "12 bulan (1 tahun)" / "12 months (1 year)". */
    public Text words(int n) {
        if (this == MONTHS && n > 0 && n % 12 == 0) {
            int y = n / 12;
            return Text.of(n + " bulan (" + y + " tahun)", n + " months (" + y + (y == 1 ? " year)" : " years)"));
        }
        if (n == 1) {
            return Text.of("1 " + word.id(), "1 " + word.en().substring(0, word.en().length() - 1));
        }
        return Text.of(n + " " + word.id(), n + " " + word.en());
    }
}
