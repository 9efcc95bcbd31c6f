package id.sikerja.core.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolidayCalendarTest {

    private static final HolidayCalendar DEFAULT = HolidayCalendar.of(HolidayCsv.loadDefault());

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void weekendsAreNeverWorkingDays() {
        HolidayCalendar c = HolidayCalendar.weekendsOnly();
        assertFalse(c.isWorkingDay(d(2026, 7, 4)));  // Saturday
        assertFalse(c.isWorkingDay(d(2026, 7, 5)));  // Sunday
        assertTrue(c.isWorkingDay(d(2026, 7, 6)));   // Monday
    }

    @Test
    void countingStartsTheDayAfterAndSkipsTheWeekend() {
        HolidayCalendar c = HolidayCalendar.weekendsOnly();
        // Friday + 1 working day = Monday; Friday + 5 = next Friday
        assertEquals(d(2026, 7, 6), c.plusWorkingDays(d(2026, 7, 3), 1));
        assertEquals(d(2026, 7, 10), c.plusWorkingDays(d(2026, 7, 3), 5));
        // received on a Saturday: Monday is day 1
        assertEquals(d(2026, 7, 6), c.plusWorkingDays(d(2026, 7, 4), 1));
        assertEquals(d(2026, 7, 4), c.plusWorkingDays(d(2026, 7, 4), 0));
    }

    @Test
    void holidaysAndCutiBersamaAreSkipped() {
        // Idul Fitri 1447 H: cuti bersama Fri 20, Mon 23, Tue 24 March 2026; holiday Sat 21, Sun 22; Nyepi Thu 19,
        // cuti bersama Nyepi Wed 18. From Tue 17 March the next working day is Wed 25 March.
        assertEquals(d(2026, 3, 25), DEFAULT.plusWorkingDays(d(2026, 3, 17), 1));
        assertFalse(DEFAULT.isWorkingDay(d(2026, 3, 20)));
        assertTrue(DEFAULT.holidaysOn(d(2026, 3, 20)).stream().anyMatch(h -> h.kind() == HolidayKind.CUTI_BERSAMA));
        assertEquals(d(2026, 3, 25), DEFAULT.workingDayOnOrAfter(d(2026, 3, 18)));
    }

    @Test
    void workingDaysBetweenIsTheInverseOfPlus() {
        LocalDate from = d(2026, 3, 10);
        for (int n = 0; n <= 80; n++) {
            LocalDate to = DEFAULT.plusWorkingDays(from, n);
            assertEquals(n, DEFAULT.workingDaysBetween(from, to), "n=" + n);
        }
    }

    @Test
    void crossingTheNewYearSkipsChristmasAndNewYear() {
        // Thu 17 Dec 2026 + 10: 18, 21, 22, 23 (24 cuti bersama, 25 Natal), 28, 29, 30, 31 (1 Jan 2027), 4, 5 Jan
        assertEquals(d(2027, 1, 5), DEFAULT.plusWorkingDays(d(2026, 12, 17), 10));
    }

    @Test
    void theCalendarOnlyKnowsWhatItIsGiven() {
        HolidayCalendar c = HolidayCalendar.of(List.of(new Holiday(d(2030, 1, 2), "Test")));
        assertFalse(c.isWorkingDay(d(2030, 1, 2)));
        assertTrue(c.isWorkingDay(d(2030, 1, 1)));
        assertTrue(c.covers(2030));
        assertFalse(c.covers(2031));
        HolidayCalendar more = c.with(List.of(new Holiday(d(2030, 1, 1), "Tahun Baru")));
        assertFalse(more.isWorkingDay(d(2030, 1, 1)));
        assertTrue(c.isWorkingDay(d(2030, 1, 1)), "the original is unchanged");
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DEFAULT.plusWorkingDays(d(2026, 1, 1), -1));
    }
}
