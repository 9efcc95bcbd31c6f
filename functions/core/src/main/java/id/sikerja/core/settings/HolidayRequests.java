package id.sikerja.core.settings;

import id.sikerja.core.time.Holiday;
import id.sikerja.core.time.HolidayKind;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an admin's holiday list for one year, or throws {@link InvalidInput} naming every bad field:
 * <pre>
 * {"version": 0, "holidays": [{"date": "2027-01-01", "name": "Tahun Baru 2027 Masehi", "kind": "LIBUR_NASIONAL"}]}
 * </pre>
 * {@code version} is the version of the list the admin edited (0 for the shipped list); every date falls in the
 * year; a date may carry two entries only under different names. {@code confirmed} (optional; when absent the
 * year keeps its status: the shipped list's mark, or what an admin last said) says the list is complete per the year's SKB: only then do deadlines counted through the year stop being
 * provisional (issue 13 item 4).
 */
public final class HolidayRequests {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_HOLIDAYS = 100;

    private HolidayRequests() {
    }

    /** One year's list with the version it replaces. */
    /** {@code confirmed} is null when the request leaves it out: the year keeps the status it has. */
    public record YearList(long version, List<Holiday> holidays, Boolean confirmed) {
        public YearList {
            holidays = List.copyOf(holidays);
        }

        public YearList(long version, List<Holiday> holidays) {
            this(version, holidays, null);
        }
    }

    /** The year of the path, 2000 to 2100. */
    public static int year(String text) {
        try {
            int y = Integer.parseInt(text == null ? "" : text.strip());
            if (y >= FIRST_YEAR && y <= LAST_YEAR) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInput(List.of(new FieldError("year", "range", Map.of("min", FIRST_YEAR, "max", LAST_YEAR))));
    }

    public static YearList list(int year, Map<String, Object> body) {
        Fields f = Fields.of(body);
        body.keySet().stream().filter(k -> !k.equals("version") && !k.equals("holidays") && !k.equals("confirmed")).sorted()
                .forEach(k -> f.reject(k, "unknown_field", Map.of()));
        Integer version = f.integer("version", 0, Integer.MAX_VALUE);
        Object confirmedRaw = body.get("confirmed");
        if (confirmedRaw != null && !(confirmedRaw instanceof Boolean)) {
            f.reject("confirmed", "not_boolean", Map.of());
        }
        List<Holiday> holidays = new ArrayList<>();
        Object raw = body.get("holidays");
        if (raw == null) {
            f.reject("holidays", "required", Map.of());
        } else if (!(raw instanceof List<?> items)) {
            f.reject("holidays", "not_list", Map.of());
        } else if (items.isEmpty()) {
            f.reject("holidays", "required", Map.of());
        } else if (items.size() > MAX_HOLIDAYS) {
            f.reject("holidays", "too_many", Map.of("max", MAX_HOLIDAYS));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "holidays[" + i + "]";
                Object item = items.get(i);
                Fields h = Fields.of(Map.of(path, item == null ? "" : item)).object(path);
                if (h == null) {
                    f.reject(path, "not_object", Map.of());
                    continue;
                }
                LocalDate date = date(h, year);
                String name = h.text("name", 2, 200);
                HolidayKind kind = h.choice("kind", HolidayKind.class);
                h.errors().forEach(e -> f.reject(e.field(), e.code(), e.params()));
                if (date != null && name != null && kind != null) {
                    if (!seen.add(date + "\n" + name)) {
                        f.reject(path, "duplicate", Map.of("value", date + " " + name));
                    } else {
                        holidays.add(new Holiday(date, name, kind));
                    }
                }
            }
        }
        f.throwIfInvalid();
        return new YearList(version, holidays, (Boolean) confirmedRaw);
    }

    private static LocalDate date(Fields h, int year) {
        String t = h.text("date", 1, 32);
        if (t == null) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            h.reject("date", "date", Map.of());
            return null;
        }
        if (d.getYear() != year) {
            h.reject("date", "not_in_year", Map.of("year", year));
            return null;
        }
        return d;
    }
}
