package id.sikerja.core.activities;

import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.Numbers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the bodies of the activity routes, or throws {@code InvalidInput} naming every bad field:
 * <pre>
 * {"title": "Pelatihan kader", "description": "...", "startDate": "2026-03-02", "endDate": "2026-03-04",
 *  "party": "JOINT", "outputs": "40 kader terlatih",
 *  "indicator": {"name": "Kader terlatih", "unit": "orang", "target": 50, "achievement": 40},
 *  "evidence": ["&lt;documentId of an EVIDENCE upload&gt;"]}
 * </pre>
 * {@code endDate} is optional (one day). A correction sends the whole activity again with {@code version}; a
 * verification {@code {"version": n}}; a return {@code {"version": n, "reason": "..."}}.
 */
public final class ActivityRequests {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_EVIDENCE = 20;
    private static final Pattern ID = Pattern.compile("^[0-9a-fA-F-]{8,64}$");
    private static final Set<String> DRAFT = Set.of("title", "description", "startDate", "endDate", "party", "outputs",
            "indicator", "evidence", "version");
    private static final Set<String> INDICATOR = Set.of("name", "unit", "target", "achievement");
    private static final Set<String> DECISION = Set.of("version", "reason");

    private ActivityRequests() {
    }

    /** A correction: the activity as it should read, and the version the caller saw. */
    public record Correction(long version, ActivityDraft draft) {
    }

    /** A verification or return: the version the caller saw, and for a return its reason. */
    public record Decision(long version, Optional<String> reason) {
    }

    /** A new activity; {@code today} (the Pemda's) bounds its dates. */
    public static ActivityDraft draft(Map<String, Object> body, LocalDate today) {
        Fields f = Fields.of(body);
        unknown(f, body, DRAFT, "version");
        ActivityDraft d = read(f, body, today);
        f.throwIfInvalid();
        return d;
    }

    public static Correction correction(Map<String, Object> body, LocalDate today) {
        Fields f = Fields.of(body);
        unknown(f, body, DRAFT, null);
        Integer version = f.integer("version", 1, Integer.MAX_VALUE);
        ActivityDraft d = read(f, body, today);
        f.throwIfInvalid();
        return new Correction(version, d);
    }

    /** {@code reasonRequired}: a return needs its reason; a verification takes none. */
    public static Decision decision(Map<String, Object> body, boolean reasonRequired) {
        Fields f = Fields.of(body);
        unknown(f, body, DECISION, reasonRequired ? null : "reason");
        Integer version = f.integer("version", 1, Integer.MAX_VALUE);
        String reason = reasonRequired ? f.longText("reason", 5, MAX_REASON) : null;
        f.throwIfInvalid();
        return new Decision(version, Optional.ofNullable(reason));
    }

    // ------------------------------------------------------------------------------------------------

    private static ActivityDraft read(Fields f, Map<String, Object> body, LocalDate today) {
        String title = f.text("title", 3, MAX_TITLE);
        String description = f.optionalLongText("description", MAX_TEXT);
        LocalDate start = date(f, "startDate", true);
        LocalDate end = body.containsKey("endDate") && body.get("endDate") != null ? date(f, "endDate", false) : start;
        if (start != null && start.isAfter(today)) {
            f.reject("startDate", "in_future", Map.of());
        }
        if (start != null && end != null && end.isBefore(start)) {
            f.reject("endDate", "not_before_start", Map.of());
        } else if (end != null && end.isAfter(today) && start != null && !start.isAfter(today)) {
            f.reject("endDate", "in_future", Map.of());
        }
        ActivityParty party = f.choice("party", ActivityParty.class);
        String outputs = f.longText("outputs", 3, MAX_TEXT);
        Optional<Indicator> indicator = Optional.empty();
        if (body.get("indicator") != null) {
            Fields i = f.object("indicator");
            if (i != null && body.get("indicator") instanceof Map<?, ?> m) {
                m.keySet().stream().map(String::valueOf).filter(k -> !INDICATOR.contains(k)).sorted()
                        .forEach(k -> i.reject(k, "unknown_field", Map.of()));
                String name = i.text("name", 2, MAX_TITLE);
                String unit = i.text("unit", 1, 50);
                BigDecimal target = decimal(i, m.get("target"), "target");
                BigDecimal achievement = decimal(i, m.get("achievement"), "achievement");
                if (name != null && unit != null && target != null && achievement != null) {
                    indicator = Optional.of(new Indicator(name, unit, target, achievement));
                }
            }
        }
        List<String> evidence = evidence(f, body.get("evidence"));
        if (title == null || start == null || end == null || party == null || outputs == null) {
            return null;
        }
        return new ActivityDraft(title, description, start, end, party, outputs, indicator, evidence);
    }

    private static LocalDate date(Fields f, String name, boolean required) {
        String t = required ? f.text(name, 1, 32) : f.optionalText(name, 32);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            f.reject(name, "date", Map.of());
            return null;
        }
    }

    private static BigDecimal decimal(Fields f, Object raw, String name) {
        if (raw == null) {
            f.reject(name, "required", Map.of());
            return null;
        }
        BigDecimal d = Numbers.exact(raw);
        if (d == null || !Numbers.modest(d) || d.signum() < 0) {
            f.reject(name, "not_decimal", Map.of());
            return null;
        }
        return d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
    }

    private static List<String> evidence(Fields f, Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            f.reject("evidence", "not_list", Map.of());
            return List.of();
        }
        if (list.size() > MAX_EVIDENCE) {
            f.reject("evidence", "too_many", Map.of("max", MAX_EVIDENCE));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String s) || !ID.matcher(s.strip()).matches()) {
                f.reject("evidence[" + i + "]", "not_evidence", Map.of());
            } else if (!seen.add(s.strip())) {
                f.reject("evidence[" + i + "]", "duplicate", Map.of("value", s.strip()));
            } else {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static void unknown(Fields f, Map<String, Object> body, Set<String> known, String alsoRefused) {
        body.keySet().stream().filter(k -> !known.contains(k) || k.equals(alsoRefused)).sorted()
                .forEach(k -> f.reject(k, "unknown_field", Map.of()));
    }
}
