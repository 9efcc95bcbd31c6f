package id.sikerja.core.settings;

import java.util.List;

/** Where the admins' holiday lists are kept (DynamoDB in AWS), one item per year. */
public interface HolidayStore {

    /** Every stored year. */
    List<HolidayYear> years();

    /**
     * Stores the year's list as {@code year.version()}, on condition that the stored version is
     * {@code year.version() - 1} (0: not stored yet).
     *
     * @throws Conflict when another admin stored the year meanwhile
     */
    void save(HolidayYear year);

    /** The stored version was not the one expected. */
    final class Conflict extends RuntimeException {
        public Conflict(int year) {
            super("the holiday list of " + year + " changed meanwhile");
        }
    }
}
