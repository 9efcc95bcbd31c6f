package id.sikerja.local.bench;

import id.sikerja.local.LocalRuntime;
import id.sikerja.local.testing.LocalSystem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What hostile request bodies cost (issue 11), through the local gateway: each is sent as an admin's
 * {@code POST /cooperations/{id}/transitions}, whose function reads the body before it looks the case up, so the
 * time is the reading chain (path parameter shapes, JSON reader, transition reader) plus the gateway's round trip;
 * an ordinary body is answered 404 after one DynamoDB read. Reports each body's status and p50/p95/max.
 *
 * <p>Before the fixes {@code 1e150000} (72 bytes) took 1.6 s of CPU on this kind of machine and was stored,
 * {@code 1e450000} 15 s, a 60,000-digit numeric text 0.2 s, and {@code 1e9999999999} answered 500.
 *
 * <p>Usage: {@code local/bench/hostile-input [requests per body]}; results in local/target/bench/hostile-input.json.
 */
public final class HostileInputBenchmark {

    private HostileInputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path root = LocalRuntime.findRepositoryRoot();
        Path work = Files.createDirectories(root.resolve("local/target/bench"));
        try (LocalSystem system = LocalSystem.start(LocalRuntime.Options.defaults().freePorts().repositoryRoot(root)
                .workDirectory(Files.createTempDirectory(work, "hostile-")))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String admin = "Bearer " + system.tokenFor("admin");
            String id = UUID.randomUUID().toString();
            Map<String, String[]> bodies = new LinkedHashMap<>();
            bodies.put("ordinary amount (404 after a read)", new String[] {id, facts("1500000.50")});
            bodies.put("1e150000 (72 bytes)", new String[] {id, facts("1e150000")});
            bodies.put("1e450000", new String[] {id, facts("1e450000")});
            bodies.put("\"1e150000\" as text", new String[] {id, facts("\"1e150000\"")});
            bodies.put("60,000-digit numeric text", new String[] {id, facts("\"" + "9".repeat(60_000) + "\"")});
            bodies.put("1e9999999999 (overflow)", new String[] {id, "{\"durationMonths\":1e9999999999}"});
            bodies.put("3,000-character id", new String[] {"A".repeat(3000), facts("1")});
            bodies.put("note with U+202E", new String[] {id,
                    "{\"action\":\"RECORD_FACTS\",\"version\":1,\"note\":\"catatan \u202Egnp.exe\"}"});

            StringBuilder json = new StringBuilder("{\"requestsPerBody\": " + requests + ", \"bodies\": [\n");
            StringBuilder table = new StringBuilder(String.format("%-36s %6s %9s %9s %9s%n", "body", "status",
                    "p50 ms", "p95 ms", "max ms"));
            int n = 0;
            for (Map.Entry<String, String[]> b : bodies.entrySet()) {
                HttpRequest request = HttpRequest.newBuilder(system.apiUrl().resolve(
                                URI.create("/cooperations/" + b.getValue()[0] + "/transitions")))
                        .timeout(Duration.ofSeconds(120)).header("Authorization", admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(b.getValue()[1])).build();
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(); // warm-up
                double[] ms = new double[requests];
                for (int i = 0; i < requests; i++) {
                    long t = System.nanoTime();
                    status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                double p50 = ms[requests / 2];
                double p95 = ms[Math.min(requests - 1, (int) (requests * 0.95))];
                double max = ms[requests - 1];
                table.append(String.format("%-36s %6d %9.2f %9.2f %9.2f%n", b.getKey(), status, p50, p95, max));
                json.append(n++ == 0 ? "" : ",\n").append(String.format(java.util.Locale.ROOT,
                        "  {\"body\": \"%s\", \"status\": %d, \"p50Ms\": %.2f, \"p95Ms\": %.2f, \"maxMs\": %.2f}",
                        b.getKey().replace("\"", "\\\""), status, p50, p95, max));
            }
            json.append("\n]}\n");
            Files.writeString(work.resolve("hostile-input.json"), json);
            System.out.println("\nHostile request bodies through the local gateway (" + requests + " each):\n" + table);
        }
    }

    private static String facts(String amount) {
        return "{\"action\":\"RECORD_FACTS\",\"version\":1,\"facts\":{\"budgetAmount\":" + amount + "}}";
    }
}
