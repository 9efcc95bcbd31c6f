package id.sikerja.core.reports;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import id.sikerja.core.workflow.YearValues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Issue 18 (h18-owner): the agreements' recorded values summed by year, department or category, with what KSDPK bring
 * the region (PAD, assets, in-kind). A case counts once in each group (once in each of its departments, as the grouped
 * reports count); only years recorded with {@code RECORD_YEAR_VALUE} count. Read from the whole records of running
 * and ended agreements (the stages below), as the foreign annual report reads them.
 */
public final class ValueReport {

    /** Where recorded values can be: implementation and after. */
    public static final Set<Stage> STAGES = EnumSet.of(Stage.PELAKSANAAN, Stage.PENATAUSAHAAN, Stage.PELAPORAN,
            Stage.SELESAI);

    /** What the rows group by. */
    public enum By {
        YEAR(Text.of("Tahun", "Year")), DEPARTMENT(Text.of("OPD", "Department")), CATEGORY(Text.of("Jenis", "Kind"));

        private final Text label;

        By(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }

        public static Optional<By> fromCode(String code) {
            for (By b : values()) {
                if (b.name().equalsIgnoreCase(code)) {
                    return Optional.of(b);
                }
            }
            return Optional.empty();
        }
    }

    /** One group: its key and label, how many agreements have a value in it, and the sums. */
    public record Row(String key, Text label, int agreements, YearValues.Values totals) {
    }

    private ValueReport() {
    }

    /**
     * The rows, ordered by year (newest first), else by label.
     *
     * @param department only this department's cases (an OPD's scope), when given
     * @param departmentName a department code's name
     */
    public static List<Row> rows(List<CaseRecord> records, By by, Optional<Integer> year, Optional<String> department,
                                 Function<String, String> departmentName) {
        Map<String, Text> labels = new TreeMap<>();
        Map<String, YearValues.Values> sums = new TreeMap<>();
        Map<String, Set<String>> agreements = new TreeMap<>();
        for (CaseRecord r : records) {
            if (!STAGES.contains(r.state().stage())
                    || department.isPresent() && !r.state().departments().contains(department.get())) {
                continue;
            }
            for (Map.Entry<Integer, YearValues.Values> e : YearValues.of(r.state()).asMap().entrySet()) {
                if (year.isPresent() && !year.get().equals(e.getKey())) {
                    continue;
                }
                Map<String, Text> groups = new TreeMap<>();
                switch (by) {
                    case YEAR -> groups.put(String.valueOf(e.getKey()),
                            Text.of(String.valueOf(e.getKey()), String.valueOf(e.getKey())));
                    case DEPARTMENT -> new LinkedHashSet<>(r.state().departments()).forEach(d -> {
                        String name = departmentName.apply(d);
                        groups.put(d, Text.of(name, name));
                    });
                    case CATEGORY -> groups.put(r.state().category().name(), Reports.categoryLabel(r.state().category()));
                }
                groups.forEach((key, label) -> {
                    labels.put(key, label);
                    sums.merge(key, e.getValue(), YearValues.Values::plus);
                    agreements.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.id());
                });
            }
        }
        List<Row> out = new ArrayList<>();
        labels.forEach((key, label) -> out.add(new Row(key, label, agreements.get(key).size(), sums.get(key))));
        out.sort(by == By.YEAR ? Comparator.comparing(Row::key).reversed()
                : Comparator.comparing((Row row) -> row.label().id()));
        return out;
    }

    /** The rows as a table: the group, the agreements, the value, PAD, assets and in-kind contributions (Rp). */
    public static Sheet sheet(By by, List<Row> rows, boolean english) {
        Language lang = Language.of(english);
        List<String> header = List.of(by.label().in(lang), english ? "Agreements" : "Kerja sama",
                english ? "Value (IDR)" : "Nilai (Rp)", english ? "PAD revenue (IDR)" : "PAD (Rp)",
                english ? "Assets (IDR)" : "Aset (Rp)", english ? "In kind (IDR)" : "Non-tunai (Rp)");
        List<List<Object>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(List.of(r.label().in(lang), r.agreements(), r.totals().value(), r.totals().pad(),
                    r.totals().assets(), r.totals().inKind()));
        }
        return new Sheet(english ? "Value" : "Nilai", header, cells);
    }
}
