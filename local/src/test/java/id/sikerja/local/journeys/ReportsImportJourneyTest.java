package id.sikerja.local.journeys;

import id.sikerja.api.Json;
import id.sikerja.core.imports.ImportColumns;
import id.sikerja.core.reports.Csv;
import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.testing.LocalSystem;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Reports, exports and the import of older agreements through the local gateway, as the web front end uses them:
 * files are downloaded and opened (CSV parsed per RFC 4180, workbooks with a spreadsheet reader) and compared
 * with the JSON; imports are checked in the API and in the table itself.
 */
class ReportsImportJourneyTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static WorkflowApi api;
    private static LocalSystem system;

    @BeforeAll
    static void start() {
        system = LocalSystem.shared();
        api = new WorkflowApi(system);
    }

    // ------------------------------------------------------------------ reports and exports

    @Test
    void reportsAreExportedAsCsvAndXlsxWithTheSameValuesAndScopedToTheDepartment() {
        String marker = "Mitra Uji " + UUID.randomUUID().toString().substring(0, 8);
        enterLegacy("Laporan A " + marker, marker, "DINKES", "Kesehatan");
        enterLegacy("Laporan B " + marker, marker, "DINKES", "Kesehatan");
        enterLegacy("Laporan C " + marker, "=HYPERLINK(\"http://x\") " + marker, "DISHUB", "Perhubungan");

        Answer json = api.get("admin", "/reports?groupBy=partner");
        assertEquals(200, json.status(), json.raw().body());
        assertEquals("partner", json.body().get("groupBy"));
        Map<String, Object> row = rowLabelled(json, marker);
        assertEquals(2, ((Number) row.get("total")).intValue());
        assertEquals(Map.of("PELAKSANAAN", 2), row.get("byStage"));
        assertEquals(Map.of("id", marker, "en", marker), row.get("label"));

        HttpResponse<byte[]> csv = download("admin", "/reports/export?groupBy=partner&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertEquals("attachment; filename=\"laporan-partner.csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        byte[] bytes = csv.body();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        List<List<String>> records = Csv.read(bytes);
        List<String> header = records.get(0);
        assertEquals(List.of("Mitra", "Jumlah"), header.subList(0, 2));
        List<String> csvRow = records.stream().filter(r -> r.get(0).equals(marker)).findFirst().orElseThrow();
        assertEquals("2", csvRow.get(1));
        assertEquals("2", csvRow.get(header.indexOf("Pelaksanaan")));
        assertEquals(jsonTable(json, header), records, "every CSV row is the JSON row");
        String injected = records.stream().map(r -> r.get(0)).filter(c -> c.contains("HYPERLINK") && c.contains(marker))
                .findFirst().orElseThrow();
        assertTrue(injected.startsWith("'="), "a formula-like partner name is neutralised: " + injected);

        HttpResponse<byte[]> xlsx = download("admin", "/reports/export?groupBy=partner&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(XLSX, xlsx.headers().firstValue("Content-Type").orElseThrow());
        Map<String, List<List<String>>> workbook = readWorkbook(xlsx.body());
        List<List<String>> sheet = workbook.values().iterator().next();
        assertEquals(header, sheet.get(0));
        List<String> xlsxRow = sheet.stream().filter(r -> r.get(0).equals(marker)).findFirst().orElseThrow();
        assertEquals(csvRow, xlsxRow, "the workbook holds the same values, numbers as numbers");
        assertTrue(sheet.stream().anyMatch(r -> r.get(0).startsWith("=HYPERLINK") && r.get(0).contains(marker)),
                "a workbook keeps the text as it is: a text cell is never evaluated");

        // an OPD user counts only its department's cases
        Answer dishub = api.get("opd-dishub", "/reports?groupBy=partner");
        assertEquals(200, dishub.status());
        assertTrue(dishub.list("rows").stream().noneMatch(r -> label(r).equals(marker)));
        assertTrue(dishub.list("rows").stream().anyMatch(r -> label(r).contains(marker)));
        Answer byDepartment = api.get("opd-dishub", "/reports?groupBy=department");
        assertTrue(byDepartment.list("rows").stream().noneMatch(r -> r.get("key").equals("DINKES")));

        Answer bad = api.get("admin", "/reports/export?groupBy=colour&format=pdf&year=20x6");
        assertEquals(422, bad.status());
        assertEquals(Set.of("groupBy", "format", "year"), fields(bad));
        assertEquals(401, api.send("GET", "/reports?groupBy=year", null, Map.of()).status());
    }

    @Test
    void theYearFilterCountsAgreementsInTheYearTheyWereSigned() {
        String marker = "Mitra Tahun " + UUID.randomUUID().toString().substring(0, 8);
        enterLegacy("Laporan Tahun " + marker, marker, "DINKES", "Kesehatan");
        assertEquals(1, ((Number) rowLabelled(api.get("admin", "/reports?groupBy=partner&year=2024"), marker)
                .get("total")).intValue(), "signed on 2024-05-02");
        assertTrue(api.get("admin", "/reports?groupBy=partner&year=2026").list("rows").stream()
                .noneMatch(r -> label(r).equals(marker)));
    }

    @Test
    void theForeignAnnualReportListsEachForeignAgreementOfTheYear() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = WorkflowApi.departmentProposal("Kota Kembar " + marker, "DISDIK");
        body.put("category", "KSDPL");
        body.remove("ksddKind");
        @SuppressWarnings("unchecked")
        Map<String, Object> partner = new LinkedHashMap<>((Map<String, Object>) body.get("partner"));
        partner.put("name", "Ville de Besançon " + marker);
        partner.put("type", "PEMERINTAH_DAERAH_LUAR_NEGERI");
        partner.put("regionOrCountry", "Prancis");
        body.put("partner", partner);
        body.put("facts", m("naskahSignedOn", "2024-05-02", "termStart", "2024-06-01", "termMonths", 48,
                "agreementNumber", "KS-LN/" + marker, "field", "Pendidikan", "inApbd", true));
        body.put("documents", docs("NASKAH_SIGNED"));
        String id = api.open("admin", "/cooperations/legacy", body).id;

        Answer report = api.get("admin", "/reports/foreign-annual?year=2025");
        assertEquals(200, report.status(), report.raw().body());
        assertEquals(2025, ((Number) report.body().get("year")).intValue());
        assertEquals("GUBERNUR", ((Map<?, ?>) report.body().get("recipient")).get("code"), "a kota reports to the Gubernur");
        assertEquals("2026-01-07", report.body().get("dueBy"));
        Map<String, Object> item = report.list("items").stream().filter(i -> id.equals(i.get("id"))).findFirst()
                .orElseThrow();
        assertEquals("Kota Kembar " + marker, item.get("title"));
        assertEquals(Map.of("name", "Ville de Besançon " + marker, "type", "PEMERINTAH_DAERAH_LUAR_NEGERI",
                "country", "Prancis"), item.get("partner"), "no contact person, e-mail or phone");
        assertEquals("KS-LN/" + marker, item.get("agreementNumber"));
        assertEquals("2024-05-02", item.get("signedOn"));
        assertEquals("2028-05-31", item.get("termEnd"));
        assertEquals("Pendidikan", item.get("field"));
        assertEquals(true, ((Map<?, ?>) item.get("budget")).get("inApbd"));
        assertFalse(report.raw().body().contains("@"), "no e-mail address anywhere in the report");
        assertTrue(api.get("admin", "/reports/foreign-annual?year=2023").list("items").stream()
                .noneMatch(i -> id.equals(i.get("id"))), "not signed yet in 2023");
        assertTrue(api.get("opd-dinkes", "/reports/foreign-annual?year=2025").list("items").stream()
                .noneMatch(i -> id.equals(i.get("id"))), "another department's agreement");

        List<List<String>> csv = Csv.read(download("admin", "/reports/foreign-annual?year=2025&format=csv").body());
        List<String> csvRow = csv.stream().filter(r -> r.contains("Kota Kembar " + marker)).findFirst().orElseThrow();
        assertEquals("KS-LN/" + marker, csvRow.get(csv.get(0).indexOf("Nomor naskah")));
        assertEquals("2028-05-31", csvRow.get(csv.get(0).indexOf("Berakhir")));
        List<List<String>> sheet = readWorkbook(download("admin", "/reports/foreign-annual?year=2025&format=xlsx")
                .body()).values().iterator().next();
        List<String> xlsxRow = new ArrayList<>(sheet.stream().filter(r -> r.contains("Kota Kembar " + marker))
                .findFirst().orElseThrow());
        while (xlsxRow.size() < csvRow.size()) {
            xlsxRow.add(""); // a workbook has no cell where a value is empty
        }
        assertEquals(csvRow, xlsxRow);
        assertEquals(422, api.get("admin", "/reports/foreign-annual").status(), "the year is required");
    }

    // ------------------------------------------------------------------ the import

    @Test
    void theTemplateComesAsCsvAndAsAWorkbookWithInstructions() {
        List<String> names = ImportColumns.ALL.stream().map(ImportColumns.Column::name).toList();
        assertEquals(List.of(names), Csv.read(download("tkksd", "/imports/template?format=csv").body()));
        Map<String, List<List<String>>> workbook = readWorkbook(download("admin", "/imports/template?format=xlsx").body());
        assertEquals(List.of("Kerja sama", "Petunjuk"), new ArrayList<>(workbook.keySet()));
        assertEquals(names, workbook.get("Kerja sama").get(0));
        assertEquals(names.size() + 1, workbook.get("Petunjuk").size());
        assertEquals(422, api.get("admin", "/imports/template").status(), "the format is required");
    }

    @Test
    void theDryRunListsEveryRowsProblemsAndWritesNothing() {
        String marker = "Impor Uji " + UUID.randomUUID().toString().substring(0, 8);
        String good = signedUpload();
        String other = signedUpload();
        List<List<String>> rows = List.of(
                row(marker + " 1", marker, good, "2022-03-01", "a@contoh.go.id"),
                row(marker + " 2", marker, other, "2022-03-01", "bukan surel"),
                row(marker + " 3", marker, "", "2099-01-01", "c@contoh.go.id"),
                row(marker + " 4", marker, good, "2022-03-01", "d@contoh.go.id"));

        Answer dry = importFile("admin", "?dryRun=true", csv(rows), "text/csv", null);
        assertEquals(200, dry.status(), dry.raw().body());
        assertEquals(true, dry.body().get("dryRun"));
        assertEquals(4, ((Number) dry.body().get("rows")).intValue());
        assertEquals(1, ((Number) dry.body().get("valid")).intValue(), dry.raw().body());
        Set<String> problems = dry.list("problems").stream()
                .map(p -> p.get("row") + " " + p.get("field") + " " + p.get("code")).collect(Collectors.toSet());
        assertTrue(problems.contains("3 partner.email email"), problems.toString());
        assertTrue(problems.contains("4 facts.pksSignedOn RULE:FUTURE:pksSignedOn"), problems.toString());
        assertTrue(problems.contains("4 documents DOC:PKS_SIGNED") || problems.contains("4 null RULE:ONE_OF"),
                problems.toString());
        assertTrue(problems.contains("5 documents duplicate_document"), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.startsWith("2 ")), problems.toString());
        for (Map<String, Object> p : dry.list("problems")) {
            Map<?, ?> message = (Map<?, ?>) p.get("message");
            assertFalse(((String) message.get("id")).isBlank());
            assertFalse(((String) message.get("en")).isBlank());
        }
        assertNothingImported(marker);

        // the same file as a workbook (API Gateway delivers it base64-encoded) gives the same answer
        Answer fromWorkbook = importFile("admin", "?dryRun=true", xlsx(rows), XLSX, null);
        assertEquals(200, fromWorkbook.status(), fromWorkbook.raw().body());
        assertEquals(dry.body(), fromWorkbook.body());

        assertEquals(403, importFile("opd-dinkes", "?dryRun=true", csv(rows), "text/csv", null).status());
        assertEquals(415, importFile("admin", "?dryRun=true", csv(rows), "application/json", null).status());
        Answer broken = importFile("admin", "?dryRun=true", "a,\"b\n".getBytes(StandardCharsets.UTF_8), "text/csv", null);
        assertEquals(400, broken.status());
        assertEquals(400, importFile("admin", "", "not a zip".getBytes(StandardCharsets.UTF_8), XLSX,
                UUID.randomUUID().toString()).status());
        Answer keyless = importFile("admin", "", csv(rows), "text/csv", null);
        assertEquals(422, keyless.status(), "an import that writes needs an Idempotency-Key");
        assertEquals("Idempotency-Key", keyless.list("errors").get(0).get("field"));
    }

    @Test
    void aBadRowRefusesTheWholeImport() {
        String marker = "Impor Tolak " + UUID.randomUUID().toString().substring(0, 8);
        List<List<String>> rows = List.of(
                row(marker + " 1", marker, signedUpload(), "2022-03-01", "a@contoh.go.id"),
                row(marker + " 2", marker, signedUpload(), "2022-03-01", "b@contoh.go.id"),
                row(marker + " 3", marker, signedUpload(), "", "c@contoh.go.id"));
        Answer refused = importFile("admin", "", csv(rows), "text/csv", UUID.randomUUID().toString());
        assertEquals(422, refused.status(), refused.raw().body());
        assertEquals("https://sikerja.id/problems/import-invalid", refused.body().get("type"));
        assertEquals(2, ((Number) refused.body().get("valid")).intValue(), refused.raw().body());
        assertFalse(refused.list("problems").isEmpty());
        assertTrue(refused.list("problems").stream().allMatch(p -> ((Number) p.get("row")).intValue() == 4));
        assertNothingImported(marker);
    }

    @Test
    void aFailureMidwayLeavesNothingAndARetryImportsEveryRowOnce() {
        String marker = "Impor Gagal " + UUID.randomUUID().toString().substring(0, 8);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            rows.add(row(marker + " " + i, marker, signedUpload(), "2022-03-0" + i, "p" + i + "@contoh.go.id"));
        }
        byte[] file = xlsx(rows);
        String key = UUID.randomUUID().toString();

        Answer failed;
        injectImportFailure(2);
        try {
            failed = importFile("admin", "", file, XLSX, key);
        } finally {
            injectImportFailure(-1);
        }
        assertEquals(503, failed.status(), failed.raw().body());
        assertEquals(true, failed.body().get("undone"));
        assertEquals(4, ((Number) failed.body().get("failedRow")).intValue(), "the third agreement, spreadsheet row 4");
        assertNothingImported(marker);

        Answer imported = importFile("admin", "", file, XLSX, key);
        assertEquals(201, imported.status(), imported.raw().body());
        assertEquals(4, ((Number) imported.body().get("imported")).intValue());
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) imported.body().get("ids");
        for (int i = 0; i < ids.size(); i++) {
            Answer view = api.view("tkksd", ids.get(i));
            assertEquals(marker + " " + (i + 1), view.body().get("title"));
            assertEquals("PELAKSANAAN", view.stage());
            assertEquals("LEGACY", view.body().get("origin"));
            assertEquals(List.of("DINKES"), view.body().get("departments"));
            assertEquals("ENTER_LEGACY", view.list("timeline").get(0).get("action"));
            assertEquals(1, view.list("documents").size());
        }
        assertEquals(4, casesTitled(marker).size());

        Answer retry = importFile("admin", "", file, XLSX, key);
        assertEquals(201, retry.status());
        assertEquals("true", retry.raw().headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(imported.body(), retry.body());
        assertEquals(4, casesTitled(marker).size(), "a retry imports nothing twice");
        assertEquals(4, ((Number) rowLabelled(api.get("admin", "/reports?groupBy=partner"), marker).get("total"))
                .intValue());
    }

    // ------------------------------------------------------------------ helpers

    /** The import adapter's test seam, in the gateway's JVM: imports fail before writing the row with this index. */
    private static void injectImportFailure(int rowIndex) {
        Answer a = api.send("POST", "/_local/faults/import", m("failAtRow", rowIndex), Map.of());
        assertEquals(200, a.status(), a.raw().body());
    }

    private static void enterLegacy(String title, String partnerName, String department, String field) {
        Map<String, Object> body = WorkflowApi.departmentProposal(title, department);
        @SuppressWarnings("unchecked")
        Map<String, Object> partner = new LinkedHashMap<>((Map<String, Object>) body.get("partner"));
        partner.put("name", partnerName);
        body.put("partner", partner);
        body.put("facts", m("pksSignedOn", "2024-05-02", "signatory", "KEPALA_DAERAH", "termStart", "2024-06-01",
                "termMonths", 48, "agreementNumber", "180/27/HK/2024", "field", field));
        body.put("documents", docs("PKS_SIGNED"));
        api.open("admin", "/cooperations/legacy", body);
    }

    /** A signed PKS uploaded by the admin for a new case: its document id, as the import's documents column takes. */
    private static String signedUpload() {
        return (String) api.newCaseUpload("admin", "PKS_SIGNED", WorkflowApi.pdf("PKS_SIGNED")).get("documentId");
    }

    private static final List<String> HEADER = List.of("category", "ksddKind", "title", "partner.name", "partner.type",
            "partner.regionOrCountry", "partner.address", "partner.contactPerson", "partner.email", "partner.phone",
            "background", "purpose", "scope", "expectedBenefits", "location", "durationMonths", "financing",
            "departments", "facts.field", "facts.pksSignedOn", "facts.signatory", "facts.termStart", "facts.termMonths",
            "documents");

    private static List<String> row(String title, String partner, String documentId, String signedOn, String email) {
        return List.of("KSDD", "SUKARELA", title, partner, "PEMERINTAH_DAERAH", "Kalimantan Timur",
                "Jl. Wolter Monginsidi No. 1, Tenggarong", "Budi Santoso", email, "+62 541 661234",
                "Wilayah berbatasan, \"layanan\" bersama", "Pelayanan kesehatan", "Rujukan pasien;\nTenaga kesehatan",
                "Akses lebih dekat", "Perbatasan", "36", "APBD masing-masing", "DINKES", "Kesehatan", signedOn,
                "KEPALA_DAERAH", "2022-04-01", "36", documentId);
    }

    /**
     * The rows as a spreadsheet saves them as CSV: every field quoted here, no BOM, and "+62…" as it was typed (the
     * export's formula guard is for files Si Kerja writes, not for what people send).
     */
    private static byte[] csv(List<List<String>> rows) {
        List<List<String>> records = new ArrayList<>();
        records.add(HEADER);
        records.addAll(rows);
        return records.stream().map(r -> r.stream().map(c -> '"' + c.replace("\"", "\"\"") + '"')
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }

    /** The rows as a workbook a person would fill: numbers as numbers, the signing date as a date cell. */
    private static byte[] xlsx(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Test", "1.0");
            Worksheet ws = wb.newWorksheet("Kerja sama");
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(0, c, HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < HEADER.size(); c++) {
                    String v = rows.get(r).get(c);
                    String column = HEADER.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (column.equals("durationMonths") || column.equals("facts.termMonths")) {
                        ws.value(r + 1, c, Integer.parseInt(v));
                    } else if (column.equals("facts.pksSignedOn")) {
                        ws.value(r + 1, c, java.time.LocalDate.parse(v));
                        ws.style(r + 1, c).format("dd/mm/yyyy").set();
                    } else {
                        ws.value(r + 1, c, v);
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Answer importFile(String user, String query, byte[] body, String contentType, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(system.apiUrl() + "/imports" + query))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        api.officer(user).forEach(b::header);
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        try {
            HttpResponse<String> r = WorkflowApi.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body().isBlank() ? Map.of() : Json.readObject(r.body()), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> download(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(system.apiUrl() + path)).timeout(Duration.ofSeconds(60));
        api.officer(user).forEach(b::header);
        try {
            HttpResponse<byte[]> r = WorkflowApi.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every sheet of a workbook as text, by name; whole numbers as integers, dates as yyyy-MM-dd. */
    private static Map<String, List<List<String>>> readWorkbook(byte[] bytes) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(r -> {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < r.getCellCount(); c++) {
                            Cell cell = r.getCell(c);
                            cells.add(cell == null ? "" : text(cell));
                        }
                        rows.add(cells);
                    });
                }
                out.put(sheet.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> {
                String format = cell.getDataFormatString();
                if (format != null && format.contains("yy")) {
                    yield cell.asDate().toLocalDate().toString();
                }
                yield new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
            }
            case EMPTY -> "";
            default -> cell.getText();
        };
    }

    /** The JSON report as the CSV's records: header, then label, total and the count of each stage column. */
    private static List<List<String>> jsonTable(Answer json, List<String> header) {
        Map<String, String> stageByLabel = new HashMap<>();
        for (id.sikerja.core.workflow.Stage s : id.sikerja.core.workflow.Stage.values()) {
            stageByLabel.put(s.label().id(), s.name());
        }
        List<List<String>> out = new ArrayList<>();
        out.add(header);
        for (Map<String, Object> r : json.list("rows")) {
            List<String> cells = new ArrayList<>();
            cells.add(Csv.neutralised(label(r)));
            cells.add(String.valueOf(r.get("total")));
            for (String column : header.subList(2, header.size())) {
                // issue 13 item 7: the refused mandatory KSDD column, when the report has any
                Object n = column.equals(id.sikerja.core.reports.Reports.REFUSED_MANDATORY.id()) ? r.get("refusedMandatory")
                        : ((Map<?, ?>) r.get("byStage")).get(stageByLabel.get(column));
                cells.add(n == null ? "0" : String.valueOf(n));
            }
            out.add(cells);
        }
        return out;
    }

    private static String label(Map<String, Object> row) {
        return (String) ((Map<?, ?>) row.get("label")).get("id");
    }

    private static Map<String, Object> rowLabelled(Answer report, String label) {
        assertEquals(200, report.status(), report.raw().body());
        return report.list("rows").stream().filter(r -> label(r).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + report.raw().body()));
    }

    private static Set<String> fields(Answer problem) {
        return problem.list("errors").stream().map(e -> (String) e.get("field")).collect(Collectors.toSet());
    }

    /** The case items in the table whose title starts with the marker (a test may scan its own table). */
    private static List<Map<String, AttributeValue>> casesTitled(String marker) {
        return system.dynamoDb().scanPaginator(r -> r.tableName(system.tableName())).items().stream()
                .filter(i -> i.containsKey("type") && "CASE".equals(i.get("type").s()))
                .filter(i -> i.get("proposal").m().get("title").s().startsWith(marker)).toList();
    }

    /**
     * Nothing of the import is left: no case in the reports, none in the table, no orphaned item of a case
     * partition (timeline events, due dates) and no import record still running.
     */
    private static void assertNothingImported(String marker) {
        assertTrue(api.get("admin", "/reports?groupBy=partner").list("rows").stream()
                .noneMatch(r -> label(r).equals(marker)), "no case in the reports");
        assertEquals(List.of(), casesTitled(marker), "no case item in the table");
        Map<String, Set<String>> partitions = new HashMap<>();
        system.dynamoDb().scanPaginator(r -> r.tableName(system.tableName())).items().forEach(i -> {
            String pk = i.get("PK").s();
            if (pk.startsWith("CASE#")) {
                partitions.computeIfAbsent(pk, k -> new TreeSet<>()).add(i.get("SK").s());
            }
            if (pk.startsWith("IMPORT#")) {
                assertEquals("DONE", i.get("status").s(), "no import left running: " + pk);
            }
        });
        partitions.forEach((pk, sks) -> assertTrue(sks.contains("META"), pk + " has items but no case: " + sks));
    }
}
