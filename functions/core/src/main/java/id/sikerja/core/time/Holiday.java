package id.sikerja.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day on which government offices are closed besides Saturdays and Sundays.
 *
 * @param date the day, in the region's calendar
 * @param name what is commemorated, e.g. "Idul Fitri 1447 H"
 * @param kind national holiday or cuti bersama
 */
public record Holiday(LocalDate date, String name, HolidayKind kind) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }

    /** A national holiday. */
    public Holiday(LocalDate date, String name) {
        this(date, name, HolidayKind.LIBUR_NASIONAL);
    }
}
