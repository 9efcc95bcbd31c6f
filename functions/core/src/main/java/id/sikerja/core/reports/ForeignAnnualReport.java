package id.sikerja.core.reports;

import id.sikerja.core.validation.Language;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.Visibility;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.time.Periods;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.MonevEntry;
import id.sikerja.core.workflow.MonevEvaluation;
import id.sikerja.core.workflow.MonevKind;
import id.sikerja.core.workflow.RegionLevel;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The yearly report on the implementation of each foreign cooperation (KSDPL, KSDLL), which Permendagri 25/2020
 * Ps 35–38 requires: a kabupaten/kota reports to the Gubernur by the first week of January, a province to the
 * Minister by the second week; without it the next plan is refused (domain.md §3).
 *
 * <p>An agreement is in the report of year Y when it is signed, its term (if recorded) overlaps Y, and it is being
 * implemented or has ended. Each item carries what identifies the agreement (title, partner and country, number,
 * signing date, term, field, departments) and what was done in Y: the monev reports of periods in Y (the
 * activities carried out and their results), the latest evaluation of Y (rating and recommendation: continue,
 * expand or stop), and the planning and budget facts (RKPD, APBD, year, amount).
 */
public final class ForeignAnnualReport {

    /** Stages in which a foreign agreement has been implemented. */
    public static final Set<Stage> STAGES = EnumSet.of(Stage.PELAKSANAAN, Stage.SELESAI);

    private final ReportCases cases;
    private final RegionLevel level;
    /** Issue 18: a case's verified implementation activities (a Query of its partition; none when not wired). */
    private final Function<String, List<id.sikerja.core.activities.Activity>> verified;

    public ForeignAnnualReport(ReportCases cases, RegionLevel level) {
        this(cases, level, caseId -> List.of());
    }

    public ForeignAnnualReport(ReportCases cases, RegionLevel level,
                               Function<String, List<id.sikerja.core.activities.Activity>> verified) {
        this.cases = cases;
        this.level = level;
        this.verified = verified;
    }

    /** The report of a year. */
    public record Report(int year, Recipient recipient, LocalDate dueBy, List<Item> items) {
        public Report {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(dueBy, "dueBy");
            items = List.copyOf(items);
        }
    }

    /** Who receives the report: the Gubernur (from a kabupaten/kota) or the Minister (from a province). */
    public enum Recipient {
        GUBERNUR(Text.of("Gubernur", "the Governor")),
        MENTERI(Text.of("Menteri Dalam Negeri", "the Minister of Home Affairs"));

        private final Text label;

        Recipient(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }

    /** One monev report of a period in the year: what was carried out and its results. */
    public record Activity(String period, LocalDate periodStart, LocalDate periodEnd, MonevKind kind, String summary) {
    }

    /** One agreement's implementation in the year. */
    public record Item(
            String id,
            String title,
            Category category,
            String partnerName,
            PartnerType partnerType,
            String partnerCountry,
            Optional<String> agreementNumber,
            Optional<LocalDate> signedOn,
            Optional<LocalDate> termStart,
            Optional<LocalDate> termEnd,
            Optional<String> field,
            List<String> departments,
            Stage stage,
            Optional<EndReason> endReason,
            List<Activity> activities,
            Optional<MonevEvaluation> evaluation,
            Optional<Boolean> inRkpd,
            Optional<Boolean> inApbd,
            Optional<Integer> budgetYear,
            Optional<BigDecimal> budgetAmount,
            // issue 18: the verified implementation activities that took place (wholly or partly) in the year
            List<id.sikerja.core.activities.Activity> verifiedActivities) {
        public Item {
            verifiedActivities = List.copyOf(verifiedActivities);
        }
    }

    public Report of(int year, Actor actor) {
        List<Item> items = new ArrayList<>();
        for (CaseRecord r : cases.inStages(STAGES)) {
            CaseState s = r.state();
            if (s.category().isForeign() && Visibility.canSee(actor, s) && inYear(s, year)) {
                items.add(item(r, year, verified.apply(r.id()).stream()
                        .filter(a -> a.verified() && a.within(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                        .sorted(Comparator.comparing((id.sikerja.core.activities.Activity a) -> a.draft().startDate())
                                .thenComparing(id.sikerja.core.activities.Activity::id))
                        .toList()));
            }
        }
        items.sort(Comparator.comparing((Item i) -> i.signedOn().orElse(LocalDate.MIN)).thenComparing(Item::title)
                .thenComparing(Item::id));
        Recipient to = level == RegionLevel.PROVINSI ? Recipient.MENTERI : Recipient.GUBERNUR;
        // the first week of January for a kab/kota (to the Gubernur), the second for a province (to the Minister)
        LocalDate dueBy = LocalDate.of(year + 1, 1, to == Recipient.GUBERNUR ? 7 : 14);
        return new Report(year, to, dueBy, items);
    }

    static boolean inYear(CaseState s, int year) {
        Optional<LocalDate> signed = CaseRow.signedOn(s);
        if (signed.isEmpty() || signed.get().getYear() > year) {
            return false;
        }
        Optional<LocalDate> start = s.fact(Fact.TERM_START);
        Optional<LocalDate> end = termEnd(s);
        return start.map(d -> d.getYear() <= year).orElse(true) && end.map(d -> d.getYear() >= year).orElse(true);
    }

    static Optional<LocalDate> termEnd(CaseState s) {
        Optional<LocalDate> start = s.fact(Fact.TERM_START);
        Optional<Integer> months = s.fact(Fact.TERM_MONTHS);
        return start.isPresent() && months.isPresent()
                ? Optional.of(Periods.lastDayOf(start.get(), months.get())) : Optional.empty();
    }

    private static Item item(CaseRecord r, int year, List<id.sikerja.core.activities.Activity> verifiedActivities) {
        CaseState s = r.state();
        List<MonevEntry> ofYear = s.monev().stream()
                .filter(m -> m.period().start().getYear() <= year && m.period().end().getYear() >= year).toList();
        List<Activity> activities = ofYear.stream().filter(m -> m.kind() != MonevKind.EVALUATION)
                .map(m -> new Activity(m.period().label(), m.period().start(), m.period().end(), m.kind(),
                        m.summary() == null ? "" : m.summary()))
                .toList();
        Optional<MonevEvaluation> evaluation = ofYear.stream().filter(m -> m.evaluation().isPresent())
                .max(Comparator.comparing(MonevEntry::at)).flatMap(MonevEntry::evaluation);
        return new Item(r.id(), r.proposal().title(), s.category(), r.proposal().partner().name(),
                r.proposal().partner().type(), r.proposal().partner().regionOrCountry(), s.fact(Fact.AGREEMENT_NUMBER),
                CaseRow.signedOn(s), s.fact(Fact.TERM_START), termEnd(s), s.fact(Fact.FIELD), s.departments(),
                s.stage(), s.endReason(), activities, evaluation, s.fact(Fact.IN_RKPD), s.fact(Fact.IN_APBD),
                s.fact(Fact.BUDGET_YEAR), s.fact(Fact.BUDGET_AMOUNT), verifiedActivities);
    }

    /** The report as a table, one row per agreement, labels in the chosen language. */
    public static Sheet sheet(Report report, boolean english) {
        List<String> header = List.of(
                english ? "No." : "No.",
                english ? "Title" : "Judul kerja sama",
                english ? "Category" : "Kategori",
                english ? "Partner" : "Mitra",
                english ? "Country" : "Negara",
                english ? "Agreement number" : "Nomor naskah",
                english ? "Signed on" : "Tanggal penandatanganan",
                english ? "Term start" : "Mulai berlaku",
                english ? "Term end" : "Berakhir",
                english ? "Field" : "Bidang",
                english ? "Departments" : "OPD pelaksana",
                english ? "Stage" : "Tahap",
                english ? "Activities carried out and results" : "Kegiatan yang dilaksanakan dan hasilnya",
                english ? "Evaluation rating (1-5)" : "Nilai evaluasi (1-5)",
                english ? "Recommendation" : "Rekomendasi",
                english ? "In RKPD" : "Tercantum dalam RKPD",
                english ? "In APBD" : "Tercantum dalam APBD",
                english ? "Budget year" : "Tahun anggaran",
                english ? "Budget amount (IDR)" : "Nilai anggaran (Rp)");
        // issue 18: a column of the verified implementation activities, when any agreement has one in the year
        boolean withActivities = report.items().stream().anyMatch(i -> !i.verifiedActivities().isEmpty());
        if (withActivities) {
            header = new ArrayList<>(header);
            header.add(english ? "Verified implementation activities" : "Kegiatan pelaksanaan terverifikasi");
        }
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (Item i : report.items()) {
            List<Object> row = new ArrayList<>();
            row.add(++n);
            row.add(i.title());
            row.add(i.category().name());
            row.add(i.partnerName());
            row.add(i.partnerCountry());
            row.add(i.agreementNumber().orElse(null));
            row.add(i.signedOn().orElse(null));
            row.add(i.termStart().orElse(null));
            row.add(i.termEnd().orElse(null));
            row.add(i.field().orElse(null));
            row.add(String.join(", ", i.departments()));
            row.add(i.stage().label().in(Language.of(english)));
            row.add(i.activities().stream().map(a -> a.period() + " (" + kind(a.kind(), english) + "): " + a.summary())
                    .collect(Collectors.joining("\n")));
            row.add(i.evaluation().map(MonevEvaluation::rating).orElse(null));
            row.add(i.evaluation().map(e -> e.recommendation().name()).orElse(null));
            row.add(i.inRkpd().map(b -> yesNo(b, english)).orElse(null));
            row.add(i.inApbd().map(b -> yesNo(b, english)).orElse(null));
            row.add(i.budgetYear().orElse(null));
            row.add(i.budgetAmount().orElse(null));
            if (withActivities) {
                row.add(i.verifiedActivities().stream().map(a -> activityLine(a, english))
                        .collect(Collectors.joining("\n")));
            }
            rows.add(row);
        }
        return new Sheet((english ? "Foreign " : "Luar negeri ") + report.year(), header, rows);
    }

    /** Issue 18: "title (start – end, party): outputs; indicator: achievement of target unit". */
    static String activityLine(id.sikerja.core.activities.Activity a, boolean english) {
        Language lang = Language.of(english);
        String when = a.draft().startDate().equals(a.draft().endDate()) ? a.draft().startDate().toString()
                : a.draft().startDate() + " – " + a.draft().endDate();
        String line = a.draft().title() + " (" + when + ", " + a.draft().party().label().in(lang) + "): "
                + a.draft().outputs();
        return line + a.draft().indicator().map(i -> "; " + i.name() + ": " + i.achievement().toPlainString()
                + (english ? " of " : " dari ") + i.target().toPlainString() + " " + i.unit()).orElse("");
    }

    static String kind(MonevKind kind, boolean english) {
        return switch (kind) {
            case PARTNER_REPORT -> english ? "partner's report" : "laporan mitra";
            case OPD_REPORT -> english ? "department's report" : "laporan OPD";
            case EVALUATION -> english ? "evaluation" : "evaluasi";
        };
    }

    private static String yesNo(boolean b, boolean english) {
        return b ? (english ? "yes" : "ya") : (english ? "no" : "tidak");
    }
}
