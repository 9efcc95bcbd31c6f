/**
 * Calendar arithmetic for legal deadlines: working days over an editable holiday list
 * ({@link id.sikerja.core.time.HolidayCalendar}, built from data only; {@link id.sikerja.core.time.HolidayCsv} reads
 * the admins' CSV and the shipped {@code holidays-id.csv}) and month/year periods
 * ({@link id.sikerja.core.time.Periods}).
 */
package id.sikerja.core.time;
