package id.sikerja.core.potentials;

import id.sikerja.core.model.PartnerType;
import id.sikerja.core.reads.Page;
import id.sikerja.core.reads.SearchText;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The public catalogue of potentials and needs ({@code GET /potentials}, {@code /potentials/export}): every
 * department's entries, filtered and searched, newest change first. It reads by key only: one status partition of
 * the index per status asked for (the archive, CLOSED, only when asked for), or the department's partition when a
 * department is named; filters and search then run over those entries (a Pemda maps hundreds, not millions).
 */
public final class PotentialCatalogue {

    public static final int DEFAULT_LIMIT = 24;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_QUERY_CHARS = 200;
    /** Entries read per page of the store. */
    private static final int READ_PAGE = 200;
    private static final Pattern DEPARTMENT = Pattern.compile("^[A-Z0-9_-]{2,32}$");
    private static final Comparator<Potential> ORDER = Comparator.comparing(Potential::updatedAt).reversed()
            .thenComparing(Potential::id);

    private final PotentialStore store;

    public PotentialCatalogue(PotentialStore store) {
        this.store = store;
    }

    /**
     * What a list asks for.
     *
     * @param statuses empty: every status but the archive
     * @param words    search words (title, description, their English, location), prefix-matched
     */
    public record Query(Optional<PotentialKind> kind, Optional<String> department, Optional<PotentialField> field,
                        Optional<PartnerType> partnerKind, Set<PotentialStatus> statuses, List<String> words,
                        int limit, Optional<String> cursor) {
        public Query {
            statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
            words = List.copyOf(words);
        }

        /** Everything listed by default: no filter. */
        public static Query all() {
            return new Query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                    List.of(), MAX_LIMIT, Optional.empty());
        }
    }

    /**
     * Reads the query parameters ({@code kind, department, field, partnerKind, status} (comma-separated),
     * {@code q, limit, cursor}); every bad one is named at once. Unknown parameters are ignored.
     *
     * @throws InvalidInput naming each bad parameter
     */
    public static Query query(Function<String, Optional<String>> params) {
        List<FieldError> errors = new ArrayList<>();
        Function<String, Optional<String>> p = name -> params.apply(name).map(String::strip).filter(s -> !s.isEmpty());
        Optional<PotentialKind> kind = p.apply("kind").map(v -> choice("kind", v, PotentialKind.class, errors));
        Optional<String> department = p.apply("department").map(v -> {
            if (!DEPARTMENT.matcher(v).matches()) {
                errors.add(FieldError.of("department", "department_code"));
                return null;
            }
            return v;
        });
        Optional<PotentialField> field = p.apply("field").map(v -> choice("field", v, PotentialField.class, errors));
        Optional<PartnerType> partnerKind = p.apply("partnerKind")
                .map(v -> choice("partnerKind", v, PartnerType.class, errors));
        Set<PotentialStatus> statuses = EnumSet.noneOf(PotentialStatus.class);
        p.apply("status").ifPresent(v -> {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    PotentialStatus s = choice("status", part.strip(), PotentialStatus.class, errors);
                    if (s != null) {
                        statuses.add(s);
                    }
                }
            }
        });
        List<String> words = p.apply("q").map(v -> {
            if (v.length() > MAX_QUERY_CHARS) {
                errors.add(FieldError.of("q", "too_long", "max", MAX_QUERY_CHARS));
                return List.<String>of();
            }
            return SearchText.words(v);
        }).orElse(List.of());
        int limit = p.apply("limit").map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1 && n <= MAX_LIMIT) {
                    return n;
                }
                errors.add(new FieldError("limit", "range", Map.of("min", 1, "max", MAX_LIMIT)));
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("limit", "not_integer"));
            }
            return DEFAULT_LIMIT;
        }).orElse(DEFAULT_LIMIT);
        Optional<String> cursor = p.apply("cursor");
        if (cursor.isPresent() && decode(cursor.get()).isEmpty()) {
            errors.add(FieldError.of("cursor", "cursor"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Query(kind, department, field, partnerKind, statuses, words, limit, cursor);
    }

    private static <E extends Enum<E>> E choice(String name, String value, Class<E> type, List<FieldError> errors) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        errors.add(FieldError.of(name, "one_of", "allowed",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    /** One page of the entries that match, and how many match in all. */
    public Page<Potential> list(Query q) {
        List<Potential> matching = matching(q);
        int from = 0;
        if (q.cursor().isPresent()) {
            String[] after = decode(q.cursor().get()).orElseThrow();
            from = matching.size();
            for (int i = 0; i < matching.size(); i++) {
                Potential m = matching.get(i);
                // the first entry after the cursor's (updatedAt desc, id asc), even if that one changed since
                int byTime = m.updatedAt().compareTo(java.time.Instant.parse(after[0]));
                if (byTime < 0 || (byTime == 0 && m.id().compareTo(after[1]) > 0)) {
                    from = i;
                    break;
                }
            }
        }
        int to = Math.min(matching.size(), from + q.limit());
        List<Potential> items = matching.subList(from, to);
        String next = to < matching.size() ? encode(items.get(items.size() - 1)) : null;
        return new Page<>(items, next, matching.size());
    }

    /** Everything that matches, in the list's order (the open-data export: the query without its paging). */
    public List<Potential> matching(Query q) {
        Set<PotentialStatus> statuses = q.statuses().isEmpty()
                ? EnumSet.copyOf(Arrays.stream(PotentialStatus.values()).filter(PotentialStatus::listedByDefault).toList())
                : q.statuses();
        Map<String, Potential> read = new LinkedHashMap<>();
        if (q.department().isPresent()) {
            readAll(after -> store.byDepartment(q.department().get(), READ_PAGE, after), read);
        } else {
            for (PotentialStatus s : statuses) {
                readAll(after -> store.byStatus(s, READ_PAGE, after), read);
            }
        }
        List<Potential> out = new ArrayList<>();
        for (Potential p : read.values()) {
            if (statuses.contains(p.status()) && matches(q, p)) {
                out.add(p);
            }
        }
        out.sort(ORDER);
        return out;
    }

    private static void readAll(Function<Optional<String>, PotentialStore.Slice> page, Map<String, Potential> into) {
        Optional<String> after = Optional.empty();
        do {
            PotentialStore.Slice slice = page.apply(after);
            slice.items().forEach(p -> into.put(p.id(), p));
            after = slice.next();
        } while (after.isPresent());
    }

    private static boolean matches(Query q, Potential p) {
        if (q.kind().isPresent() && q.kind().get() != p.kind()) {
            return false;
        }
        if (q.department().isPresent() && !q.department().get().equals(p.departmentCode())) {
            return false;
        }
        if (q.field().isPresent() && q.field().get() != p.field()) {
            return false;
        }
        if (q.partnerKind().isPresent() && !p.partnerKinds().contains(q.partnerKind().get())) {
            return false;
        }
        return q.words().isEmpty() || SearchText.matches(q.words(), SearchText.words(p.title(), p.description(),
                p.titleEn().orElse(""), p.descriptionEn().orElse(""), p.location().orElse("")));
    }

    private static String encode(Potential last) {
        String raw = "p1\n" + last.updatedAt() + "\n" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String[]> decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 3 || !parts[0].equals("p1") || parts[2].isEmpty()) {
                return Optional.empty();
            }
            java.time.Instant.parse(parts[1]);
            return Optional.of(new String[] {parts[1], parts[2]});
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
