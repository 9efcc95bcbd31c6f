package id.sikerja.core.reads;

import id.sikerja.core.model.Category;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Stage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of the list routes. Every bad parameter is named at once ({@link InvalidInput});
 * unknown parameters are ignored, as web clients add their own (cache busters).
 */
public final class ReadRequests {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    /** The most days {@code endingWithinDays} looks ahead: ten years, more than any term. */
    public static final int MAX_DAYS = 3660;
    public static final int MAX_QUERY_CHARS = 200;
    private static final Pattern DEPARTMENT = Pattern.compile("^[A-Z0-9_-]{2,32}$");
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-fA-F]{64}$");

    private ReadRequests() {
    }

    /** An officer's list: {@code GET /cooperations}. */
    public record ListQuery(Set<Stage> stages, Category category, String department, List<String> partner,
                            Integer year, LocalDate dueBefore, Integer endingWithinDays, List<String> words,
                            Sort sort, int limit, Cursor cursor, boolean refusedMandatory, String responsible,
                            boolean responsibleDisabled, boolean withoutActivity) {

        /**
         * Issue 18 (h18-owner): {@code responsible}: the responsible officer's user name to list, "me" for the caller,
         * null for any; {@code responsibleDisabled}: only open cases whose responsible officer is disabled;
         * issue 18 (h18-activities): {@code withoutActivity}: only agreements running without a verified activity.
         */
        public ListQuery(Set<Stage> stages, Category category, String department, List<String> partner,
                         Integer year, LocalDate dueBefore, Integer endingWithinDays, List<String> words,
                         Sort sort, int limit, Cursor cursor, boolean refusedMandatory) {
            this(stages, category, department, partner, year, dueBefore, endingWithinDays, words, sort, limit, cursor,
                    refusedMandatory, null, false, false);
        }

        public ListQuery(Set<Stage> stages, Category category, String department, List<String> partner,
                         Integer year, LocalDate dueBefore, Integer endingWithinDays, List<String> words,
                         Sort sort, int limit, Cursor cursor, boolean refusedMandatory, String responsible,
                         boolean responsibleDisabled) {
            this(stages, category, department, partner, year, dueBefore, endingWithinDays, words, sort, limit, cursor,
                    refusedMandatory, responsible, responsibleDisabled, false);
        }

        public ListQuery(Set<Stage> stages, Category category, String department, List<String> partner,
                         Integer year, LocalDate dueBefore, Integer endingWithinDays, List<String> words,
                         Sort sort, int limit, Cursor cursor, boolean refusedMandatory, boolean withoutActivity) {
            this(stages, category, department, partner, year, dueBefore, endingWithinDays, words, sort, limit, cursor,
                    refusedMandatory, null, false, withoutActivity);
        }
    }

    /** The public registry: {@code GET /registry}. */
    public record RegistryQuery(List<String> words, Category category, String status, Integer year, String department,
                                String field, int limit, Cursor cursor) {
    }

    /** "My tasks": {@code GET /me/tasks}. */
    public record TaskQuery(List<String> words, int limit, Cursor cursor, String responsible) {

        /** Issue 18 (h18-owner): {@code responsible} as in {@link ListQuery}. */
        public TaskQuery(List<String> words, int limit, Cursor cursor) {
            this(words, limit, cursor, null);
        }
    }

    /** Issue 18 (h18-owner): the caller, as {@code responsible=me}. */
    public static final String ME = "me";

    /** The user name {@code responsible} names for the caller {@code callerId}; null when the query names none. */
    public static String responsible(String responsible, String callerId) {
        return ME.equals(responsible) ? callerId : responsible;
    }

    public static TaskQuery tasks(Function<String, Optional<String>> params) {
        Reader r = new Reader(params);
        List<String> words = r.words("q");
        int limit = r.limit();
        Cursor cursor = r.cursor(Sort.TASKS);
        String responsible = r.userName("responsible"); // issue 18 (h18-owner)
        r.done();
        return new TaskQuery(words, limit, cursor, responsible);
    }

    /** Issue 17: the signing calendar's month, {@code GET /signings?month=YYYY-MM} (required). */
    public static java.time.YearMonth month(Function<String, Optional<String>> params) {
        Reader r = new Reader(params);
        java.time.YearMonth month = null;
        Optional<String> text = r.param("month");
        if (text.isEmpty()) {
            r.errors.add(FieldError.of("month", "required"));
        } else if (!text.get().matches("[0-9]{4}-[0-9]{2}")) {
            r.errors.add(FieldError.of("month", "month"));
        } else {
            try {
                month = java.time.YearMonth.parse(text.get());
            } catch (DateTimeParseException e) {
                r.errors.add(FieldError.of("month", "month"));
            }
        }
        r.done();
        return month;
    }

    public static ListQuery list(Function<String, Optional<String>> params) {
        Reader r = new Reader(params);
        Set<Stage> stages = r.stages("stage");
        Category category = r.category("category");
        String department = r.department("department");
        List<String> partner = r.words("partner");
        Integer year = r.year("year");
        LocalDate dueBefore = r.date("dueBefore");
        Integer ending = r.integer("endingWithinDays", 0, MAX_DAYS);
        List<String> words = r.words("q");
        Sort sort = r.param("sort").map(s -> Sort.ofList(s).orElseGet(() -> {
            r.errors.add(FieldError.of("sort", "one_of", "allowed",
                    Arrays.stream(Sort.LIST).map(Sort::param).collect(Collectors.joining(", "))));
            return Sort.UPDATED_DESC;
        })).orElse(Sort.UPDATED_DESC);
        int limit = r.limit();
        Cursor cursor = r.cursor(sort);
        // issue 13 item 7: only refused mandatory KSDD (the dashboard's list)
        boolean refusedMandatory = r.param("refusedMandatory").map(v -> {
            if (!v.equals("true") && !v.equals("false")) {
                r.errors.add(FieldError.of("refusedMandatory", "not_boolean"));
            }
            return v.equals("true");
        }).orElse(false);
        String responsible = r.userName("responsible"); // issue 18 (h18-owner)
        boolean responsibleDisabled = r.param("responsibleDisabled").map(v -> {
            if (!v.equals("true") && !v.equals("false")) {
                r.errors.add(FieldError.of("responsibleDisabled", "not_boolean"));
            }
            return v.equals("true");
        }).orElse(false);
        // issue 18 (h18-activities): only agreements running without a verified activity (the dashboard's list)
        boolean withoutActivity = r.param("withoutActivity").map(v -> {
            if (!v.equals("true") && !v.equals("false")) {
                r.errors.add(FieldError.of("withoutActivity", "not_boolean"));
            }
            return v.equals("true");
        }).orElse(false);
        r.done();
        return new ListQuery(stages, category, department, partner, year, dueBefore, ending, words, sort, limit, cursor,
                refusedMandatory, responsible, responsibleDisabled, withoutActivity);
    }

    public static RegistryQuery registry(Function<String, Optional<String>> params) {
        Reader r = new Reader(params);
        List<String> words = r.words("q");
        Category category = r.category("category");
        String status = r.param("status").map(s -> {
            if (!s.equals(Registry.RUNNING) && !s.equals(Registry.ENDED)) {
                r.errors.add(FieldError.of("status", "one_of", "allowed", Registry.RUNNING + ", " + Registry.ENDED));
            }
            return s;
        }).orElse(null);
        Integer year = r.year("year");
        String department = r.department("department");
        String field = r.param("field").map(f -> {
            if (f.length() > 100) {
                r.errors.add(FieldError.of("field", "too_long", "max", 100));
            }
            return f;
        }).orElse(null);
        int limit = r.limit();
        Cursor cursor = r.cursor(Sort.REGISTRY);
        r.done();
        return new RegistryQuery(words, category, status, year, department, field, limit, cursor);
    }

    /** A SHA-256 in hex, lower-cased; 422 naming {@code sha256} otherwise. */
    public static String sha256(String value) {
        if (value == null || !SHA256.matcher(value).matches()) {
            throw new InvalidInput(List.of(FieldError.of("sha256", "sha256")));
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    /** A format among the allowed ones (the first when absent). */
    public static String format(Optional<String> value, String... allowed) {
        String f = value.map(String::strip).filter(s -> !s.isEmpty()).orElse(allowed[0]);
        if (!Arrays.asList(allowed).contains(f)) {
            throw new InvalidInput(List.of(FieldError.of("format", "one_of", "allowed", String.join(", ", allowed))));
        }
        return f;
    }

    private static final class Reader {
        private final Function<String, Optional<String>> params;
        private final List<FieldError> errors = new ArrayList<>();

        Reader(Function<String, Optional<String>> params) {
            this.params = params;
        }

        Optional<String> param(String name) {
            return params.apply(name).map(String::strip).filter(s -> !s.isEmpty());
        }

        Set<Stage> stages(String name) {
            Set<Stage> out = EnumSet.noneOf(Stage.class);
            param(name).ifPresent(v -> {
                for (String part : v.split(",")) {
                    String p = part.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    try {
                        out.add(Stage.valueOf(p));
                    } catch (IllegalArgumentException e) {
                        errors.add(FieldError.of(name, "one_of", "allowed", Arrays.stream(Stage.values())
                                .map(Enum::name).collect(Collectors.joining(", "))));
                        return;
                    }
                }
            });
            return out;
        }

        Category category(String name) {
            return param(name).map(v -> {
                try {
                    return Category.valueOf(v);
                } catch (IllegalArgumentException e) {
                    errors.add(FieldError.of(name, "one_of", "allowed", Arrays.stream(Category.values())
                            .map(Enum::name).collect(Collectors.joining(", "))));
                    return null;
                }
            }).orElse(null);
        }

        String department(String name) {
            return param(name).map(v -> {
                if (!DEPARTMENT.matcher(v).matches()) {
                    errors.add(FieldError.of(name, "department_code"));
                }
                return v;
            }).orElse(null);
        }

        /** Issue 18 (h18-owner): "me" or a user pool user name (1–128 visible ASCII characters). */
        String userName(String name) {
            return param(name).map(v -> {
                if (v.length() > 128 || !v.chars().allMatch(c -> c > 32 && c < 127)) {
                    errors.add(FieldError.of(name, "too_long", "max", 128));
                    return null;
                }
                return v;
            }).orElse(null);
        }

        List<String> words(String name) {
            return param(name).map(v -> {
                if (v.length() > MAX_QUERY_CHARS) {
                    errors.add(FieldError.of(name, "too_long", "max", MAX_QUERY_CHARS));
                    return List.<String>of();
                }
                return SearchText.words(v);
            }).orElse(List.of());
        }

        Integer year(String name) {
            return integer(name, 1990, 2200);
        }

        Integer integer(String name, int min, int max) {
            return param(name).map(v -> {
                try {
                    int n = Integer.parseInt(v);
                    if (n < min || n > max) {
                        errors.add(new FieldError(name, "range", java.util.Map.of("min", min, "max", max)));
                        return null;
                    }
                    return n;
                } catch (NumberFormatException e) {
                    errors.add(FieldError.of(name, "not_integer"));
                    return null;
                }
            }).orElse(null);
        }

        LocalDate date(String name) {
            return param(name).map(v -> {
                try {
                    return LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    errors.add(FieldError.of(name, "date"));
                    return null;
                }
            }).orElse(null);
        }

        int limit() {
            Integer limit = integer("limit", 1, MAX_LIMIT);
            return limit == null ? DEFAULT_LIMIT : limit;
        }

        Cursor cursor(Sort sort) {
            return param("cursor").map(c -> Cursor.decode(c, sort).orElseGet(() -> {
                errors.add(FieldError.of("cursor", "cursor"));
                return null;
            })).orElse(null);
        }

        void done() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
