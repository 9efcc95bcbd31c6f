package id.sikerja.reads;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.Problem;
import id.sikerja.api.Route;
import id.sikerja.core.answers.AnswerLinks;
import id.sikerja.core.answers.EntryAnswers;
import id.sikerja.api.PotentialJson;
import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialCatalogue;
import id.sikerja.core.potentials.PotentialStore;
import id.sikerja.core.reads.Page;
import id.sikerja.core.reads.ReadRequests;
import id.sikerja.core.reports.Csv;
import id.sikerja.core.reads.Registry;
import id.sikerja.core.settings.DepartmentSettings;
import id.sikerja.core.validation.Language;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public side (no authorizer): signed agreements that run or have ended, never personal data.
 * <ul>
 *   <li>{@code GET /registry}: filters {@code q}, {@code category}, {@code status} (BERLAKU, BERAKHIR), {@code year},
 *       {@code department}, {@code field}, {@code limit}, {@code cursor}.</li>
 *   <li>{@code GET /registry/{id}}: one agreement, 404 unless public.</li>
 *   <li>{@code GET /registry/export?format=csv|json}: all of it, for open-data portals.</li>
 *   <li>{@code GET /stats}: counts per year, category, stage, department and partner region; agreements ending
 *       soon.</li>
 *   <li>{@code GET /verify/{sha256}}: whether a file with this SHA-256 is a registered signed version of a public
 *       agreement; 422 unless 64 hexadecimal digits.</li>
 * </ul>
 * Departments are shown with their names from the department directory ({@link DepartmentSettings}). Answers may
 * be cached for a minute by browsers and proxies.
 */
public final class PublicRegistryRoutes {

    static final String LIST = "GET /registry";
    static final String ENTRY = "GET /registry/{id}";
    static final String EXPORT = "GET /registry/export";
    static final String STATS = "GET /stats";
    static final String VERIFY = "GET /verify/{sha256}";
    // issue 16: the public catalogue of departments' potentials and needs
    static final String POTENTIALS = "GET /potentials";
    static final String POTENTIAL = "GET /potentials/{id}";
    static final String POTENTIALS_EXPORT = "GET /potentials/export";
    /** The routes this function serves; template.yaml must route exactly these to it. */
    /** Issue 16: how many proposals answer a potential or need, and the public agreements it led to. */
    static final String ENTRY_ANSWERS = "GET /potentials/{id}/answers";
    public static final Set<String> ROUTES = Set.of(LIST, ENTRY, EXPORT, STATS, VERIFY, POTENTIALS, POTENTIAL,
            POTENTIALS_EXPORT, ENTRY_ANSWERS);
    static final Map<String, String> PUBLIC_CACHE = Map.of("Cache-Control", "public, max-age=60");

    private final Registry registry;
    private final String pemdaName;
    private final DepartmentSettings departments;

    private final PotentialStore potentials;
    private final EntryAnswers answers;

    public PublicRegistryRoutes(Registry registry, String pemdaName, DepartmentSettings departments,
                                PotentialStore potentials) {
        this(registry, pemdaName, departments, potentials, new EntryAnswers(new AnswerLinks() {
            @Override
            public List<Link> ofPotential(String potentialId) {
                return List.of();
            }

            @Override
            public List<Link> createdSince(java.time.Instant from) {
                return List.of();
            }

            @Override
            public List<Link> all() {
                return List.of();
            }
        }, registry::find));
    }

    /** @param answers the cases answering each potential or need (issue 16) */
    public PublicRegistryRoutes(Registry registry, String pemdaName, DepartmentSettings departments,
                                PotentialStore potentials, EntryAnswers answers) {
        this.registry = registry;
        this.pemdaName = pemdaName;
        this.departments = departments;
        this.potentials = potentials;
        this.answers = answers;
    }

    public HttpFunction function() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(LIST, this::list);
        routes.put(ENTRY, this::entry);
        routes.put(EXPORT, this::export);
        routes.put(STATS, this::stats);
        routes.put(VERIFY, this::verify);
        routes.put(ENTRY_ANSWERS, this::entryAnswers);
        routes.put(POTENTIALS, this::potentials);
        routes.put(POTENTIAL, this::potential);
        routes.put(POTENTIALS_EXPORT, this::exportPotentials);
        return HttpFunction.serving(ROUTES, routes);
    }

    APIGatewayV2HTTPResponse list(HttpRequest request) {
        ReadRequests.RegistryQuery query = ReadRequests.registry(request::query);
        DepartmentSettings.Names names = departments.names();
        return HttpResponses.json(200,
                ReadJson.page(registry.list(query, s -> ReadJson.registryEntry(s, pemdaName, names::of))), PUBLIC_CACHE);
    }

    APIGatewayV2HTTPResponse entry(HttpRequest request) {
        return registry.find(request.pathParameter("id"))
                .map(s -> HttpResponses.json(200, ReadJson.registryEntry(s, pemdaName, departments.names()::of),
                        PUBLIC_CACHE))
                .orElseThrow(() -> notFound(request.language()));
    }

    APIGatewayV2HTTPResponse export(HttpRequest request) {
        String format = ReadRequests.format(request.query("format"), "json", "csv");
        DepartmentSettings.Names names = departments.names();
        List<Map<String, Object>> entries = registry.all().stream()
                .map(s -> ReadJson.registryEntry(s, pemdaName, names::of)).toList();
        String stamp = LocalDate.now(registry.zone()).toString();
        Map<String, String> headers = new LinkedHashMap<>(PUBLIC_CACHE);
        headers.put("Content-Disposition", "attachment; filename=\"sikerja-registry-" + stamp + "." + format + "\"");
        if (format.equals("json")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("publisher", pemdaName);
            body.put("items", entries);
            return HttpResponses.json(200, body, headers);
        }
        headers.put("Content-Type", "text/csv; charset=utf-8");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers)
                .withBody(RegistryCsv.write(entries)).withIsBase64Encoded(false).build();
    }

    APIGatewayV2HTTPResponse stats(HttpRequest request) {
        return HttpResponses.json(200, ReadJson.stats(registry.stats()), PUBLIC_CACHE);
    }

    APIGatewayV2HTTPResponse verify(HttpRequest request) {
        String sha256 = ReadRequests.sha256(request.pathParameter("sha256"));
        return HttpResponses.json(200, ReadJson.verified(sha256, registry.verify(sha256).orElse(null), pemdaName,
                        departments.names()::of),
                PUBLIC_CACHE);
    }

    /**
     * Issue 16: {@code GET /potentials/{id}/answers}: the number of proposals answering the entry and the agreements
     * it led to that the registry shows (its visibility rules), as registry entries; nothing of other cases. An id
     * of another shape is 404 before anything is read; an id no case answers has no answers.
     */
    APIGatewayV2HTTPResponse entryAnswers(HttpRequest request) {
        String id = request.pathParameter("id");
        if (id == null || !POTENTIAL_ID.matcher(id).matches()) {
            throw Problem.of(404, "not-found",
                    request.language() == Language.EN ? "No such potential or need" : "Peluang/kebutuhan tidak ditemukan",
                    request.language() == Language.EN ? "Check the address." : "Periksa alamatnya.");
        }
        EntryAnswers.Answers a = answers.of(id);
        DepartmentSettings.Names names = departments.names();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("potentialId", id);
        out.put("proposals", a.proposals());
        out.put("agreements", a.agreements().stream().map(s -> ReadJson.registryEntry(s, pemdaName, names::of))
                .toList());
        return HttpResponses.json(200, out, PUBLIC_CACHE);
    }

    private static final java.util.regex.Pattern POTENTIAL_ID = java.util.regex.Pattern.compile("^[A-Za-z0-9-]{1,64}$");
    // ------------------------------------------------------------------ potentials and needs (issue 16)

    APIGatewayV2HTTPResponse potentials(HttpRequest request) {
        PotentialCatalogue.Query query = PotentialCatalogue.query(request::query);
        DepartmentSettings.Names names = departments.names();
        Page<Potential> page = new PotentialCatalogue(potentials).list(query);
        List<Map<String, Object>> items = page.items().stream()
                .map(p -> PotentialJson.entry(p, pemdaName, names::of)).toList();
        return HttpResponses.json(200, ReadJson.page(new Page<>(items, page.nextCursor(), page.total())),
                PUBLIC_CACHE);
    }

    APIGatewayV2HTTPResponse potential(HttpRequest request) {
        return potentials.find(request.pathParameter("id"))
                .map(p -> HttpResponses.json(200, PotentialJson.entry(p, pemdaName, departments.names()::of),
                        PUBLIC_CACHE))
                .orElseThrow(() -> potentialNotFound(request.language()));
    }

    /** Every entry the query matches (no paging: the whole catalogue by default), as JSON or CSV. */
    APIGatewayV2HTTPResponse exportPotentials(HttpRequest request) {
        String format = ReadRequests.format(request.query("format"), "json", "csv");
        PotentialCatalogue.Query query = PotentialCatalogue.query(name ->
                name.equals("limit") || name.equals("cursor") ? java.util.Optional.empty() : request.query(name));
        DepartmentSettings.Names names = departments.names();
        List<Potential> all = new PotentialCatalogue(potentials).matching(query);
        String stamp = LocalDate.now(registry.zone()).toString();
        Map<String, String> headers = new LinkedHashMap<>(PUBLIC_CACHE);
        headers.put("Content-Disposition", "attachment; filename=\"sikerja-peluang-" + stamp + "." + format + "\"");
        if (format.equals("json")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("publisher", pemdaName);
            body.put("items", all.stream().map(p -> PotentialJson.entry(p, pemdaName, names::of)).toList());
            return HttpResponses.json(200, body, headers);
        }
        List<List<String>> records = new java.util.ArrayList<>();
        records.add(PotentialJson.CSV_COLUMNS);
        all.forEach(p -> records.add(PotentialJson.csvRow(p, names::of)));
        headers.put("Content-Type", "text/csv; charset=utf-8");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers)
                .withBody(Csv.text(records)).withIsBase64Encoded(false).build();
    }

    private static Problem potentialNotFound(Language language) {
        return Problem.of(404, "not-found",
                language == Language.EN ? "No such entry" : "Peluang kerja sama tidak ditemukan",
                language == Language.EN
                        ? "The catalogue lists the potentials and needs that departments published."
                        : "Katalog memuat potensi dan kebutuhan yang diterbitkan perangkat daerah.");
    }

    private static Problem notFound(Language language) {
        return Problem.of(404, "not-found",
                language == Language.EN ? "No such public agreement" : "Perjanjian publik tidak ditemukan",
                language == Language.EN
                        ? "The registry lists signed agreements that run or have ended."
                        : "Registri memuat perjanjian yang sudah ditandatangani, yang berlaku maupun yang telah berakhir.");
    }
}
