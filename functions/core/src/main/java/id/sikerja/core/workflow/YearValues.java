package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Issue 18 (h18-owner): the value of an agreement per year and, for a KSDPK, what it brings the region: revenue to its
 * own income (PAD), assets, in-kind contributions (domain.md §9 [S]). Recorded per year with
 * {@link Action#RECORD_YEAR_VALUE} in Pelaksanaan, beside {@link Action#RECORD_BUDGET_YEAR} (which records whether
 * the year is in the RKPD/APBD and the amount budgeted: the region's spending, not the agreement's value) [I].
 *
 * <p>Stored in the system-managed fact {@link Fact#VALUE_BY_YEAR} as {@code 2026:1500000/200000/0/50000;2027:...}
 * (value/PAD/assets/in-kind, plain decimals); recording a year again replaces that year's values.
 */
public final class YearValues {

    /** One year's values; the KSDPK parts are zero for other categories. */
    public record Values(BigDecimal value, BigDecimal pad, BigDecimal assets, BigDecimal inKind) {
        public static final Values ZERO = new Values(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        public Values plus(Values o) {
            return new Values(value.add(o.value), pad.add(o.pad), assets.add(o.assets), inKind.add(o.inKind));
        }
    }

    private static final YearValues NONE = new YearValues(new TreeMap<>());

    /** The facts that only a KSDPK records (what a third party brings the region). */
    public static final List<Fact<BigDecimal>> KSDPK_FACTS = List.of(Fact.PAD_REVENUE, Fact.ASSET_VALUE,
            Fact.IN_KIND_VALUE);

    private final TreeMap<Integer, Values> years;

    private YearValues(TreeMap<Integer, Values> years) {
        this.years = years;
    }

    /** Parses the stored text; throws {@link IllegalArgumentException} when malformed. */
    public static YearValues parse(String text) {
        TreeMap<Integer, Values> out = new TreeMap<>();
        if (text.isBlank()) {
            return new YearValues(out);
        }
        for (String part : text.split(";")) {
            String[] kv = part.split(":", 2);
            String[] v = kv.length == 2 ? kv[1].split("/", -1) : new String[0];
            if (v.length != 4) {
                throw new IllegalArgumentException("year value malformed: " + part);
            }
            out.put(Integer.parseInt(kv[0].strip()), new Values(new BigDecimal(v[0]), new BigDecimal(v[1]),
                    new BigDecimal(v[2]), new BigDecimal(v[3])));
        }
        return new YearValues(out);
    }

    /** The stored text. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        years.forEach((y, v) -> {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(y).append(':').append(v.value().toPlainString()).append('/').append(v.pad().toPlainString())
                    .append('/').append(v.assets().toPlainString()).append('/').append(v.inKind().toPlainString());
        });
        return sb.toString();
    }

    /** The case's values per year (none recorded: empty). */
    public static YearValues of(CaseState s) {
        return s.fact(Fact.VALUE_BY_YEAR).map(YearValues::parse).orElse(NONE);
    }

    public Optional<Values> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    public Map<Integer, Values> asMap() {
        return Collections.unmodifiableMap(years);
    }

    public YearValues with(int year, Values values) {
        TreeMap<Integer, Values> copy = new TreeMap<>(years);
        copy.put(year, values);
        return new YearValues(copy);
    }

    /** Gate: the command gives the year and its value (a year's record is not made of another year's values). */
    static Condition given() {
        return Gates.simple(UnmetCondition.Kind.FACT, Text.of("tahun dan nilai kerja sama diisi",
                        "the year and the agreement's value given"), java.util.Set.of(Fact.VALUE_YEAR, Fact.YEAR_VALUE),
                ctx -> List.of(Fact.VALUE_YEAR, Fact.YEAR_VALUE).stream()
                        .filter(f -> !ctx.command().facts().has(f)).map(Gates::missing).toList());
    }

    /** Gate: PAD, assets and in-kind contributions are what a third party brings: a KSDPK's only. */
    static Condition ksdpkOnly() {
        return Gates.simple(UnmetCondition.Kind.RULE, Text.of("PAD, aset dan kontribusi non-tunai hanya untuk KSDPK",
                        "PAD, assets and in-kind contributions: a KSDPK only"), java.util.Set.of(),
                ctx -> ctx.state().category() == Category.KSDPK ? List.of()
                        : KSDPK_FACTS.stream().filter(f -> ctx.command().facts().has(f))
                        .map(f -> new UnmetCondition(UnmetCondition.Kind.RULE, "INVALID:FACT:" + f.key(),
                                Text.of(f.label().id() + " hanya dicatat untuk kerja sama dengan pihak ketiga (KSDPK)",
                                        f.label().en() + " is recorded for cooperation with a third party (KSDPK) only")))
                        .toList());
    }

    /** Effect: the year's values join the per-year record (replacing that year's earlier values). */
    static Effect recordsYear() {
        return Effect.computesFact(Fact.VALUE_BY_YEAR, Text.of("mencatat nilai kerja sama tahun itu",
                "records that year's value"), (s, ctx) -> {
            Optional<Integer> year = ctx.command().facts().get(Fact.VALUE_YEAR);
            Optional<BigDecimal> value = ctx.command().facts().get(Fact.YEAR_VALUE);
            if (year.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            Values v = new Values(value.get(),
                    ctx.command().facts().get(Fact.PAD_REVENUE).orElse(BigDecimal.ZERO),
                    ctx.command().facts().get(Fact.ASSET_VALUE).orElse(BigDecimal.ZERO),
                    ctx.command().facts().get(Fact.IN_KIND_VALUE).orElse(BigDecimal.ZERO));
            return Optional.of(of(s).with(year.get(), v).format());
        });
    }
}
