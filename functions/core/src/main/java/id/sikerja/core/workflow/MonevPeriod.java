package id.sikerja.core.workflow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A monev reporting period aligned to the calendar year: with 6-month periods (the default) "2026-S1" is
 * 1 January – 30 June 2026. Period lengths must divide 12.
 */
public record MonevPeriod(LocalDate start, LocalDate end, String label) {

    public MonevPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(label, "label");
    }

    /** The period of {@code months} months that contains {@code date}. */
    public static MonevPeriod containing(LocalDate date, int months) {
        if (months <= 0 || 12 % months != 0) {
            throw new IllegalArgumentException("period length must divide 12: " + months);
        }
        int index = (date.getMonthValue() - 1) / months;
        LocalDate start = LocalDate.of(date.getYear(), index * months + 1, 1);
        LocalDate end = start.plusMonths(months).minusDays(1);
        return new MonevPeriod(start, end, label(date.getYear(), index + 1, months));
    }

    /** The period after this one. */
    public MonevPeriod next() {
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
        return containing(end.plusDays(1), months);
    }

    private static String label(int year, int n, int months) {
        return switch (months) {
            case 12 -> Integer.toString(year);
            case 6 -> year + "-S" + n;
            case 3 -> year + "-Q" + n;
            case 1 -> year + "-M" + (n < 10 ? "0" + n : Integer.toString(n));
            default -> year + "-P" + n;
        };
    }
}
