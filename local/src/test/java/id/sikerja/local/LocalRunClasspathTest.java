package id.sikerja.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.process.ChildProcess;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code local/run} starts the runtime with {@code local/target/classes} and the class path the build writes to
 * {@code local/target/runtime-classpath.txt}, not with the tests' class path. Everything a function needs at run
 * time must be on that one: this test starts the runtime exactly as {@code local/run --no-build} does (same class
 * path, same main class; free ports and a work directory of its own) and downloads a workbook, which needs fastexcel.
 * With fastexcel in test scope in local/pom.xml every XLSX route answered 500 there while the journeys passed.
 */
class LocalRunClasspathTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern API = Pattern.compile("^\\s*API\\s+(http://127\\.0\\.0\\.1:\\d+)\\s*$");

    @Test
    void theRuntimeStartedFromLocalRunsClassPathServesAWorkbook() throws Exception {
        Path root = LocalRuntime.findRepositoryRoot();
        Path classpathFile = root.resolve("local/target/runtime-classpath.txt");
        assertTrue(Files.isRegularFile(classpathFile), "the build writes " + classpathFile);
        String runtimeClasspath = Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
        // what local/run puts on the command line: java -cp local/target/classes:$(<runtime-classpath.txt)
        String classpath = root.resolve("local/target/classes") + File.pathSeparator + runtimeClasspath;
        assertFalse(classpath.contains("test-classes"), "local/run's class path has no test classes");
        Path work = Files.createTempDirectory(Files.createDirectories(root.resolve("local/target")), "local-run-");
        Path arguments = work.resolve("java.args");
        Files.writeString(arguments, "-cp \"" + classpath + "\"\n", StandardCharsets.UTF_8);
        List<String> command = List.of(ChildProcess.javaExecutable(), "@" + arguments, LocalRuntime.class.getName(),
                "--api-port", "0", "--dynamodb-port", "0", "--s3-port", "0", "--s3-proxy-port", "0", "--ses-port", "0",
                "--web-port", "0", "--work-dir", work.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("SIKERJA_"));
        Process runtime = builder.start();
        try {
            URI api = awaitReady(runtime, work.resolve("runtime.log"));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(api.resolve("/_local/token"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, token.statusCode(), token.body());
            String idToken = JSON.readTree(token.body()).get("idToken").asText();

            HttpResponse<byte[]> workbook = http.send(HttpRequest.newBuilder(api.resolve("/imports/template?format=xlsx"))
                    .header("Authorization", "Bearer " + idToken).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, workbook.statusCode(), new String(workbook.body(), StandardCharsets.UTF_8));
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    workbook.headers().firstValue("Content-Type").orElseThrow());
            try (ReadableWorkbook opened = new ReadableWorkbook(new ByteArrayInputStream(workbook.body()))) {
                List<Row> rows = opened.getFirstSheet().read();
                assertFalse(rows.isEmpty(), "the template has its header row");
                assertTrue(rows.get(0).getCellAsString(0).isPresent(), "the first column is named");
            }
        } finally {
            runtime.destroy(); // the runtime's shutdown hook stops what it started
            if (!runtime.waitFor(30, TimeUnit.SECONDS)) {
                runtime.destroyForcibly();
            }
        }
    }

    /** Reads the runtime's output (copied to a log) until it prints ready; the API's URL is in its banner. */
    private static URI awaitReady(Process runtime, Path log) throws Exception {
        AtomicReference<String> api = new AtomicReference<>();
        List<String> tail = new ArrayList<>();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            // reads to the end, so that the runtime never blocks on a full pipe
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(runtime.getInputStream(),
                    StandardCharsets.UTF_8)); var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                    synchronized (tail) {
                        tail.add(line);
                    }
                    Matcher matcher = API.matcher(line);
                    if (matcher.matches()) {
                        api.set(matcher.group(1));
                    }
                    if (line.startsWith("ready")) {
                        ready.complete(true);
                    }
                }
            } catch (java.io.IOException e) {
                // the runtime ended
            }
            ready.complete(false);
        }, "local-run-output");
        reader.setDaemon(true);
        reader.start();
        Boolean started = ready.get(180, TimeUnit.SECONDS);
        synchronized (tail) {
            assertTrue(started && api.get() != null, "local/run did not get ready; its output:\n"
                    + String.join("\n", tail.subList(Math.max(0, tail.size() - 40), tail.size())));
        }
        return URI.create(api.get());
    }
}
