package id.sikerja.local.fuzz;

import id.sikerja.local.LocalRuntime;
import id.sikerja.local.bench.fuzz.Fuzzer;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz suite's short run in {@code mvn -B verify}: 1,000 generated hostile requests across every route of
 * template.yaml (see {@link Fuzzer}; {@code local/bench/fuzz} runs 10,000). It fails on any 5xx, any 4xx that is not
 * {@code application/problem+json} (API Gateway's own answers aside), any item a rejected request wrote and any 2xx to a
 * request whose only fault is a token that must be refused, and prints
 * each offending request (method, route, headers, a truncated body, the answer). The seed is fixed so that a failure
 * repeats: {@code -Dsikerja.fuzz.seed=n} tries another, {@code -Dsikerja.fuzz.requests=n} another length.
 */
class FuzzTest {

    @Test
    void hostileRequestsGetProblemsAndChangeNothing() throws Exception {
        long seed = Long.getLong("sikerja.fuzz.seed", 20261206L);
        int requests = Integer.getInteger("sikerja.fuzz.requests", 1_000);
        Path root = LocalRuntime.findRepositoryRoot();
        Fuzzer.Report report = new Fuzzer(LocalSystem.shared(), root).run(seed, requests, System.out);
        Fuzzer.write(report, root.resolve("local/target/fuzz/fuzz-" + requests + ".json"));
        System.out.println(Fuzzer.describe(report, Integer.MAX_VALUE));
        assertTrue(report.clean(), () -> Fuzzer.describe(report, 3));
    }
}
