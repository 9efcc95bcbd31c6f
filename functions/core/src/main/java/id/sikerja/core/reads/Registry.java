package id.sikerja.core.reads;

import id.sikerja.core.reads.ReadRequests.RegistryQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The public registry: signed agreements that run ({@link #RUNNING}) or have ended ({@link #ENDED}), their
 * statistics, and the verification of a signed document's SHA-256. It works on {@link CaseSummary}s, which carry
 * no personal data; what is published of them is chosen field by field by the caller's rendering.
 */
public final class Registry {

    public static final String RUNNING = "BERLAKU";
    public static final String ENDED = "BERAKHIR";
    /** How far ahead {@code endingSoon} looks, and how many it lists. */
    public static final int ENDING_SOON_DAYS = 180;
    public static final int ENDING_SOON_MAX = 20;

    private final Supplier<Collection<CaseSummary>> summaries;
    private final Clock clock;
    private final ZoneId zone;

    public Registry(Supplier<Collection<CaseSummary>> summaries, Clock clock, ZoneId zone) {
        this.summaries = summaries;
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    private List<CaseSummary> published() {
        List<CaseSummary> out = new ArrayList<>();
        for (CaseSummary s : summaries.get()) {
            if (s.isPublic()) {
                out.add(s);
            }
        }
        return out;
    }

    /** {@code GET /registry}. Search looks at the title and the partner's name only (not the proposal's texts). */
    public <T> Page<T> list(RegistryQuery q, Function<CaseSummary, T> render) {
        List<CaseSummary> matching = new ArrayList<>();
        for (CaseSummary s : published()) {
            if (matches(q, s)) {
                matching.add(s);
            }
        }
        return Paging.page(matching, Sort.REGISTRY, zone, q.limit(), q.cursor(), render);
    }

    private boolean matches(RegistryQuery q, CaseSummary s) {
        if (q.category() != null && q.category() != s.category()) {
            return false;
        }
        if (q.status() != null && !q.status().equals(s.status().orElse(null))) {
            return false;
        }
        if (q.year() != null && s.registryDate(zone).getYear() != q.year()) {
            return false;
        }
        if (q.department() != null && !s.departments().contains(q.department())) {
            return false;
        }
        if (q.field() != null && !q.field().equalsIgnoreCase(s.field())) {
            return false;
        }
        return q.words().isEmpty() || SearchText.matches(q.words(), SearchText.words(s.title(), publicPartnerName(s)));
    }

    /** What the public is told of a partner who is a private person (perseorangan): its kind, not its name. */
    public static final String WITHHELD_PERSON = "Perseorangan";

    /**
     * The partner's name as the public registry shows it. A person's name is personal data (UU 27/2022): for a
     * partner that is a private person the registry names the kind only, and its search does not find the name.
     */
    public static String publicPartnerName(CaseSummary s) {
        return s.partnerType() == id.sikerja.core.model.PartnerType.PERORANGAN ? WITHHELD_PERSON : s.partnerName();
    }

    /** {@code GET /registry/{id}}: empty unless the agreement is public. */
    public Optional<CaseSummary> find(String id) {
        for (CaseSummary s : summaries.get()) {
            if (s.id().equals(id)) {
                return s.isPublic() ? Optional.of(s) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@code GET /registry/export}: every public agreement, in the registry's order. */
    public List<CaseSummary> all() {
        List<CaseSummary> out = published();
        out.sort(Sort.REGISTRY.comparator(zone));
        return out;
    }

    /** {@code GET /stats}: counts over the public agreements. */
    public Stats stats() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate horizon = today.plusDays(ENDING_SOON_DAYS);
        List<CaseSummary> published = published();
        Map<String, Integer> byYear = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byStage = new TreeMap<>();
        Map<String, Integer> byDepartment = new TreeMap<>();
        Map<String, Integer> byRegion = new TreeMap<>();
        List<CaseSummary> ending = new ArrayList<>();
        for (CaseSummary s : published) {
            byYear.merge(Integer.toString(s.registryDate(zone).getYear()), 1, Integer::sum);
            byCategory.merge(s.category().name(), 1, Integer::sum);
            byStage.merge(s.stage().name(), 1, Integer::sum);
            s.departments().forEach(d -> byDepartment.merge(d, 1, Integer::sum));
            String region = s.partnerRegion() == null || s.partnerRegion().isBlank() ? "-" : s.partnerRegion().strip();
            byRegion.merge(region, 1, Integer::sum);
            if (Registry.RUNNING.equals(s.status().orElse(null)) && s.endDate() != null
                    && !s.endDate().isBefore(today) && !s.endDate().isAfter(horizon)) {
                ending.add(s);
            }
        }
        ending.sort(Comparator.comparing(CaseSummary::endDate).thenComparing(CaseSummary::id));
        return new Stats(published.size(), byYear, byCategory, byStage, byDepartment, byRegion,
                ending.subList(0, Math.min(ENDING_SOON_MAX, ending.size())));
    }

    /** The statistics of the public agreements. */
    public record Stats(int total, Map<String, Integer> byYear, Map<String, Integer> byCategory,
                        Map<String, Integer> byStage, Map<String, Integer> byDepartment,
                        Map<String, Integer> byPartnerRegion, List<CaseSummary> endingSoon) {
        public Stats {
            endingSoon = List.copyOf(endingSoon);
        }
    }

    /**
     * {@code GET /verify/{sha256}}: the public agreement and its signed document with this SHA-256, if any. Only a
     * registered version of a signed agreement (KB, PKS, foreign agreement) of a public case is genuine.
     */
    public Optional<Verified> verify(String sha256) {
        for (CaseSummary s : published()) {
            for (CaseSummary.SignedDocument d : s.signedDocuments()) {
                if (d.sha256().equals(sha256)) {
                    return Optional.of(new Verified(s, d));
                }
            }
        }
        return Optional.empty();
    }

    /** A genuine document and its agreement. */
    public record Verified(CaseSummary agreement, CaseSummary.SignedDocument document) {
    }
}
