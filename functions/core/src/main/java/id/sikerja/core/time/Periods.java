package id.sikerja.core.time;

import java.time.LocalDate;

/**
 * Calendar periods counted in months or years, as agreements and letters state them ("berlaku selama
 * 5 (lima) tahun sejak ditandatangani"). The period includes its first day; its last day is the day before the
 * same day-of-month N months later. When that day does not exist (31st, or 29 February in a common year),
 * the anniversary is the first day of the following month, so the period ends on the last day of the short
 * month: 31 January + 1 month ends 28 February; 29 February 2028 + 1 year ends 28 February 2029;
 * 1 March 2027 + 1 year ends 29 February 2028.
 */
public final class Periods {

    private Periods() {
    }

    /** The last day in force of a period of {@code months} months starting on {@code start} (inclusive). */
    public static LocalDate lastDayOf(LocalDate start, int months) {
        if (months <= 0) {
            throw new IllegalArgumentException("months must be positive: " + months);
        }
        return anniversary(start, months).minusDays(1);
    }

    /**
     * The first day after a period of {@code months} months starting on {@code start}: the same day-of-month
     * {@code months} later, or the first of the next month when that day does not exist.
     */
    public static LocalDate anniversary(LocalDate start, int months) {
        LocalDate a = start.plusMonths(months);
        if (a.getDayOfMonth() < start.getDayOfMonth()) {
            // clamped by plusMonths (e.g. 31 -> 30, 29 Feb -> 28 Feb): the true anniversary is the next day
            a = a.plusDays(1);
        }
        return a;
    }
}
