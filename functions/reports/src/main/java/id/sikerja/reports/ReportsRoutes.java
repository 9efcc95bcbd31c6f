package id.sikerja.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.IdempotentBody;
import id.sikerja.api.Json;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Officers;
import id.sikerja.api.Problem;
import id.sikerja.api.Route;
import id.sikerja.core.answers.PotentialReport;
import id.sikerja.core.imports.ImportColumns;
import id.sikerja.core.imports.ImportOutcome;
import id.sikerja.core.imports.ImportService;
import id.sikerja.core.imports.RowProblem;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.reports.Csv;
import id.sikerja.core.reports.ForeignAnnualReport;
import id.sikerja.core.reports.GroupBy;
import id.sikerja.core.reports.GroupedReport;
import id.sikerja.core.reports.Reports;
import id.sikerja.core.reports.Sheet;
import id.sikerja.core.reports.ValueReport;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of the reports function, officers only (JWT):
 * <ul>
 *   <li>{@code GET /reports?groupBy=year|department|partner|field|category[&year=YYYY]}: cases counted per group
 *       and stage; an OPD user (or a TKKSD member scoped to a department) counts only that department's cases.</li>
 *   <li>{@code GET /reports/export?groupBy=…&format=csv|xlsx[&year=]}: the same rows as a file.</li>
 *   <li>{@code GET /reports/foreign-annual?year=YYYY[&format=json|csv|xlsx]}: the yearly implementation report of
 *       each foreign cooperation (Permendagri 25/2020 Ps 35–38).</li>
 *   <li>{@code GET /imports/template?format=csv|xlsx}: the import template of older agreements (the workbook has a
 *       second sheet describing each column).</li>
 *   <li>{@code POST /imports[?dryRun=true]} (admins; body {@code text/csv} or an .xlsx workbook, base64-encoded by
 *       API Gateway): the dry run lists every row's problems and writes nothing; the import enters every row as a
 *       legacy agreement or none ({@code Idempotency-Key} honoured).</li>
 * </ul>
 */
public final class ReportsRoutes {

    static final String REPORT = "GET /reports";
    static final String EXPORT = "GET /reports/export";
    static final String FOREIGN_ANNUAL = "GET /reports/foreign-annual";
    static final String TEMPLATE = "GET /imports/template";
    static final String IMPORT = "POST /imports";
    /** Issue 18 (h18-owner): the agreements' recorded values per year, department or category. */
    static final String VALUE = "GET /reports/value";
    /** The routes this function serves; template.yaml must route exactly these to it. */
    /** Issue 16: potentials and needs per department and field, with and without proposals, led to agreements. */
    static final String POTENTIALS = "GET /reports/potentials";
    /** Issue 18: every running agreement's verified implementation activities of a year. */
    static final String ACTIVITIES = "GET /reports/activities";
    public static final Set<String> ROUTES = Set.of(REPORT, EXPORT, FOREIGN_ANNUAL, TEMPLATE, IMPORT, POTENTIALS, VALUE,
            ACTIVITIES);
    /** An import file: API Gateway and Lambda take at most 6 MB, base64 makes a file a third larger. */
    static final int MAX_IMPORT_BYTES = 4 * 1024 * 1024;
    static final String CSV = "text/csv; charset=utf-8";
    private static final JsonLog LOG = JsonLog.get(ReportsRoutes.class);

    private final Reports reports;
    private final ForeignAnnualReport foreign;
    private final ImportService imports;
    private final id.sikerja.core.reports.ReportCases values;

    private final java.util.function.Function<Actor, PotentialReport.Report> potentials;
    /** Issue 18: the activities per agreement and year; null answers every such request 503. */
    private id.sikerja.core.reports.ActivityReport activityReport;

    public ReportsRoutes(Reports reports, ForeignAnnualReport foreign, ImportService imports) {
        this(reports, foreign, imports, actor -> PotentialReport.of(actor, List.of(), List.of(), List.of(), List.of()), null);
    }

    /**
     * @param potentials the report of potentials and needs the actor may see (issue 16)
     * @param values issue 18 (h18-owner): the cases the value report reads; null answers every such request 503
     */
    public ReportsRoutes(Reports reports, ForeignAnnualReport foreign, ImportService imports,
                         java.util.function.Function<Actor, PotentialReport.Report> potentials,
                         id.sikerja.core.reports.ReportCases values) {
        this.values = values;
        this.reports = reports;
        this.foreign = foreign;
        this.imports = imports;
        this.potentials = potentials;
    }

    /** Issue 18: serves {@code GET /reports/activities} from this report. */
    public ReportsRoutes withActivities(id.sikerja.core.reports.ActivityReport report) {
        this.activityReport = report;
        return this;
    }

    public HttpFunction function() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(REPORT, this::report);
        routes.put(EXPORT, this::export);
        routes.put(FOREIGN_ANNUAL, this::foreignAnnual);
        routes.put(TEMPLATE, this::template);
        routes.put(IMPORT, this::importFile);
        routes.put(POTENTIALS, this::potentials);
        routes.put(VALUE, this::value);
        routes.put(ACTIVITIES, this::activities);
        return HttpFunction.serving(ROUTES, routes);
    }

    // =====================================================================================================
    // Reports
    // =====================================================================================================

    APIGatewayV2HTTPResponse report(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Query q = query(request, false, Set.of());
        return HttpResponses.json(200, json(reports.grouped(q.groupBy, q.year, actor)));
    }

    APIGatewayV2HTTPResponse export(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Query q = query(request, true, Set.of("csv", "xlsx"));
        GroupedReport report = reports.grouped(q.groupBy, q.year, actor);
        Sheet sheet = Reports.sheet(report, request.language() == Language.EN);
        String name = "laporan-" + q.groupBy.code() + q.year.map(y -> "-" + y).orElse("");
        return file(sheet, q.format, name);
    }

    APIGatewayV2HTTPResponse foreignAnnual(HttpRequest request) {
        Actor actor = Officers.actor(request);
        List<FieldError> errors = new ArrayList<>();
        Optional<Integer> year = year(request, errors);
        if (year.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of("year", "required"));
        }
        String format = format(request, Set.of("json", "csv", "xlsx"), "json", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ForeignAnnualReport.Report report = foreign.of(year.get(), actor);
        if (format.equals("json")) {
            return HttpResponses.json(200, json(report));
        }
        return file(ForeignAnnualReport.sheet(report, request.language() == Language.EN), format,
                "laporan-tahunan-luar-negeri-" + report.year());
    }

    /**
     * Issue 18: {@code GET /reports/activities?year=YYYY[&format=json|csv|xlsx]}: each agreement running in the year
     * (an OPD: its department's) with its verified activities of the year.
     */
    APIGatewayV2HTTPResponse activities(HttpRequest request) {
        Actor actor = Officers.actor(request);
        List<FieldError> errors = new ArrayList<>();
        Optional<Integer> year = year(request, errors);
        if (year.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of("year", "required"));
        }
        String format = format(request, Set.of("json", "csv", "xlsx"), "json", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (activityReport == null) {
            throw Problem.of(503, "unavailable", "Laporan kegiatan belum tersedia", null);
        }
        id.sikerja.core.reports.ActivityReport.Report report = activityReport.of(year.get(), actor);
        if (format.equals("json")) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("year", report.year());
            out.put("items", report.items().stream().map(i -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", i.id());
                m.put("title", i.title());
                m.put("category", i.category().name());
                m.put("partnerName", i.partnerName());
                m.put("signedOn", i.signedOn().map(Object::toString).orElse(null));
                m.put("departments", i.departments());
                m.put("stage", stage(i.stage()));
                m.put("activities", i.activities().stream().map(ReportsRoutes::activity).toList());
                return m;
            }).toList());
            return HttpResponses.json(200, out);
        }
        return file(id.sikerja.core.reports.ActivityReport.sheet(report, request.language() == Language.EN), format,
                "laporan-kegiatan-" + report.year());
    }

    /**
     * Issue 16: {@code GET /reports/potentials[?format=json|csv|xlsx]}: entries per department and field, with and
     * without proposals, led to agreements; and (unscoped callers) the departments that mapped nothing.
     */
    APIGatewayV2HTTPResponse potentials(HttpRequest request) {
        Actor actor = Officers.actor(request);
        List<FieldError> errors = new ArrayList<>();
        String format = format(request, Set.of("json", "csv", "xlsx"), "json", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        boolean en = request.language() == Language.EN;
        PotentialReport.Report report = potentials.apply(actor);
        if (format.equals("json")) {
            return HttpResponses.json(200, PotentialReport.json(report, en));
        }
        return file(PotentialReport.sheet(report, en), format, "laporan-peluang-kebutuhan");
    }

    /**
     * Issue 18 (h18-owner): {@code GET /reports/value?groupBy=year|department|category[&year=][&format=json|csv|xlsx]}:
     * the recorded values summed per group (an OPD: its department's agreements).
     */
    APIGatewayV2HTTPResponse value(HttpRequest request) {
        Actor actor = Officers.actor(request);
        List<FieldError> errors = new ArrayList<>();
        Optional<String> g = request.query("groupBy").map(String::strip).filter(s -> !s.isEmpty());
        Optional<ValueReport.By> by = g.flatMap(ValueReport.By::fromCode);
        if (g.isEmpty()) {
            errors.add(FieldError.of("groupBy", "required"));
        } else if (by.isEmpty()) {
            errors.add(FieldError.of("groupBy", "one_of", "allowed", "year, department, category"));
        }
        Optional<Integer> year = year(request, errors);
        String format = format(request, Set.of("json", "csv", "xlsx"), "json", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (values == null) {
            throw Problem.of(503, "unavailable", "Laporan nilai belum tersedia", null);
        }
        List<ValueReport.Row> rows = ValueReport.rows(values.inStages(ValueReport.STAGES), by.get(), year,
                Reports.scope(actor), d -> d);
        if (format.equals("json")) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("groupBy", by.get().name().toLowerCase(Locale.ROOT));
            out.put("year", year.orElse(null));
            out.put("rows", rows.stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", r.key());
                row.put("label", Map.of("id", r.label().id(), "en", r.label().en()));
                row.put("agreements", r.agreements());
                row.put("value", r.totals().value());
                row.put("pad", r.totals().pad());
                row.put("assets", r.totals().assets());
                row.put("inKind", r.totals().inKind());
                return row;
            }).toList());
            return HttpResponses.json(200, out);
        }
        return file(ValueReport.sheet(by.get(), rows, request.language() == Language.EN), format,
                "laporan-nilai-" + by.get().name().toLowerCase(Locale.ROOT) + year.map(y -> "-" + y).orElse(""));
    }

    // =====================================================================================================
    // Import
    // =====================================================================================================

    APIGatewayV2HTTPResponse template(HttpRequest request) {
        Officers.actor(request);
        List<FieldError> errors = new ArrayList<>();
        String format = format(request, Set.of("csv", "xlsx"), null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (format.equals("csv")) {
            return binary(Csv.write(ImportColumns.template().records()), CSV, "templat-impor-kerja-sama.csv");
        }
        return binary(Xlsx.write(List.of(ImportColumns.template(), ImportColumns.instructions())), Xlsx.MEDIA_TYPE,
                "templat-impor-kerja-sama.xlsx");
    }

    APIGatewayV2HTTPResponse importFile(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Language lang = request.language();
        if (!actor.administers()) {
            throw Problem.of(403, "forbidden", lang.pick("Tidak berwenang", "Not permitted"),
                    lang.pick("Hanya admin Bagian Kerja Sama yang dapat mengimpor kerja sama lama.",
                            "Only the cooperation office's admins may import older agreements."));
        }
        byte[] body = request.bodyBytes();
        IdempotentBody<Boolean> read = IdempotentBody.read(request, body, () -> dryRun(request));
        if (!read.value() && read.key().isEmpty()) {
            // an import writes many cases: without a key a retried request would import them twice, and one that
            // crashed midway could not be found again to be undone
            throw new InvalidInput(List.of(FieldError.of(IdempotencyKey.HEADER, "required")));
        }
        List<List<String>> records = records(request, body, lang);
        if (read.value()) {
            ImportService.Checked checked = imports.check(records, actor);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("dryRun", true);
            out.put("rows", checked.rows());
            out.put("valid", checked.valid());
            out.put("problems", problems(checked.problems()));
            LOG.info("import checked", "rows", checked.rows(), "valid", checked.valid(),
                    "problems", checked.problems().size());
            return HttpResponses.json(200, out);
        }
        ImportOutcome outcome = imports.run(records, actor, read.idempotency(IMPORT, "", actor.id()),
                ids -> Json.write(Map.of("imported", ids.size(), "ids", ids)));
        if (outcome instanceof ImportOutcome.Imported done) {
            LOG.info("import done", "imported", done.caseIds().size());
            return raw(201, done.response(), false);
        } else if (outcome instanceof ImportOutcome.Replayed replayed) {
            return raw(201, replayed.response(), true);
        } else if (outcome instanceof ImportOutcome.Invalid invalid) {
            LOG.info("import refused", "rows", invalid.checked().rows(), "problems", invalid.checked().problems().size());
            throw Problem.of(422, "import-invalid", lang.pick("Impor ditolak: ada baris yang bermasalah",
                            "Import refused: some rows have problems"),
                    lang.pick("Tidak ada yang diimpor. Perbaiki setiap masalah yang disebutkan, lalu kirim ulang berkasnya.",
                            "Nothing was imported. Correct every problem listed, then send the file again."))
                    .with("rows", invalid.checked().rows()).with("valid", invalid.checked().valid())
                    .with("problems", problems(invalid.checked().problems()));
        } else if (outcome instanceof ImportOutcome.InProgress) {
            throw Problem.of(409, "import-in-progress", lang.pick("Impor yang sama sedang berjalan",
                            "The same import is running"),
                    lang.pick("Tunggu sebentar, lalu ulangi dengan Idempotency-Key yang sama untuk melihat hasilnya.",
                            "Wait a moment, then retry with the same Idempotency-Key to get its result."));
        }
        ImportOutcome.Failed failed = (ImportOutcome.Failed) outcome;
        LOG.error("import failed", failed.cause(), "failedRow", failed.failedRow(), "undone", failed.undone());
        throw Problem.of(503, "import-failed", lang.pick("Impor gagal di tengah jalan", "The import failed midway"),
                        failed.undone()
                                ? lang.pick("Tidak ada yang diimpor: kerja sama yang sempat ditulis sudah dihapus "
                                        + "lagi. Silakan ulangi.",
                                "Nothing was imported: the agreements already written were removed again. Please "
                                        + "try again.")
                                : lang.pick("Sebagian kerja sama mungkin masih tersimpan. Ulangi dengan "
                                        + "Idempotency-Key yang sama: impor itu akan dibersihkan lebih dulu.",
                                "Some agreements may still be stored. Retry with the same Idempotency-Key: that "
                                        + "import is cleaned up first."))
                .with("failedRow", failed.failedRow()).with("undone", failed.undone());
    }

    /** The {@code dryRun} query parameter: {@code true} checks the file and writes nothing. */
    private static boolean dryRun(HttpRequest request) {
        String dryRunParam = request.query("dryRun").orElse("false").strip().toLowerCase(Locale.ROOT);
        if (!dryRunParam.equals("true") && !dryRunParam.equals("false")) {
            throw new InvalidInput(List.of(FieldError.of("dryRun", "not_boolean")));
        }
        return dryRunParam.equals("true");
    }

    /** The file's cells: CSV (text/csv) or the first sheet of an .xlsx workbook. */
    private static List<List<String>> records(HttpRequest request, byte[] body, Language lang) {
        String media = request.header("content-type").orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
        boolean csv = media.equals("text/csv");
        if (!csv && !media.equals(Xlsx.MEDIA_TYPE)) {
            throw Problem.of(415, "unsupported-media-type", lang.pick("Jenis berkas tidak didukung",
                            "Unsupported file type"),
                    lang.pick("Kirim templat yang sudah diisi sebagai text/csv atau sebagai buku kerja .xlsx.",
                            "Send the filled template as text/csv or as an .xlsx workbook."))
                    .with("accept", List.of("text/csv", Xlsx.MEDIA_TYPE));
        }
        if (body.length > MAX_IMPORT_BYTES) {
            throw Problem.of(413, "payload-too-large", lang.pick("Berkas terlalu besar", "File too large"),
                    lang.pick("Berkas impor paling besar 4 MB; bagi berkasnya.",
                            "An import file is at most 4 MB; split the file.")).with("maxBytes", MAX_IMPORT_BYTES);
        }
        if (body.length == 0) {
            throw Problem.of(400, "malformed-body", lang.pick("Berkas kosong", "Empty file"),
                    lang.pick("Kirim templat yang sudah diisi.", "Send the filled template."));
        }
        try {
            return csv ? Csv.read(body) : Xlsx.readFirstSheet(body);
        } catch (Csv.Malformed bad) {
            throw Problem.of(400, "malformed-body", lang.pick("Berkas CSV tidak dapat dibaca", "Unreadable CSV file"),
                    lang.pick("Periksa tanda kutip pada baris " + bad.line() + ", dan simpan berkas sebagai UTF-8.",
                            "Check the quotes on line " + bad.line() + ", and save the file as UTF-8."))
                    .with("line", bad.line());
        } catch (Xlsx.Unreadable bad) {
            throw Problem.of(400, "malformed-body", lang.pick("Buku kerja tidak dapat dibaca",
                            "Unreadable workbook"),
                    lang.pick("Simpan templat sebagai buku kerja Excel (.xlsx), atau kirim sebagai CSV.",
                            "Save the template as an Excel workbook (.xlsx), or send it as CSV."));
        }
    }

    private static List<Map<String, Object>> problems(List<RowProblem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("row", p.row());
            m.put("field", p.field());
            m.put("code", p.code());
            m.put("message", text(p.message()));
            return m;
        }).toList();
    }

    // =====================================================================================================
    // Parameters and answers
    // =====================================================================================================

    private record Query(GroupBy groupBy, Optional<Integer> year, String format) {
    }

    /** groupBy (required), year (optional) and, for files, format (required): every bad one named at once. */
    private static Query query(HttpRequest request, boolean file, Set<String> formats) {
        List<FieldError> errors = new ArrayList<>();
        GroupBy groupBy = null;
        Optional<String> g = request.query("groupBy").map(String::strip).filter(s -> !s.isEmpty());
        if (g.isEmpty()) {
            errors.add(FieldError.of("groupBy", "required"));
        } else {
            groupBy = GroupBy.fromCode(g.get()).orElse(null);
            if (groupBy == null) {
                errors.add(FieldError.of("groupBy", "one_of", "allowed", "year, department, partner, field, category"));
            }
        }
        Optional<Integer> year = year(request, errors);
        String format = file ? format(request, formats, null, errors) : null;
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Query(groupBy, year, format);
    }

    private static Optional<Integer> year(HttpRequest request, List<FieldError> errors) {
        Optional<String> y = request.query("year").map(String::strip).filter(s -> !s.isEmpty());
        if (y.isEmpty()) {
            return Optional.empty();
        }
        if (!y.get().matches("\\d{4}")) {
            errors.add(FieldError.of("year", "not_integer"));
            return Optional.empty();
        }
        int year = Integer.parseInt(y.get());
        if (year < 1990 || year > 2200) {
            errors.add(new FieldError("year", "range", Map.of("min", 1990, "max", 2200)));
            return Optional.empty();
        }
        return Optional.of(year);
    }

    private static String format(HttpRequest request, Set<String> allowed, String orElse, List<FieldError> errors) {
        Optional<String> f = request.query("format").map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty());
        if (f.isEmpty() && orElse != null) {
            return orElse;
        }
        if (f.isEmpty()) {
            errors.add(FieldError.of("format", "required"));
            return null;
        }
        if (!allowed.contains(f.get())) {
            errors.add(FieldError.of("format", "one_of", "allowed", String.join(", ", allowed.stream().sorted().toList())));
            return null;
        }
        return f.get();
    }

    private static APIGatewayV2HTTPResponse file(Sheet sheet, String format, String baseName) {
        return format.equals("csv") ? binary(Csv.write(sheet.records()), CSV, baseName + ".csv")
                : binary(Xlsx.write(List.of(sheet)), Xlsx.MEDIA_TYPE, baseName + ".xlsx");
    }

    /** A file as an attachment; API Gateway decodes the base64 body to the exact bytes. */
    private static APIGatewayV2HTTPResponse binary(byte[] bytes, String contentType, String fileName) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        headers.put("Cache-Control", "no-store");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers)
                .withBody(Base64.getEncoder().encodeToString(bytes)).withIsBase64Encoded(true).build();
    }

    private static APIGatewayV2HTTPResponse raw(int status, String body, boolean replayed) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Cache-Control", "no-store");
        if (replayed) {
            headers.put("Idempotent-Replayed", "true");
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(body)
                .withIsBase64Encoded(false).build();
    }

    private static Map<String, Object> json(GroupedReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("groupBy", report.groupBy().code());
        out.put("year", report.year().orElse(null));
        out.put("rows", report.rows().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", r.key());
            m.put("label", text(r.label()));
            m.put("total", r.total());
            Map<String, Object> byStage = new LinkedHashMap<>();
            r.byStage().forEach((s, n) -> byStage.put(s.name(), n));
            m.put("byStage", byStage);
            m.put("refusedMandatory", r.refusedMandatory()); // issue 13 item 7
            return m;
        }).toList());
        return out;
    }

    private static Map<String, Object> json(ForeignAnnualReport.Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", report.year());
        out.put("recipient", Map.of("code", report.recipient().name(), "label", text(report.recipient().label())));
        out.put("dueBy", report.dueBy().toString());
        out.put("items", report.items().stream().map(ReportsRoutes::item).toList());
        return out;
    }

    private static Map<String, Object> item(ForeignAnnualReport.Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("title", i.title());
        m.put("category", i.category().name());
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("name", i.partnerName());
        partner.put("type", i.partnerType().name());
        partner.put("country", i.partnerCountry());
        m.put("partner", partner);
        m.put("agreementNumber", i.agreementNumber().orElse(null));
        m.put("signedOn", i.signedOn().map(Object::toString).orElse(null));
        m.put("termStart", i.termStart().map(Object::toString).orElse(null));
        m.put("termEnd", i.termEnd().map(Object::toString).orElse(null));
        m.put("field", i.field().orElse(null));
        m.put("departments", i.departments());
        m.put("stage", stage(i.stage()));
        m.put("endReason", i.endReason().map(r -> Map.of("code", r.name(), "label", text(r.label()))).orElse(null));
        m.put("activities", i.activities().stream().map(a -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("period", a.period());
            x.put("periodStart", a.periodStart().toString());
            x.put("periodEnd", a.periodEnd().toString());
            x.put("kind", a.kind().name());
            x.put("summary", a.summary());
            return x;
        }).toList());
        m.put("evaluation", i.evaluation().map(e -> Map.of("rating", e.rating(),
                "recommendation", e.recommendation().name())).orElse(null));
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("inRkpd", i.inRkpd().orElse(null));
        budget.put("inApbd", i.inApbd().orElse(null));
        budget.put("year", i.budgetYear().orElse(null));
        budget.put("amount", i.budgetAmount().map(java.math.BigDecimal::toPlainString).orElse(null));
        m.put("budget", budget);
        // issue 18: the verified implementation activities of the year
        m.put("verifiedActivities", i.verifiedActivities().stream().map(ReportsRoutes::activity).toList());
        return m;
    }

    /** A verified activity as both activity reports answer it (issue 18). */
    private static Map<String, Object> activity(id.sikerja.core.activities.Activity a) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", a.id());
        x.put("title", a.draft().title());
        x.put("startDate", a.draft().startDate().toString());
        x.put("endDate", a.draft().endDate().toString());
        x.put("party", a.draft().party().name());
        x.put("partyLabel", text(a.draft().party().label()));
        x.put("outputs", a.draft().outputs());
        x.put("indicator", a.draft().indicator().map(ind -> {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("name", ind.name());
            y.put("unit", ind.unit());
            y.put("target", ind.target());
            y.put("achievement", ind.achievement());
            return y;
        }).orElse(null));
        return x;
    }

    private static Map<String, Object> stage(Stage s) {
        return Map.of("code", s.name(), "label", text(s.label()));
    }

    private static Map<String, Object> text(Text t) {
        return Map.of("id", t.id(), "en", t.en());
    }
}
