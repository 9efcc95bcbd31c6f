package id.sikerja.local.bench;

import id.sikerja.local.LocalRuntime;
import id.sikerja.local.testing.LocalSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Cold start of the intake function: JVM start to the first response, for the Spring Cloud Function handler
 * and for the plain Java handler doing the same work, measured the same way on this machine.
 *
 * <p>Each run is a fresh JVM whose class path is the function's deployment package as Lambda composes it: the
 * shared layer (functions/layer) and the function's zip of {@code mvn package}, unpacked and in the runtime's order
 * (see {@link #layouts}); for comparison also the layout before the layer, one zip with every jar. Each runs with
 * the environment the template sets, against the local stand-ins. The first request is the real work: a new proposal stored in DynamoDB Local and two e-mails sent
 * through the SES emulator. Runs of the two handlers alternate so that machine noise falls on both.
 *
 * <p>Usage: {@code local/bench/cold-start [runs] [--priming]} (default 5). Prints medians and writes
 * local/target/bench/cold-start.json. {@code --priming} measures the deployed layout (layer + zip) only and adds the
 * Spring handler with its SnapStart priming run between init and the first request (the probe calls the handler's
 * CRaC {@code beforeCheckpoint} and {@code afterRestore}): its first request is what a restored SnapStart instance
 * answers first, since init and priming happen before the snapshot.
 */
public final class ColdStartBenchmark {

    private static final Pattern RESULT = Pattern.compile(
            "COLD_START \\{\"jvmToMainMs\":(\\d+),\"initMs\":(\\d+),\"primeMs\":(\\d+),\"firstInvokeMs\":(\\d+),"
                    + "\"totalMs\":(\\d+),\"status\":(\\d+)}");
    private static final Map<String, String> HANDLERS = new LinkedHashMap<>();
    private static final Map<String, List<String>> JVM_OPTIONS = new LinkedHashMap<>();

    static {
        HANDLERS.put("spring-cloud-function", "id.sikerja.intake.IntakeHandler");
        HANDLERS.put("plain-java", "id.sikerja.intake.PlainIntakeHandler");
        JVM_OPTIONS.put("default JVM", List.of());
        JVM_OPTIONS.put("TieredStopAtLevel=1", List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1"));
    }

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        if (arguments.remove("--letters")) {
            letters(arguments.isEmpty() ? 5 : Integer.parseInt(arguments.get(0)));
            return;
        }
        // --priming: the layer + zip layout only, the Spring handler with and without its SnapStart priming
        boolean priming = arguments.remove("--priming");
        int runs = !arguments.isEmpty() ? Integer.parseInt(arguments.get(0)) : 5;
        Path root = LocalRuntime.findRepositoryRoot();
        Path work = Files.createDirectories(root.resolve("local/target/bench"));
        Path probeDir = probeClasses(work.resolve("probe"));
        Map<String, String> layouts = layouts(root, work, probeDir);
        Map<String, String[]> variants = new LinkedHashMap<>();
        HANDLERS.forEach((name, type) -> variants.put(name, new String[]{type, ""}));
        if (priming) {
            layouts.remove("single zip");
            variants.put("spring-cloud-function primed", new String[]{HANDLERS.get("spring-cloud-function"), "primed"});
        }
        String sample = Files.readString(root.resolve("events/intake-submit-proposal.json"));

        try (LocalSystem system = LocalSystem.start(LocalRuntime.Options.defaults().freePorts().repositoryRoot(root)
                .workDirectory(Files.createDirectories(work.resolve("local")))
                // every run submits a proposal from the same partner: not the daily caps' business here
                .parameter("ProposalDailyLimitPerAddress", String.valueOf(LocalSystem.SHARED_PROPOSAL_LIMIT))
                .parameter("ProposalDailyLimitPerSourceIp", String.valueOf(LocalSystem.SHARED_PROPOSAL_LIMIT)))) {
            Map<String, String> env = system.runtime().functionEnvironment();
            Map<String, List<long[]>> results = new LinkedHashMap<>();
            for (int run = 0; run < runs; run++) {
                for (Map.Entry<String, String> layout : layouts.entrySet()) {
                    for (Map.Entry<String, List<String>> jvm : JVM_OPTIONS.entrySet()) {
                        for (Map.Entry<String, String[]> handler : variants.entrySet()) {
                            Path event = work.resolve("event.json");
                            Files.writeString(event, sample.replace("7d0c6a52-0f5e-4d7e-9a51-1c2b3c4d5e6f",
                                    UUID.randomUUID().toString()));
                            long[] r = runOnce(layout.getValue(), jvm.getValue(), handler.getValue()[0],
                                    handler.getValue()[1], event, env);
                            if (r[5] != 201) {
                                throw new IllegalStateException(handler.getKey() + " answered " + r[5]);
                            }
                            results.computeIfAbsent(handler.getKey() + " | " + jvm.getKey() + " | " + layout.getKey(),
                                    k -> new ArrayList<>()).add(r);
                        }
                    }
                }
            }
            report(results, runs, work.resolve("cold-start.json"));
        }
    }

    /**
     * The two deployment layouts of the intake function, each as the class path Lambda's Java runtime builds
     * (aws-lambda-java-runtime-interface-client, CustomerClassLoader): the task root ({@code /var/task}), then its
     * {@code lib/*.jar} in lexical order, then the layers' {@code /opt/java/lib/*.jar} in lexical order.
     * <ul>
     *   <li>{@code layer + zip}: what {@code mvn package} builds and template.yaml deploys, the shared layer
     *       (functions/layer) extracted as under /opt and the function's own zip as under /var/task;</li>
     *   <li>{@code single zip}: the layout before the layer, one zip with every jar in its lib/ (the same jars,
     *       the layer's moved into the function's lib/).</li>
     * </ul>
     */
    private static Map<String, String> layouts(Path root, Path work, Path probeDir) throws IOException {
        Path layer = unzip(root.resolve("functions/layer/target/sikerja-layer.zip"), work.resolve("opt"));
        Path task = unzip(root.resolve("functions/intake/target/intake-lambda.zip"), work.resolve("intake-lambda"));
        Path single = unzip(root.resolve("functions/intake/target/intake-lambda.zip"), work.resolve("intake-single-zip"));
        for (Path jar : jars(layer.resolve("java/lib"))) {
            Files.copy(jar, single.resolve("lib").resolve(jar.getFileName().toString()));
        }
        Map<String, String> layouts = new LinkedHashMap<>();
        layouts.put("single zip", classPath(probeDir, single, null));
        layouts.put("layer + zip", classPath(probeDir, task, layer.resolve("java")));
        return layouts;
    }

    private static String classPath(Path probeDir, Path taskRoot, Path optJava) throws IOException {
        List<String> entries = new ArrayList<>(List.of(probeDir.toString(), taskRoot.toString()));
        jars(taskRoot.resolve("lib")).forEach(jar -> entries.add(jar.toString()));
        if (optJava != null) {
            jars(optJava.resolve("lib")).forEach(jar -> entries.add(jar.toString()));
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The jars of a directory in lexical order of their names, as the runtime adds them. */
    private static List<Path> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .sorted(java.util.Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static long[] runOnce(String classPath, List<String> jvmOptions, String handler, String mode, Path event,
                                  Map<String, String> env) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, ColdStartProbe.class.getName(), handler, event.toString()));
        if (!mode.isEmpty()) {
            command.add(mode);
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().putAll(env);
        // the template's JVM options would apply to every variant; each variant names its own instead
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("probe failed:\n" + output);
        }
        Matcher m = RESULT.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no result from the probe:\n" + output);
        }
        long[] r = new long[6];
        for (int i = 0; i < 6; i++) {
            r[i] = Long.parseLong(m.group(i + 1));
        }
        return r;
    }

    private static void report(Map<String, List<long[]>> results, int runs, Path json) throws IOException {
        StringBuilder out = new StringBuilder("{\n  \"runs\": " + runs + ",\n  \"machine\": \""
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "\",\n  \"results\": {\n");
        System.out.printf("%nCold start of the intake function, JVM start to first response (median of %d runs, ms)%n", runs);
        System.out.printf("%-68s %9s %7s %7s %11s %7s %11s%n", "handler | JVM | layout", "JVM→main", "init", "prime",
                "first call", "total", "min-max");
        Map<String, long[]> medians = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, List<long[]>> e : results.entrySet()) {
            long[] med = new long[5];
            for (int k = 0; k < 5; k++) {
                int col = k;
                med[k] = median(e.getValue().stream().mapToLong(r -> r[col]).toArray());
            }
            medians.put(e.getKey(), med);
            long min = e.getValue().stream().mapToLong(r -> r[4]).min().orElse(0);
            long max = e.getValue().stream().mapToLong(r -> r[4]).max().orElse(0);
            System.out.printf("%-68s %9d %7d %7d %11d %7d %5d-%d%n", e.getKey(), med[0], med[1], med[2], med[3], med[4],
                    min, max);
            out.append(String.format("    \"%s\": {\"jvmToMainMs\": %d, \"initMs\": %d, \"primeMs\": %d, "
                    + "\"firstInvokeMs\": %d, \"totalMs\": %d, \"minTotalMs\": %d, \"maxTotalMs\": %d}%s%n", e.getKey(),
                    med[0], med[1], med[2], med[3], med[4], min, max, ++i < results.size() ? "," : ""));
        }
        out.append("  },\n  \"ratios\": {\n");
        // SnapStart: init and priming happen before the snapshot; a cold start is the restore plus the first request
        List<String> ratios = new ArrayList<>();
        for (String jvm : JVM_OPTIONS.keySet()) {
            for (String layout : List.of("layer + zip", "single zip")) {
                long[] plain = medians.get("plain-java | " + jvm + " | " + layout);
                long[] spring = medians.get("spring-cloud-function | " + jvm + " | " + layout);
                long[] primed = medians.get("spring-cloud-function primed | " + jvm + " | " + layout);
                if (plain == null || spring == null) {
                    continue;
                }
                String line = String.format("%s | %s: Spring/plain JVM start to first response %.2fx", jvm, layout,
                        (double) spring[4] / plain[4]);
                String entry = String.format("    \"%s | %s\": {\"springOverPlainTotal\": %.3f", jvm, layout,
                        (double) spring[4] / plain[4]);
                if (primed != null) {
                    line += String.format("; primed Spring first request after restore / plain JVM start to first "
                            + "response %.2fx; first request primed %d ms vs unprimed %d ms", (double) primed[3] / plain[4],
                            primed[3], spring[3]);
                    entry += String.format(", \"primedFirstRequestOverPlainTotal\": %.3f, \"primedFirstRequestMs\": %d, "
                            + "\"unprimedFirstRequestMs\": %d", (double) primed[3] / plain[4], primed[3], spring[3]);
                }
                System.out.println(line);
                ratios.add(entry + "}");
            }
        }
        out.append(String.join(",\n", ratios)).append("\n  }\n}\n");
        Files.writeString(json, out.toString());
        System.out.println("written to " + json);
    }

    /**
     * Issue 17: what the letters function (its own zip with Apache POI and poi-tl) costs at a cold start, against the
     * intake function in the same runs: each in fresh JVMs on layer + its zip, with the template's C1 option
     * ({@code TieredStopAtLevel=1}), unprimed and primed (SnapStart: its priming renders every shipped template). The
     * letters function's first request downloads the PKS draft template as an admin ({@code GET
     * /settings/letter-templates/rancangan-pks}: a DynamoDB read and the DOCX built with POI); a generated letter
     * needs a case in the right stage, which {@code LettersJourneyTest} drives.
     */
    private static void letters(int runs) throws Exception {
        Path root = LocalRuntime.findRepositoryRoot();
        Path work = Files.createDirectories(root.resolve("local/target/bench"));
        Path probeDir = probeClasses(work.resolve("probe"));
        Path layer = unzip(root.resolve("functions/layer/target/sikerja-layer.zip"), work.resolve("opt"));
        String intakePath = classPath(probeDir, unzip(root.resolve("functions/intake/target/intake-lambda.zip"),
                work.resolve("intake-lambda")), layer.resolve("java"));
        String lettersPath = classPath(probeDir, unzip(root.resolve("functions/letters/target/letters-lambda.zip"),
                work.resolve("letters-lambda")), layer.resolve("java"));
        String sample = Files.readString(root.resolve("events/intake-submit-proposal.json"));
        Path lettersEvent = work.resolve("letters-event.json");
        Files.writeString(lettersEvent, """
                {"version":"2.0","routeKey":"GET /settings/letter-templates/{name}",
                 "rawPath":"/settings/letter-templates/rancangan-pks","rawQueryString":"",
                 "headers":{"accept-language":"id"},"pathParameters":{"name":"rancangan-pks"},
                 "requestContext":{"accountId":"000000000000","apiId":"bench","domainName":"localhost",
                  "domainPrefix":"localhost","authorizer":{"jwt":{"claims":{"sub":"bench-admin","token_use":"id",
                  "cognito:groups":"[admin]"},"scopes":null}},
                  "http":{"method":"GET","path":"/settings/letter-templates/rancangan-pks","protocol":"HTTP/1.1",
                  "sourceIp":"127.0.0.1","userAgent":"bench"},"requestId":"bench","routeKey":"GET /settings/letter-templates/{name}",
                  "stage":"$default","time":"07/Dec/2026:00:00:00 +0000","timeEpoch":1796601600000},
                 "isBase64Encoded":false}
                """);
        List<String> c1 = JVM_OPTIONS.get("TieredStopAtLevel=1");
        try (LocalSystem system = LocalSystem.start(LocalRuntime.Options.defaults().freePorts().repositoryRoot(root)
                .workDirectory(Files.createDirectories(work.resolve("local")))
                .parameter("ProposalDailyLimitPerAddress", String.valueOf(LocalSystem.SHARED_PROPOSAL_LIMIT))
                .parameter("ProposalDailyLimitPerSourceIp", String.valueOf(LocalSystem.SHARED_PROPOSAL_LIMIT)))) {
            Map<String, String> env = system.runtime().functionEnvironment();
            Map<String, List<long[]>> results = new LinkedHashMap<>();
            for (int run = 0; run < runs; run++) {
                Path event = work.resolve("event.json");
                Files.writeString(event, sample.replace("7d0c6a52-0f5e-4d7e-9a51-1c2b3c4d5e6f",
                        UUID.randomUUID().toString()));
                for (String mode : List.of("", "primed")) {
                    long[] intake = runOnce(intakePath, c1, HANDLERS.get("spring-cloud-function"), mode, event, env);
                    long[] letters = runOnce(lettersPath, c1, "id.sikerja.letters.LettersHandler", mode, lettersEvent, env);
                    if (intake[5] != 201 || letters[5] != 200) {
                        throw new IllegalStateException("intake answered " + intake[5] + ", letters " + letters[5]);
                    }
                    String suffix = mode.isEmpty() ? "" : " primed";
                    results.computeIfAbsent("intake" + suffix + " | TieredStopAtLevel=1 | layer + zip",
                            k -> new ArrayList<>()).add(intake);
                    results.computeIfAbsent("letters" + suffix + " | TieredStopAtLevel=1 | layer + zip",
                            k -> new ArrayList<>()).add(letters);
                }
            }
            report(results, runs, work.resolve("cold-start-letters.json"));
        }
    }

    private static long median(long[] values) {
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        if (!Files.exists(zip)) {
            throw new IllegalStateException(zip + " is missing: run mvn package first");
        }
        if (Files.exists(into)) {
            try (var walk = Files.walk(into)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return into;
    }

    /** The probe alone, so that the measured JVM's class path is the deployment package and nothing else. */
    private static Path probeClasses(Path into) throws IOException {
        String resource = ColdStartProbe.class.getName().replace('.', '/') + ".class";
        Path target = into.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = ColdStartBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return into;
    }
}
