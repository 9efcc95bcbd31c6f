package id.sikerja.core.reports;

import id.sikerja.core.model.Category;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Text;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reports by year, department, partner, field and category: every case the actor may see, counted per group and
 * per stage. An OPD user (and a TKKSD member scoped to a department) counts only that department's cases; admins,
 * TKKSD and leaders count all. A case of several departments counts once in each department's row.
 */
public final class Reports {

    static final String NONE = "-";
    /** The column of refused mandatory KSDD (issue 13 item 7). */
    public static final Text REFUSED_MANDATORY = Text.of("Kerja sama wajib ditolak", "Mandatory cooperation refused");
    private static final Map<Category, Text> CATEGORY_LABELS = Map.of(
            Category.KSDD, Text.of("Kerja sama dengan daerah lain (KSDD)", "With another region (KSDD)"),
            Category.KSDPK, Text.of("Kerja sama dengan pihak ketiga (KSDPK)", "With a third party (KSDPK)"),
            Category.KSDPL, Text.of("Kerja sama dengan pemerintah daerah di luar negeri (KSDPL)",
                    "With a foreign regional government (KSDPL)"),
            Category.KSDLL, Text.of("Kerja sama dengan lembaga di luar negeri (KSDLL)",
                    "With a foreign institution (KSDLL)"),
            // issue 13 item 8 (h-legal-c)
            Category.SINERGI, Text.of("Sinergi dengan kementerian/lembaga (SINERGI)",
                    "Sinergi with a ministry or national agency (SINERGI)"));

    private final ReportCases cases;
    private final ZoneId zone;

    public Reports(ReportCases cases, ZoneId zone) {
        this.cases = cases;
        this.zone = zone;
    }

    public static Text categoryLabel(Category c) {
        return CATEGORY_LABELS.get(c);
    }

    /** The cases the actor may see, as report rows. */
    public List<CaseRow> visible(Actor actor) {
        return scope(actor).map(cases::ofDepartment).orElseGet(cases::all);
    }

    /** The department an actor's reports are limited to, if any. */
    public static Optional<String> scope(Actor actor) {
        return switch (actor.role()) {
            case OPD -> Optional.of(actor.department().orElseThrow());
            case TKKSD -> actor.department();
            case ADMIN, PIMPINAN, SYSTEM -> Optional.empty();
            case PARTNER -> throw new IllegalArgumentException("partners have no reports");
        };
    }

    public GroupedReport grouped(GroupBy groupBy, Optional<Integer> year, Actor actor) {
        return group(groupBy, year, visible(actor), zone);
    }

    /** The grouping itself, on rows already read. */
    static GroupedReport group(GroupBy groupBy, Optional<Integer> year, List<CaseRow> rows, ZoneId zone) {
        Map<String, Text> labels = new LinkedHashMap<>();
        Map<String, Map<Stage, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> refused = new LinkedHashMap<>(); // issue 13 item 7
        List<CaseRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(CaseRow::createdAt).thenComparing(CaseRow::id));
        for (CaseRow row : sorted) {
            if (year.isPresent() && row.year(zone) != year.get()) {
                continue;
            }
            for (Map.Entry<String, Text> g : groups(groupBy, row, zone).entrySet()) {
                labels.put(g.getKey(), g.getValue()); // the latest case's spelling labels the group
                counts.computeIfAbsent(g.getKey(), k -> new EnumMap<>(Stage.class)).merge(row.stage(), 1, Integer::sum);
                if (row.refusedMandatory()) {
                    refused.merge(g.getKey(), 1, Integer::sum);
                }
            }
        }
        List<GroupedReport.Row> out = new ArrayList<>();
        counts.forEach((key, byStage) -> out.add(new GroupedReport.Row(key, labels.get(key),
                byStage.values().stream().mapToInt(Integer::intValue).sum(), byStage, refused.getOrDefault(key, 0))));
        out.sort(order(groupBy));
        return new GroupedReport(groupBy, year, out);
    }

    private static Comparator<GroupedReport.Row> order(GroupBy groupBy) {
        Comparator<GroupedReport.Row> noneLast = Comparator.comparing(r -> r.key().equals(NONE));
        return switch (groupBy) {
            case YEAR -> Comparator.comparing(GroupedReport.Row::key);
            case CATEGORY -> Comparator.comparing(r -> Category.valueOf(r.key()).ordinal());
            default -> noneLast.thenComparing(Comparator.comparingInt(GroupedReport.Row::total).reversed())
                    .thenComparing(r -> r.label().id().toLowerCase(Locale.ROOT));
        };
    }

    /** The group(s) a case falls in, with their labels. */
    private static Map<String, Text> groups(GroupBy groupBy, CaseRow row, ZoneId zone) {
        Map<String, Text> out = new LinkedHashMap<>();
        switch (groupBy) {
            case YEAR -> {
                String y = Integer.toString(row.year(zone));
                out.put(y, Text.of(y, y));
            }
            case CATEGORY -> out.put(row.category().name(), categoryLabel(row.category()));
            case DEPARTMENT -> {
                if (row.departments().isEmpty()) {
                    out.put(NONE, Text.of("(OPD belum ditetapkan)", "(no department assigned)"));
                }
                row.departments().forEach(d -> out.put(d, Text.of(d, d)));
            }
            case PARTNER -> {
                String name = row.partnerName() == null ? "" : row.partnerName().strip().replaceAll("\\s+", " ");
                out.put(name.isEmpty() ? NONE : normalised(name), Text.of(name, name));
            }
            case FIELD -> {
                if (row.field().isEmpty()) {
                    out.put(NONE, Text.of("(bidang belum diisi)", "(field not recorded)"));
                } else {
                    String f = row.field().get().replaceAll("\\s+", " ");
                    out.put(normalised(f), Text.of(f, f));
                }
            }
        }
        return out;
    }

    /** Case- and accent-insensitive, spaces collapsed: "Dinas  Kesehatan" and "dinas kesehatan" are one group. */
    static String normalised(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The report as a table: the group's label, its total, then one column per stage that occurs. */
    public static Sheet sheet(GroupedReport report, boolean english) {
        List<Stage> stages = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (report.rows().stream().anyMatch(r -> r.byStage().containsKey(s))) {
                stages.add(s);
            }
        }
        List<String> header = new ArrayList<>();
        header.add(report.groupBy().label().in(Language.of(english)));
        header.add(english ? "Total" : "Jumlah");
        stages.forEach(s -> header.add(s.label().in(Language.of(english))));
        // issue 13 item 7: refused mandatory KSDD, a column when the report has any
        boolean refused = report.rows().stream().anyMatch(r -> r.refusedMandatory() > 0);
        if (refused) {
            header.add(REFUSED_MANDATORY.in(Language.of(english)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (GroupedReport.Row r : report.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(r.label().in(Language.of(english)));
            cells.add(r.total());
            stages.forEach(s -> cells.add(r.byStage().getOrDefault(s, 0)));
            if (refused) {
                cells.add(r.refusedMandatory());
            }
            rows.add(cells);
        }
        return new Sheet(english ? "Report" : "Laporan", header, rows);
    }

}
