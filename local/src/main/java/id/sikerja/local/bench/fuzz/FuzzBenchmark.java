package id.sikerja.local.bench.fuzz;

import id.sikerja.local.LocalRuntime;
import id.sikerja.local.testing.LocalSystem;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fuzz suite: {@code local/bench/fuzz [requests] [--seed n]} (default 10,000 requests, a new seed each run,
 * printed) starts the local runtime on free ports, seeds real cases, sends generated hostile requests to every route
 * of template.yaml and reports the 5xx, the non-problem+json 4xx and the items written by rejected requests (goals 0),
 * and the requests valid by accident. Results: local/target/bench/fuzz.json. Exits 1 when a goal is missed.
 */
public final class FuzzBenchmark {

    private FuzzBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "id/sikerja/local/runtime-logback.xml");
        }
        int requests = 10_000;
        long seed = System.nanoTime() % 1_000_000_007L;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed") && i + 1 < args.length) {
                seed = Long.parseLong(args[++i]);
            } else {
                requests = Integer.parseInt(args[i]);
            }
        }
        Path root = LocalRuntime.findRepositoryRoot();
        Path work = Files.createDirectories(root.resolve("local/target/bench"));
        Fuzzer.Report report;
        try (LocalSystem system = LocalSystem.start(LocalRuntime.Options.defaults().freePorts().repositoryRoot(root)
                .workDirectory(Files.createTempDirectory(work, "fuzz-")))) {
            report = new Fuzzer(system, root).run(seed, requests, System.out);
        }
        Path file = Fuzzer.write(report, work.resolve("fuzz.json"));
        System.out.println(Fuzzer.describe(report, 2));
        System.out.println(report.summary() + " → " + root.relativize(file));
        System.exit(report.clean() ? 0 : 1);
    }
}
