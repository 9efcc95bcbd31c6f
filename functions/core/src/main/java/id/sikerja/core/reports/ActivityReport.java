package id.sikerja.core.reports;

import id.sikerja.core.activities.Activity;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.Visibility;
import id.sikerja.core.model.Category;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issue 18: the reports page's implementation activities per agreement and year. Every agreement (each category)
 * running in the year (signed, term overlapping it, being implemented or ended — the foreign annual report's rule)
 * that the actor may see (an OPD: its department's), with the verified activities that took place (wholly or
 * partly) in the year. Activities awaiting verification or returned do not count. An agreement with none is listed
 * too, so the page shows which ran without a verified activity.
 */
public final class ActivityReport {

    private final ReportCases cases;
    /** A case's activities, read with a Query on its own partition (never a scan). */
    private final Function<String, List<Activity>> activities;

    public ActivityReport(ReportCases cases, Function<String, List<Activity>> activities) {
        this.cases = cases;
        this.activities = activities;
    }

    public record Report(int year, List<Item> items) {
        public Report {
            items = List.copyOf(items);
        }
    }

    public record Item(String id, String title, Category category, String partnerName, Optional<LocalDate> signedOn,
                       List<String> departments, Stage stage, List<Activity> activities) {
        public Item {
            departments = List.copyOf(departments);
            activities = List.copyOf(activities);
        }
    }

    public Report of(int year, Actor actor) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Item> items = new ArrayList<>();
        for (CaseRecord r : cases.inStages(ForeignAnnualReport.STAGES)) {
            CaseState s = r.state();
            if (!Visibility.canSee(actor, s) || !ForeignAnnualReport.inYear(s, year)) {
                continue;
            }
            List<Activity> ofYear = activities.apply(r.id()).stream()
                    .filter(a -> a.verified() && a.within(from, to))
                    .sorted(Comparator.comparing((Activity a) -> a.draft().startDate()).thenComparing(Activity::id))
                    .toList();
            items.add(new Item(r.id(), r.proposal().title(), s.category(), r.proposal().partner().name(),
                    CaseRow.signedOn(s), s.departments(), s.stage(), ofYear));
        }
        items.sort(Comparator.comparing(Item::title).thenComparing(Item::id));
        return new Report(year, items);
    }

    /** One row per verified activity (an agreement without one: a row with empty activity cells). */
    public static Sheet sheet(Report report, boolean english) {
        Language lang = Language.of(english);
        List<String> header = List.of(
                "No.",
                english ? "Agreement" : "Kerja sama",
                english ? "Category" : "Kategori",
                english ? "Partner" : "Mitra",
                english ? "Departments" : "OPD pelaksana",
                english ? "Stage" : "Tahap",
                english ? "Activity" : "Kegiatan",
                english ? "From" : "Mulai",
                english ? "To" : "Selesai",
                english ? "Party" : "Pelaksana",
                english ? "Outputs" : "Keluaran",
                english ? "Indicator" : "Indikator",
                english ? "Target" : "Target",
                english ? "Achievement" : "Capaian",
                english ? "Unit" : "Satuan");
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (Item i : report.items()) {
            List<Object> base = List.of(++n, i.title(), i.category().name(), i.partnerName(),
                    String.join(", ", i.departments()), i.stage().label().in(lang));
            if (i.activities().isEmpty()) {
                List<Object> row = new ArrayList<>(base);
                for (int k = 0; k < 9; k++) {
                    row.add(null);
                }
                rows.add(row);
            }
            for (Activity a : i.activities()) {
                List<Object> row = new ArrayList<>(base);
                row.add(a.draft().title());
                row.add(a.draft().startDate());
                row.add(a.draft().endDate());
                row.add(a.draft().party().label().in(lang));
                row.add(a.draft().outputs());
                row.add(a.draft().indicator().map(x -> x.name()).orElse(null));
                row.add(a.draft().indicator().map(x -> x.target()).orElse(null));
                row.add(a.draft().indicator().map(x -> x.achievement()).orElse(null));
                row.add(a.draft().indicator().map(x -> x.unit()).orElse(null));
                rows.add(row);
            }
        }
        return new Sheet((english ? "Activities " : "Kegiatan ") + report.year(), header, rows);
    }
}
