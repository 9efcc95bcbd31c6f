package id.sikerja.local.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sikerja.local.template.LocalResolver;
import id.sikerja.local.template.RouteSpec;
import id.sikerja.local.template.SamApplication;
import id.sikerja.local.template.Template;
import id.sikerja.local.testing.LocalSystem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsRequest;

/**
 * Sends generated hostile requests ({@link Generator}) to every route of template.yaml through a running local system
 * and judges each answer: a 5xx, a 4xx that is not {@code application/problem+json} (unless API Gateway itself
 * answered: its authorizer's 401, an unknown route's 404, a body over 10 MB), and a rejected request after which the
 * table, the document bucket or the SES emulator's store holds more or fewer items than before are findings. A request
 * that was answered 2xx was valid by accident: counted, with what it wrote, but no finding — unless all that was wrong
 * with it was a token that must be refused (forged, unsigned, expired, an access token, tampered, none; a partner's
 * wrong access token): such a request answered 2xx is a finding too.
 */
public final class Fuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One judged answer that breaks a rule. */
    public record Finding(String kind, int status, String cause, String request, String answer) {
    }

    /** The run's counts and findings. */
    public record Report(long seed, int requests, long durationMs, int routes, Map<String, Integer> counts,
                         Map<String, Integer> causes, List<Finding> findings, Map<String, Map<String, Integer>> byRoute,
                         Map<String, Map<String, Integer>> byFamily, List<String> accepted) {

        public int fiveXx() {
            return counts.getOrDefault("5xx", 0);
        }

        public int nonProblem4xx() {
            return counts.getOrDefault("nonProblem4xx", 0);
        }

        public int written() {
            return counts.getOrDefault("writtenByRejected", 0);
        }

        public String summary() {
            return String.format("fuzz: seed %d, %d requests over %d routes in %.1f s: 5xx %d, non-problem 4xx %d, "
                            + "written by rejected requests %d, bad tokens accepted %d (goals 0); valid by accident %d "
                            + "(wrote %d); problem 4xx %d, API Gateway's own 4xx %d",
                    seed, requests, routes, durationMs / 1000.0, fiveXx(), nonProblem4xx(), written(), badTokensAccepted(),
                    counts.getOrDefault("accepted", 0), counts.getOrDefault("writtenByAccepted", 0),
                    counts.getOrDefault("problem4xx", 0), counts.getOrDefault("gateway4xx", 0));
        }

        /** Requests with a token (or a partner's access token) that must be refused, answered 2xx. */
        public int badTokensAccepted() {
            return counts.getOrDefault("badTokenAccepted", 0);
        }

        public boolean clean() {
            return fiveXx() == 0 && nonProblem4xx() == 0 && written() == 0 && badTokensAccepted() == 0;
        }
    }

    private final LocalSystem system;
    private final Path root;

    public Fuzzer(LocalSystem system, Path repositoryRoot) {
        this.system = system;
        this.root = repositoryRoot;
    }

    /** The template's routes, each with its shape from openapi.yaml (routes it lacks are fuzzed without one). */
    List<Generator.Target> targets(ApiShapes shapes) {
        SamApplication application = SamApplication.read(new LocalResolver(Template.load(root.resolve("template.yaml")),
                Map.of()));
        List<Generator.Target> targets = new ArrayList<>();
        for (RouteSpec route : application.routes()) {
            if (route.path() == null || route.routeKey().equals(RouteSpec.DEFAULT_ROUTE)) {
                continue;
            }
            targets.add(new Generator.Target(route, shapes.operation(route.method(), route.path()).orElse(null)));
        }
        targets.sort(java.util.Comparator.comparing(t -> t.route().routeKey()));
        return targets;
    }

    public Report run(long seed, int requests, PrintStream out) throws IOException, InterruptedException {
        ApiShapes shapes = ApiShapes.load(root.resolve("functions/api/openapi.yaml"));
        List<Generator.Target> targets = targets(shapes);
        Generator.Context context = seed();
        Generator generator = new Generator(seed, targets, context, shapes);
        out.println("fuzz: seed " + seed + " (pass --seed " + seed + " to repeat), " + requests + " requests over "
                + targets.size() + " routes");

        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String k : List.of("5xx", "nonProblem4xx", "writtenByRejected", "badTokenAccepted", "accepted", "writtenByAccepted",
                "problem4xx", "gateway4xx")) {
            counts.put(k, 0);
        }
        Map<String, Integer> causes = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, Map<String, Integer>> byRoute = new TreeMap<>();
        Map<String, Map<String, Integer>> byFamily = new TreeMap<>();
        List<String> accepted = new ArrayList<>();
        long start = System.nanoTime();
        long[] before = itemCounts();
        for (int i = 0; i < requests; i++) {
            FuzzRequest request = generator.request(i);
            RawHttp.Response response;
            try {
                response = RawHttp.send(system.apiUrl(), request.method(), request.target(), request.headers(), request.body());
            } catch (IOException e) {
                response = new RawHttp.Response(0, Map.of(), ("no answer: " + e).getBytes(StandardCharsets.UTF_8));
            }
            long[] after = itemCounts();
            boolean wrote = after[0] != before[0] || after[1] != before[1] || after[2] != before[2];
            String written = wrote ? String.format("table %+d, bucket %+d, mail %+d", after[0] - before[0],
                    after[1] - before[1], after[2] - before[2]) : "";
            before = after;

            int status = response.status();
            String contentType = String.valueOf(response.header("content-type"));
            boolean fromGateway = response.header("x-correlation-id") == null;
            String verdict;
            if (status >= 500 || status == 0) {
                verdict = "5xx";
            } else if (status >= 400 && contentType.startsWith("application/problem+json")) {
                verdict = "problem4xx";
            } else if (status >= 400 && fromGateway) {
                verdict = "gateway4xx";
            } else if (status >= 400) {
                verdict = "nonProblem4xx";
            } else {
                verdict = "accepted";
            }
            counts.merge(verdict, 1, Integer::sum);
            byRoute.computeIfAbsent(request.routeKey(), k -> new TreeMap<>()).merge(String.valueOf(status), 1, Integer::sum);
            byFamily.computeIfAbsent(request.family(), k -> new TreeMap<>()).merge(verdict, 1, Integer::sum);
            if (verdict.equals("accepted")) {
                accepted.add(status + " " + request.routeKey() + " [" + request.family() + ": " + request.variant() + "]"
                        + (wrote ? " wrote " + written : ""));
                if (wrote) {
                    counts.merge("writtenByAccepted", 1, Integer::sum);
                }
            }
            List<String> kinds = new ArrayList<>();
            if (verdict.equals("5xx") || verdict.equals("nonProblem4xx")) {
                kinds.add(verdict);
            }
            if (verdict.equals("accepted") && request.variant().endsWith(Generator.REFUSE)) {
                kinds.add("badTokenAccepted");
                counts.merge("badTokenAccepted", 1, Integer::sum);
            }
            if (wrote && !verdict.equals("accepted")) {
                kinds.add("writtenByRejected");
                counts.merge("writtenByRejected", 1, Integer::sum);
            }
            for (String kind : kinds) {
                String answer = status + " " + contentType + " " + FuzzRequest.printable(FuzzRequest.truncate(
                        new String(response.body(), StandardCharsets.UTF_8), 300)) + (wrote ? "  WROTE " + written : "");
                String cause = kind + " " + status + " " + request.routeKey() + " [" + request.family() + ": "
                        + generalize(request.variant()) + "]" + problemType(response);
                causes.merge(cause, 1, Integer::sum);
                findings.add(new Finding(kind, status, cause, request.describe(200), answer));
            }
            if ((i + 1) % 1000 == 0) {
                out.printf("fuzz: %d requests, 5xx %d, non-problem 4xx %d, written %d%n", i + 1, counts.get("5xx"),
                        counts.get("nonProblem4xx"), counts.get("writtenByRejected"));
            }
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        return new Report(seed, requests, durationMs, targets.size(), counts, causes, findings, byRoute, byFamily, accepted);
    }

    /** A finding's cause without the details that vary between requests (sizes, depths, exact values). */
    private static String generalize(String variant) {
        return variant.replaceAll("\\d+", "N");
    }

    private static String problemType(RawHttp.Response response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            if (body != null && body.hasNonNull("type")) {
                StringBuilder b = new StringBuilder(" type " + body.get("type").asText().replace("https://sikerja.id/problems/", ""));
                if (body.path("errors").isArray() && !body.path("errors").isEmpty()) {
                    b.append(" errors ").append(body.path("errors").get(0).path("code").asText());
                }
                return b.toString();
            }
        } catch (IOException | RuntimeException e) {
            // not JSON
        }
        return "";
    }

    /** Table items, objects (all versions) in the document bucket, messages in the SES emulator's store. */
    private long[] itemCounts() {
        long items = 0;
        for (var page : system.dynamoDb().scanPaginator(ScanRequest.builder().tableName(system.tableName())
                .select(Select.COUNT).build())) {
            items += page.count();
        }
        long objects = 0;
        for (var page : system.s3().listObjectVersionsPaginator(ListObjectVersionsRequest.builder()
                .bucket(system.bucketName()).build())) {
            objects += page.versions().size() + page.deleteMarkers().size();
        }
        long mails = system.sesUrl() == null ? 0 : system.mail().sent().size();
        return new long[] {items, objects, mails};
    }

    // ------------------------------------------------------------------ seeding

    /** Real cases for the routes with ids, the partner's tracking link, and tokens of every kind. */
    private Generator.Context seed() throws IOException, InterruptedException {
        call("POST", "/_local/seed", null, Map.of());
        String key = "fuzz-seed-" + UUID.randomUUID();
        JsonNode proposal = propose(key);
        JsonNode other = propose("fuzz-seed-" + UUID.randomUUID());
        String admin = token("admin", Map.of());
        String caseId = proposal.get("id").asText();
        JsonNode uploads = call("GET", "/cooperations/" + caseId + "/uploads", null, Map.of("Authorization", "Bearer " + admin));
        String documentId = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b";
        for (JsonNode upload : uploads.path("uploads")) {
            documentId = upload.path("documentId").asText(documentId);
        }
        String opd = token("opd-dinkes", Map.of());
        return new Generator.Context(caseId, proposal.get("trackingCode").asText(), proposal.get("accessToken").asText(),
                other.get("accessToken").asText(), documentId, admin, opd, token("opd-dishub", Map.of()),
                token("admin", Map.of("expiresIn", -3600)), token("admin", Map.of("tokenUse", "access")),
                forged(admin), noneAlg(admin), tampered(opd), key);
    }

    private JsonNode propose(String key) throws IOException, InterruptedException {
        JsonNode event = JSON.readTree(Files.readString(root.resolve("events/intake-submit-proposal.json")));
        ObjectNode body = (ObjectNode) JSON.readTree(event.get("body").asText());
        body.put("title", "Kerja sama uji ketahanan " + key.substring(key.length() - 6));
        JsonNode answer = call("POST", "/proposals", JSON.writeValueAsString(body), Map.of("Idempotency-Key", key));
        if (!answer.hasNonNull("trackingCode")) {
            throw new IllegalStateException("cannot seed a proposal: " + answer);
        }
        return answer;
    }

    private String token(String user, Map<String, Object> options) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>(options);
        body.put("username", user);
        return call("POST", "/_local/token", JSON.writeValueAsString(body), Map.of()).get("idToken").asText();
    }

    private JsonNode call(String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(system.apiUrl() + path)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        HttpResponse<String> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    // ------------------------------------------------------------------ tokens the authorizer or the handlers must refuse

    /** The token's header and claims signed by a key the user pool never had (same kid). */
    private static String forged(String token) {
        try {
            String[] parts = token.split("\\.");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(generator.generateKeyPair().getPrivate());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token's claims under {@code "alg": "none"}, unsigned. */
    private static String noneAlg(String token) throws IOException {
        String[] parts = token.split("\\.");
        ObjectNode header = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        header.put("alg", "none");
        return b64(JSON.writeValueAsBytes(header)) + "." + parts[1] + ".";
    }

    /** An OPD officer's token whose groups say admin, with the original signature. */
    private static String tampered(String token) throws IOException {
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        ArrayNode groups = claims.putArray("cognito:groups");
        groups.add("admin");
        return parts[0] + "." + b64(JSON.writeValueAsBytes(claims)) + "." + parts[2];
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // ------------------------------------------------------------------ results

    /** Writes the report as JSON (every finding, the accepted requests) and returns its path. */
    public static Path write(Report report, Path file) {
        ObjectNode json = JSON.createObjectNode();
        json.put("seed", report.seed());
        json.put("requests", report.requests());
        json.put("routes", report.routes());
        json.put("durationMs", report.durationMs());
        json.set("counts", JSON.valueToTree(report.counts()));
        json.put("goalsMet", report.clean());
        json.set("causes", JSON.valueToTree(report.causes()));
        json.set("byRoute", JSON.valueToTree(report.byRoute()));
        json.set("byFamily", JSON.valueToTree(report.byFamily()));
        json.set("accepted", JSON.valueToTree(report.accepted()));
        json.set("findings", JSON.valueToTree(report.findings()));
        try {
            Files.createDirectories(file.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The findings grouped by cause, and up to {@code examples} offending requests of each, to reproduce them. */
    public static String describe(Report report, int examples) {
        StringBuilder b = new StringBuilder();
        b.append(report.summary()).append('\n');
        Map<String, Integer> shown = new TreeMap<>();
        report.causes().forEach((cause, n) -> b.append(String.format("  %5d × %s%n", n, cause)));
        for (Finding f : report.findings()) {
            if (shown.merge(f.cause(), 1, Integer::sum) <= examples) {
                b.append("\n").append(f.kind()).append(": ").append(f.request()).append("\n   → ").append(f.answer()).append('\n');
            }
        }
        return b.toString();
    }
}
