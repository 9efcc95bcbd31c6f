package id.sikerja.core.settings;

import id.sikerja.core.time.Holiday;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The holiday list of one year as admins keep it: national holidays and cuti bersama (SKB 3 Menteri).
 *
 * @param version   1 for the first stored list, +1 with every replacement; 0 for the shipped list (not stored)
 * @param updatedBy the admin who stored it (empty for the shipped list)
 * @param confirmed whether the list is complete per the year's SKB (an admin said so, or the shipped list marks
 *                  it): only a confirmed year is known to the working-day deadlines (issue 13 item 4)
 */
public record HolidayYear(int year, long version, List<Holiday> holidays, Instant updatedAt, String updatedBy,
                          boolean confirmed) {

    public HolidayYear {
        holidays = holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList();
        Objects.requireNonNull(updatedBy, "updatedBy");
    }

    /** A list not confirmed. */
    public HolidayYear(int year, long version, List<Holiday> holidays, Instant updatedAt, String updatedBy) {
        this(year, version, holidays, updatedAt, updatedBy, false);
    }

    /** Whether admins stored this list (else it is the one shipped with Si Kerja). */
    public boolean stored() {
        return version > 0;
    }
}
