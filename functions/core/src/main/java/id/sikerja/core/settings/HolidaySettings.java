package id.sikerja.core.settings;

import id.sikerja.core.time.Holiday;
import id.sikerja.core.time.HolidayCalendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The holiday list that working-day deadlines count with: the years admins stored, and for any other year the
 * list shipped with Si Kerja. The calendar is cached for a short while per container; a change stored through this
 * instance is seen at once, one stored by another container within {@code cacheFor}.
 */
public final class HolidaySettings {

    private final HolidayStore store;
    private final Map<Integer, List<Holiday>> shipped;
    private final java.util.Set<Integer> shippedConfirmed;
    private final Clock clock;
    private final ShortCache<HolidayCalendar> cache;

    /** What became of a replacement. */
    public sealed interface Saved {
        /** Stored as the new version. */
        record Done(HolidayYear year) implements Saved {
        }

        /** The caller saw another version than the one stored now. */
        record Stale(HolidayYear current) implements Saved {
        }
    }

    /** With no shipped year confirmed. */
    public HolidaySettings(HolidayStore store, List<Holiday> shipped, Clock clock, Duration cacheFor) {
        this(store, shipped, java.util.Set.of(), clock, cacheFor);
    }

    /** {@code shippedConfirmed}: the shipped years marked confirmed ({@code HolidayCsv.defaultConfirmedYears()}). */
    public HolidaySettings(HolidayStore store, List<Holiday> shipped, java.util.Collection<Integer> shippedConfirmed,
                           Clock clock, Duration cacheFor) {
        this.store = store;
        this.shippedConfirmed = java.util.Set.copyOf(shippedConfirmed);
        Map<Integer, List<Holiday>> byYear = new TreeMap<>();
        shipped.forEach(h -> byYear.computeIfAbsent(h.date().getYear(), y -> new ArrayList<>()).add(h));
        this.shipped = Map.copyOf(byYear);
        this.clock = clock;
        this.cache = new ShortCache<>(
                () -> {
                    List<HolidayYear> all = years();
                    return HolidayCalendar.of(all.stream().flatMap(y -> y.holidays().stream()).toList(),
                            all.stream().filter(HolidayYear::confirmed).map(HolidayYear::year).toList());
                }, clock, cacheFor);
    }

    /** The calendar of every known year (cached for {@code cacheFor}). */
    public HolidayCalendar calendar() {
        return cache.get();
    }

    /** Every known year, oldest first: stored ones, and shipped ones not stored (version 0). */
    public List<HolidayYear> years() {
        Map<Integer, HolidayYear> out = new TreeMap<>();
        shipped.forEach((year, list) -> out.put(year, new HolidayYear(year, 0, list, Instant.EPOCH, "",
                shippedConfirmed.contains(year))));
        store.years().forEach(y -> out.put(y.year(), y));
        return List.copyOf(out.values());
    }

    /** The year as known now (shipped, stored, or empty with version 0). */
    public HolidayYear year(int year) {
        return years().stream().filter(y -> y.year() == year).findFirst()
                .orElse(new HolidayYear(year, 0, List.of(), Instant.EPOCH, ""));
    }

    /**
     * Replaces a year's list, on condition that it is still at {@code seenVersion} (0: the shipped list, or none).
     * The holidays must have been validated ({@link HolidayRequests#year}).
     */
    public Saved replace(int year, long seenVersion, List<Holiday> holidays, String by) {
        return replace(year, seenVersion, holidays, null, by);
    }

    /**
     * Replaces a year's list and says whether the admin confirmed it complete (issue 13 item 4); {@code confirmed}
     * null keeps the year's current status.
     */
    public Saved replace(int year, long seenVersion, List<Holiday> holidays, Boolean confirmed, String by) {
        HolidayYear current = year(year);
        boolean known = confirmed == null ? current.confirmed() : confirmed;
        if (current.version() != seenVersion) {
            return new Saved.Stale(current);
        }
        HolidayYear next = new HolidayYear(year, seenVersion + 1, holidays, clock.instant(), by, known);
        try {
            store.save(next);
        } catch (HolidayStore.Conflict conflict) {
            return new Saved.Stale(year(year));
        }
        cache.forget();
        return new Saved.Done(next);
    }
}
