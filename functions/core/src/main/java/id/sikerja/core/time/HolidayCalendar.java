package id.sikerja.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working-day arithmetic for government deadlines: Saturdays, Sundays, national holidays and cuti bersama
 * are not working days. The holidays are data (they change every year with the SKB 3 Menteri); this class
 * never knows a holiday that it was not given.
 *
 * <p>Immutable and thread-safe.
 */
public final class HolidayCalendar {

    /** Guard against endless loops on absurd input (about 40 years of working days). */
    private static final int MAX_WORKING_DAYS = 10_000;

    private final TreeMap<LocalDate, List<Holiday>> byDate;
    /** The years whose list an admin confirmed; null: every year with a holiday counts as confirmed (tests). */
    private final SortedSet<Integer> confirmed;

    private HolidayCalendar(TreeMap<LocalDate, List<Holiday>> byDate) {
        this(byDate, null);
    }

    private HolidayCalendar(TreeMap<LocalDate, List<Holiday>> byDate, SortedSet<Integer> confirmed) {
        this.byDate = byDate;
        this.confirmed = confirmed;
    }

    /**
     * A calendar from the given holidays in which only {@code confirmedYears} are known (issue 13 item 4): a
     * year with a few holidays entered but not confirmed by an admin is not known, so deadlines counted through it
     * are provisional.
     */
    public static HolidayCalendar of(Collection<Holiday> holidays, Collection<Integer> confirmedYears) {
        HolidayCalendar c = of(holidays);
        return new HolidayCalendar(c.byDate, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(confirmedYears)));
    }

    /** A calendar from the given holidays; several entries on the same date are allowed. */
    public static HolidayCalendar of(Collection<Holiday> holidays) {
        Objects.requireNonNull(holidays, "holidays");
        TreeMap<LocalDate, List<Holiday>> map = new TreeMap<>();
        for (Holiday h : holidays) {
            map.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(h);
        }
        map.replaceAll((d, list) -> List.copyOf(list));
        return new HolidayCalendar(map);
    }

    /** A calendar with weekends only (useful in tests and before the holiday list is loaded). */
    public static HolidayCalendar weekendsOnly() {
        return new HolidayCalendar(new TreeMap<>());
    }

    /** Every holiday, sorted by date. */
    public List<Holiday> holidays() {
        List<Holiday> all = new ArrayList<>();
        byDate.values().forEach(all::addAll);
        all.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(all);
    }

    /** The years for which at least one holiday is known: a year missing here is probably not loaded yet. */
    public SortedSet<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        byDate.keySet().forEach(d -> years.add(d.getYear()));
        return years;
    }

    /**
     * Whether the year's list is known: confirmed by an admin (or, for a calendar built without confirmations,
     * whether any holiday of the year is given).
     */
    public boolean covers(int year) {
        return confirmed == null ? years().contains(year) : confirmed.contains(year);
    }

    /** The years from {@code from}'s to {@code to}'s (inclusive) whose list is not known, oldest first. */
    public SortedSet<Integer> unknownYearsBetween(LocalDate from, LocalDate to) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!covers(y)) {
                out.add(y);
            }
        }
        return out;
    }

    /** The holidays on a date (empty when none). */
    public List<Holiday> holidaysOn(LocalDate date) {
        return byDate.getOrDefault(date, List.of());
    }

    public boolean isHoliday(LocalDate date) {
        return byDate.containsKey(date);
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !isHoliday(date);
    }

    /**
     * The date that is {@code workingDays} working days after {@code start}. Counting starts on the day after
     * {@code start} (the day of receipt does not count), so "45 working days from receipt" is
     * {@code plusWorkingDays(receivedOn, 45)}. Zero returns {@code start} itself.
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("workingDays out of range: " + workingDays);
        }
        LocalDate d = start;
        int counted = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The first working day on or after {@code date}. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The number of working days in the half-open interval ({@code from}, {@code to}]: the inverse of
     * {@link #plusWorkingDays}. Zero when {@code to} is not after {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** A new calendar with the given holidays added (for admins' edits). */
    public HolidayCalendar with(Collection<Holiday> more) {
        List<Holiday> all = new ArrayList<>(holidays());
        all.addAll(more);
        HolidayCalendar c = of(all);
        return confirmed == null ? c : new HolidayCalendar(c.byDate, confirmed);
    }

    @Override
    public String toString() {
        return "HolidayCalendar" + byDate.keySet();
    }

    /** The holiday names on a date joined with " / ", if any. */
    public Optional<String> nameOf(LocalDate date) {
        List<Holiday> hs = holidaysOn(date);
        if (hs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(" / ", hs.stream().map(Holiday::name).toList()));
    }
}
