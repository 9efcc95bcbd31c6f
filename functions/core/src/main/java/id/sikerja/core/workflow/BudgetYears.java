package id.sikerja.core.workflow;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Issue 13 item 12: RKPD/APBD inclusion per budget year (domain.md §3, §6 [S, Kaltim provincial evaluation 2023]):
 * recorded for each budget year of a running cooperation; "running but not in the budget" looks at the current year
 * in the Pemda's zone, so an agreement budgeted only for last year is flagged this year.
 *
 * <p>Stored in the system-managed fact {@link Fact#BUDGET_BY_YEAR} as {@code 2026:RKPD+APBD;2027:RKPD;2028:-}.
 * Cases recorded before it hold only the single facts {@link Fact#IN_RKPD} and {@link Fact#IN_APBD}: they are read
 * as the year of {@link Fact#BUDGET_YEAR}, else the year the agreement was signed (its term's start) [I].
 */
public final class BudgetYears {

    /** A year's inclusion. */
    public record Inclusion(boolean rkpd, boolean apbd) {
        public boolean both() {
            return rkpd && apbd;
        }
    }

    private static final BudgetYears NONE = new BudgetYears(new TreeMap<>(), false);

    private final TreeMap<Integer, Inclusion> years;
    private final boolean perYear;

    private BudgetYears(TreeMap<Integer, Inclusion> years, boolean perYear) {
        this.years = years;
        this.perYear = perYear;
    }

    /** Parses the stored text; throws {@link IllegalArgumentException} when malformed. */
    public static BudgetYears parse(String text) {
        TreeMap<Integer, Inclusion> out = new TreeMap<>();
        if (text.isBlank()) {
            return new BudgetYears(out, true);
        }
        for (String part : text.split(";")) {
            String[] kv = part.split(":", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("budget year without inclusion: " + part);
            }
            int year = Integer.parseInt(kv[0].strip());
            String v = kv[1].strip();
            if (!v.equals("-") && !v.matches("(RKPD|APBD|RKPD\\+APBD)")) {
                throw new IllegalArgumentException("unknown inclusion: " + v);
            }
            out.put(year, new Inclusion(v.contains("RKPD"), v.contains("APBD")));
        }
        return new BudgetYears(out, true);
    }

    /** Whether a stored text is well formed (the fact's range check). */
    static boolean isValid(String text) {
        try {
            BudgetYears b = parse(text);
            return b.years.keySet().stream().allMatch(y -> y >= 1990 && y <= 2200) && text.length() <= 2000;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The stored text. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        years.forEach((y, i) -> {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(y).append(':').append(i.rkpd() && i.apbd() ? "RKPD+APBD" : i.rkpd() ? "RKPD" : i.apbd() ? "APBD" : "-");
        });
        return sb.toString();
    }

    /** The case's inclusion per year: the per-year record, else its single facts read as their year. */
    public static BudgetYears of(CaseState s) {
        Optional<String> stored = s.fact(Fact.BUDGET_BY_YEAR);
        if (stored.isPresent()) {
            return parse(stored.get());
        }
        if (!s.facts().has(Fact.IN_RKPD) && !s.facts().has(Fact.IN_APBD)) {
            return NONE;
        }
        Optional<Integer> year = s.fact(Fact.BUDGET_YEAR).or(() -> signingYear(s));
        if (year.isEmpty()) {
            return NONE;
        }
        TreeMap<Integer, Inclusion> one = new TreeMap<>();
        one.put(year.get(), new Inclusion(s.fact(Fact.IN_RKPD).orElse(false), s.fact(Fact.IN_APBD).orElse(false)));
        return new BudgetYears(one, false);
    }

    /** The year the agreement was signed, else its term's start. */
    static Optional<Integer> signingYear(CaseState s) {
        for (Fact<LocalDate> f : List.of(Fact.PKS_SIGNED_ON, Fact.KB_SIGNED_ON, Fact.NASKAH_SIGNED_ON,
                Fact.NOTA_SIGNED_ON, Fact.TERM_START)) {
            Optional<LocalDate> d = s.fact(f);
            if (d.isPresent()) {
                return Optional.of(d.get().getYear());
            }
        }
        return Optional.empty();
    }

    public Optional<Inclusion> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** In both the RKPD and the APBD of the year. */
    public boolean included(int year) {
        return year(year).map(Inclusion::both).orElse(false);
    }

    public Map<Integer, Inclusion> asMap() {
        return Collections.unmodifiableMap(years);
    }

    public BudgetYears with(int year, Inclusion inclusion) {
        TreeMap<Integer, Inclusion> copy = new TreeMap<>(years);
        copy.put(year, inclusion);
        return new BudgetYears(copy, true);
    }

    /**
     * The day from which the running agreement is flagged as not in the budget, as of {@code today}: the current
     * year's first day (not before implementation began) when that year is not in both the RKPD and the APBD;
     * for an agreement recorded per year, else the first day of the first later year of its term not yet recorded, so that
     * reminders and the dashboard see the new year come without a scan.
     */
    static Optional<LocalDate> unbudgetedFrom(CaseState s, LocalDate stageEntered, LocalDate today,
                                              Optional<LocalDate> termLastDay) {
        BudgetYears b = of(s);
        int year = today.getYear();
        if (!b.included(year)) {
            LocalDate first = LocalDate.of(year, 1, 1);
            return Optional.of(stageEntered.isAfter(first) ? stageEntered : first);
        }
        if (!b.perYear) {
            return Optional.empty();
        }
        // the first later year of the term not yet in both (without a term: the next year)
        int last = termLastDay.map(LocalDate::getYear).orElse(year + 1);
        for (int y = year + 1; y <= last; y++) {
            if (!b.included(y)) {
                return Optional.of(LocalDate.of(y, 1, 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The case as its per-year record would start when the command records budget facts: a case that holds only the
     * earlier single facts gets them as their year's entry first, so that recording another year does not lose it.
     */
    static CaseState seededFor(CaseState s, Command command) {
        boolean budgetFacts = List.of(Fact.IN_RKPD, Fact.IN_APBD, Fact.BUDGET_YEAR).stream()
                .anyMatch(f -> command.facts().has(f));
        if (!budgetFacts || s.facts().has(Fact.BUDGET_BY_YEAR)) {
            return s;
        }
        BudgetYears old = of(s);
        return old.years.isEmpty() ? s : s.withFacts(s.facts().with(Fact.BUDGET_BY_YEAR, old.format()));
    }

    /** Gate: the command itself gives these facts (a year's record is not made of another year's values). */
    static Condition given(Fact<?>... facts) {
        return new Condition() {
            @Override
            public UnmetCondition.Kind kind() {
                return UnmetCondition.Kind.FACT;
            }

            @Override
            public Text description() {
                return Text.of("tahun anggaran, RKPD dan APBD diisi", "the budget year, RKPD and APBD given");
            }

            @Override
            public List<UnmetCondition> check(GateContext ctx) {
                return java.util.Arrays.stream(facts).filter(f -> !ctx.command().facts().has(f))
                        .map(Gates::missing).toList();
            }

            @Override
            public java.util.Set<Fact<?>> reads() {
                return java.util.Set.of(facts);
            }
        };
    }

    /**
     * Effect of recording budget facts: the year's inclusion joins the per-year record (the year recorded, else the
     * signing year, else the current one). A case that held only single facts starts its record with this year.
     */
    static Effect recordsYear() {
        return Effect.computesFact(Fact.BUDGET_BY_YEAR, Text.of("mencatat RKPD/APBD tahun anggaran itu",
                "records that budget year's RKPD/APBD"), (s, ctx) -> {
            boolean budgetFacts = List.of(Fact.IN_RKPD, Fact.IN_APBD, Fact.BUDGET_YEAR).stream()
                    .anyMatch(f -> ctx.command().facts().has(f));
            if (!budgetFacts) {
                return Optional.empty();
            }
            int year = s.fact(Fact.BUDGET_YEAR).or(() -> signingYear(s)).orElse(ctx.today().getYear());
            BudgetYears before = s.fact(Fact.BUDGET_BY_YEAR).map(BudgetYears::parse).orElse(NONE);
            return Optional.of(before.with(year, new Inclusion(s.fact(Fact.IN_RKPD).orElse(false),
                    s.fact(Fact.IN_APBD).orElse(false))).format());
        });
    }
}
