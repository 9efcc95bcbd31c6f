package id.sikerja.core.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodsTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void aPeriodEndsTheDayBeforeItsAnniversary() {
        assertEquals(d(2027, 3, 9), Periods.lastDayOf(d(2026, 3, 10), 12));
        assertEquals(d(2031, 3, 9), Periods.lastDayOf(d(2026, 3, 10), 60));
        assertEquals(d(2026, 12, 31), Periods.lastDayOf(d(2026, 1, 1), 12));
    }

    @Test
    void leapDayStartsEndOnTheLastDayOfFebruary() {
        // signed 29 Feb 2028: one year ends 28 Feb 2029 (the anniversary is 1 March 2029)
        assertEquals(d(2029, 2, 28), Periods.lastDayOf(d(2028, 2, 29), 12));
        // four years from a leap day reach the next leap day's eve
        assertEquals(d(2032, 2, 28), Periods.lastDayOf(d(2028, 2, 29), 48));
        // a year that contains 29 February keeps it
        assertEquals(d(2028, 2, 29), Periods.lastDayOf(d(2027, 3, 1), 12));
        assertEquals(d(2028, 2, 27), Periods.lastDayOf(d(2027, 2, 28), 12)); // same day-of-month rule
    }

    @Test
    void monthEndsClampToTheShortMonth() {
        assertEquals(d(2026, 2, 28), Periods.lastDayOf(d(2026, 1, 31), 1));
        assertEquals(d(2026, 4, 30), Periods.lastDayOf(d(2026, 3, 31), 1));
        assertEquals(d(2026, 3, 27), Periods.lastDayOf(d(2026, 2, 28), 1)); // anniversary 28 March
    }

    @Test
    void monthsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Periods.lastDayOf(d(2026, 1, 1), 0));
    }
}
