package id.sikerja.core.answers;

import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialField;
import id.sikerja.core.reports.CaseRow;
import id.sikerja.core.reports.Reports;
import id.sikerja.core.reports.Sheet;
import id.sikerja.core.settings.Department;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Issue 16: the departments' potentials and needs per department and field: how many entries, how many received a
 * proposal and how many none, and how many led to an agreement (a case answering it is signed). Leaders (and admins,
 * TKKSD without a department) also see which departments of the directory have mapped nothing. An OPD user (or a
 * TKKSD member scoped to a department) sees only that department's row, as in the grouped reports.
 */
public final class PotentialReport {

    /** The column labels. */
    static final List<Text> HEADER = List.of(Text.of("OPD", "Department"), Text.of("Bidang", "Field"),
            Text.of("Jumlah peluang/kebutuhan", "Entries"), Text.of("Dengan usulan", "With proposals"),
            Text.of("Tanpa usulan", "Without proposals"), Text.of("Menjadi perjanjian", "Led to an agreement"));

    private PotentialReport() {
    }

    /** One department and field. */
    public record Row(String department, String departmentName, PotentialField field, int entries,
                      int withProposals, int withoutProposals, int converted) {
    }

    /**
     * The report.
     *
     * @param unmapped the departments with no entry at all (empty for a scoped caller)
     */
    public record Report(List<Row> rows, int entries, int withProposals, int withoutProposals, int converted,
                         Optional<List<Department>> unmapped) {
        public Report {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param potentials  every entry (archived ones included: they were mapped)
     * @param links       every case answering an entry
     * @param cases       the report rows of the cases (their signing date: an agreement)
     * @param departments the department directory
     */
    public static Report of(Actor actor, List<Potential> potentials, List<AnswerLinks.Link> links,
                            List<CaseRow> cases, List<Department> departments) {
        Optional<String> scope = Reports.scope(actor);
        Map<String, String> names = new HashMap<>();
        departments.forEach(d -> names.put(d.code(), d.name()));
        Set<String> signed = new HashSet<>();
        cases.stream().filter(c -> c.signedOn().isPresent()).forEach(c -> signed.add(c.id()));
        Map<String, Integer> proposals = new HashMap<>();
        Map<String, Boolean> converted = new HashMap<>();
        for (AnswerLinks.Link l : links) {
            proposals.merge(l.potentialId(), 1, Integer::sum);
            if (signed.contains(l.caseId())) {
                converted.put(l.potentialId(), true);
            }
        }
        // department code, then the field's order in the law's list
        Map<String, Map<PotentialField, int[]>> counts = new TreeMap<>();
        Set<String> mapped = new HashSet<>();
        for (Potential p : potentials) {
            mapped.add(p.departmentCode());
            if (scope.isPresent() && !scope.get().equals(p.departmentCode())) {
                continue;
            }
            int[] c = counts.computeIfAbsent(p.departmentCode(), k -> new java.util.EnumMap<>(PotentialField.class))
                    .computeIfAbsent(p.field(), k -> new int[4]);
            c[0]++;
            if (proposals.getOrDefault(p.id(), 0) > 0) {
                c[1]++;
            } else {
                c[2]++;
            }
            if (converted.getOrDefault(p.id(), false)) {
                c[3]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        int[] total = new int[4];
        counts.forEach((dept, byField) -> byField.forEach((field, c) -> {
            rows.add(new Row(dept, names.getOrDefault(dept, dept), field, c[0], c[1], c[2], c[3]));
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        }));
        Optional<List<Department>> unmapped = scope.isPresent() ? Optional.empty()
                : Optional.of(departments.stream().filter(d -> !mapped.contains(d.code()))
                .sorted(Comparator.comparing(Department::name)).toList());
        return new Report(rows, total[0], total[1], total[2], total[3], unmapped);
    }

    /** Every entry of the store, by status (keyed queries, a page at a time; never a scan). */
    public static List<Potential> allEntries(id.sikerja.core.potentials.PotentialStore store) {
        List<Potential> out = new ArrayList<>();
        for (id.sikerja.core.potentials.PotentialStatus status : id.sikerja.core.potentials.PotentialStatus.values()) {
            Optional<String> after = Optional.empty();
            do {
                id.sikerja.core.potentials.PotentialStore.Slice page = store.byStatus(status, 100, after);
                out.addAll(page.items());
                after = page.next();
            } while (after.isPresent());
        }
        return out;
    }

    /** The report as a table for CSV or XLSX: one row per department and field, then the departments without. */
    public static Sheet sheet(Report report, boolean english) {
        List<String> header = HEADER.stream().map(t -> english ? t.en() : t.id()).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : report.rows()) {
            rows.add(List.of(r.departmentName(), english ? r.field().label().en() : r.field().label().id(),
                    r.entries(), r.withProposals(), r.withoutProposals(), r.converted()));
        }
        report.unmapped().ifPresent(list -> list.forEach(d -> rows.add(List.of(d.name(),
                english ? "(nothing mapped)" : "(belum memetakan)", 0, 0, 0, 0))));
        return new Sheet(english ? "Potentials and needs" : "Peluang dan kebutuhan", header, rows);
    }

    /** The JSON of {@code GET /reports/potentials}, in the caller's language. */
    public static Map<String, Object> json(Report report, boolean english) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", report.rows().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("department", r.department());
            m.put("departmentName", r.departmentName());
            m.put("field", r.field().name());
            m.put("fieldLabel", Map.of("id", r.field().label().id(), "en", r.field().label().en()));
            m.put("entries", r.entries());
            m.put("withProposals", r.withProposals());
            m.put("withoutProposals", r.withoutProposals());
            m.put("converted", r.converted());
            return m;
        }).toList());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("entries", report.entries());
        totals.put("withProposals", report.withProposals());
        totals.put("withoutProposals", report.withoutProposals());
        totals.put("converted", report.converted());
        out.put("totals", totals);
        out.put("unmappedDepartments", report.unmapped().map(list -> list.stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.code());
            m.put("name", d.name());
            return m;
        }).toList()).orElse(null));
        return out;
    }
}
