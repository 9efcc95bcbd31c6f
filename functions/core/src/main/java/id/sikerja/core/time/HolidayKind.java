package id.sikerja.core.time;

/** The two kinds of non-working weekdays fixed each year by the SKB 3 Menteri. */
public enum HolidayKind {
    /** Hari libur nasional (national holiday). */
    LIBUR_NASIONAL,
    /** Cuti bersama (collective leave day for civil servants). */
    CUTI_BERSAMA
}
