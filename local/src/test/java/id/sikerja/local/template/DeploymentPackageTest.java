package id.sikerja.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sikerja.local.LocalRuntime;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code mvn package} builds is what template.yaml deploys, and a deploy stays small: the shared layer holds
 * the third-party jars every function uses, each function's zip only what is its own, no jar is in both (two
 * copies of a library on one class path), and everything a deploy uploads totals at most 60 MB.
 *
 * <p>Reads the built artifacts: run after {@code mvn package} (in {@code mvn verify} the functions are packaged
 * before this module's tests). Under {@code mvn test} alone, with nothing packaged, it is skipped.
 */
class DeploymentPackageTest {

    private static final long MAX_UPLOAD_BYTES = 60_000_000L;
    /** Issue 17: the letters function's zip (poi-tl, Apache POI and its OOXML schemas, S3), kept apart from the rest. */
    private static final String LETTERS_ZIP = "letters-lambda.zip";
    private static final long MAX_LETTERS_BYTES = 22_000_000L;
    private static final Path ROOT = LocalRuntime.findRepositoryRoot();
    private static final Template TEMPLATE = Template.load(ROOT.resolve("template.yaml"));
    /** A jar's artifact: its file name without the version ({@code spring-core-7.0.10.jar} → spring-core). */
    private static final Pattern JAR = Pattern.compile("(.+?)-\\d[^/]*\\.jar");

    private static String layerId;
    private static Path layerZip;
    /** Each function's logical id → its zip. */
    private static final Map<String, Path> FUNCTION_ZIPS = new TreeMap<>();

    @BeforeAll
    static void artifacts() {
        Map<String, Map<String, Object>> layers = TEMPLATE.resourcesOfType("AWS::Serverless::LayerVersion");
        assertEquals(1, layers.size(), "one shared layer: " + layers.keySet());
        layerId = layers.keySet().iterator().next();
        // what each deploys: its CodeUri/ContentUri, or the zip its Makefile target unpacks (sam build, BuildMethod makefile)
        BuildTargets build = BuildTargets.load(ROOT.resolve("Makefile"));
        layerZip = ROOT.resolve(build.artifact(TEMPLATE, layerId));
        TEMPLATE.resourcesOfType("AWS::Serverless::Function").forEach((id, properties) ->
                FUNCTION_ZIPS.put(id, ROOT.resolve(build.artifact(TEMPLATE, id))));
        List<Path> all = new ArrayList<>(FUNCTION_ZIPS.values());
        all.add(layerZip);
        assumeTrue(all.stream().anyMatch(Files::exists), "nothing packaged yet: run mvn package");
    }

    @Test
    void everyFunctionUsesTheSharedLayer() {
        Object global = TEMPLATE.globals().get("Function") instanceof Map<?, ?> f ? f.get("Layers") : null;
        assertEquals(List.of(Map.of("Ref", layerId)), global, "Globals.Function.Layers names the shared layer");
        TEMPLATE.resourcesOfType("AWS::Serverless::Function").forEach((id, properties) -> assertFalse(
                properties.containsKey("Layers"), id + " sets Layers of its own (SAM would add them to the shared one)"));
        Map<String, Object> layer = TEMPLATE.resourcesOfType("AWS::Serverless::LayerVersion").get(layerId);
        assertEquals(List.of("java21"), layer.get("CompatibleRuntimes"));
        Map<?, ?> globals = (Map<?, ?>) TEMPLATE.globals().get("Function");
        assertEquals("java21", globals.get("Runtime"), "the runtime the layer is built for");
        assertEquals(globals.get("Architectures"), layer.get("CompatibleArchitectures"));
    }

    @Test
    void everyCodeUriAndContentUriIsBuilt() {
        assertTrue(Files.isRegularFile(layerZip), layerZip + " (ContentUri of " + layerId + ") is built");
        FUNCTION_ZIPS.forEach((id, zip) -> assertTrue(Files.isRegularFile(zip), zip + " (CodeUri of " + id + ") is built"));
    }

    @Test
    void theLayerHoldsJarsUnderJavaLibAndNoneOfTheProjectsOwn() throws IOException {
        List<String> entries = entries(layerZip);
        List<String> misplaced = entries.stream()
                .filter(e -> !e.endsWith("/") && !(e.startsWith("java/lib/") && e.endsWith(".jar"))).toList();
        assertEquals(List.of(), misplaced, "a Java layer's jars go under java/lib/");
        assertTrue(jars(layerZip).containsKey("spring-cloud-function-adapter-aws"));
        assertTrue(jars(layerZip).containsKey("dynamodb"));
        assertEquals(Set.of(), jars(layerZip).keySet().stream().filter(a -> a.startsWith("sikerja-"))
                        .collect(java.util.stream.Collectors.toSet()),
                "the project's own jars change with every release: in the layer they would make each deploy publish a new layer");
    }

    @Test
    void noJarIsBothInTheLayerAndInAFunctionZip() throws IOException {
        Set<String> layer = jars(layerZip).keySet();
        Map<String, Set<String>> twice = new TreeMap<>();
        for (Map.Entry<String, Path> function : FUNCTION_ZIPS.entrySet()) {
            Set<String> both = new TreeSet<>(jars(function.getValue()).keySet());
            both.retainAll(layer);
            if (!both.isEmpty()) {
                twice.put(function.getKey(), both);
            }
            assertTrue(jars(function.getValue()).containsKey("sikerja-core"), function.getKey() + " carries the core itself");
        }
        assertEquals(Map.of(), twice, "jars both in the layer and in a function's lib/");
    }

    @Test
    void sesAndS3OnlyWhereTheFunctionMayUseThem() throws IOException {
        for (Map.Entry<String, Path> function : FUNCTION_ZIPS.entrySet()) {
            String policies = String.valueOf(TEMPLATE.resourcesOfType("AWS::Serverless::Function")
                    .get(function.getKey()).get("Policies"));
            Set<String> jars = jars(function.getValue()).keySet();
            // two functions may share one zip (two handlers): then what either may use is in it
            Set<String> sharing = new TreeSet<>();
            FUNCTION_ZIPS.forEach((id, zip) -> {
                if (zip.equals(function.getValue())) {
                    sharing.add(String.valueOf(TEMPLATE.resourcesOfType("AWS::Serverless::Function").get(id).get("Policies")));
                }
            });
            boolean sends = sharing.stream().anyMatch(p -> p.contains("ses:SendEmail"));
            boolean storesObjects = sharing.stream().anyMatch(p -> p.contains("s3:PutObject") || p.contains("s3:GetObject"));
            assertEquals(sends, jars.contains("sesv2"), function.getKey() + ": sesv2 only where mail is sent (" + policies + ")");
            assertEquals(storesObjects, jars.contains("s3"), function.getKey() + ": s3 only where objects are read or written");
        }
        assertFalse(jars(layerZip).containsKey("sesv2"));
        assertFalse(jars(layerZip).containsKey("s3"));
        assertFalse(jars(layerZip).containsKey("fastexcel"));
    }

    @Test
    void aDeployUploadsAtMost60Megabytes() throws IOException {
        Map<Path, Long> uploads = new LinkedHashMap<>();
        uploads.put(layerZip, Files.size(layerZip));
        for (Path zip : new TreeSet<>(FUNCTION_ZIPS.values())) {
            if (zip.getFileName().toString().equals(LETTERS_ZIP)) {
                // issue 17: the letters function's own budget (Apache POI), below; it changes rarely, and an
                // unchanged zip is not uploaded again (reproducible builds)
                assertTrue(Files.size(zip) <= MAX_LETTERS_BYTES, "the letters zip has " + Files.size(zip) + " bytes");
                continue;
            }
            uploads.put(zip, Files.size(zip));
        }
        long total = uploads.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(total <= MAX_UPLOAD_BYTES, "a deploy uploads " + total + " bytes: " + uploads);
    }

    /**
     * Each handler starts from its layout as Lambda composes it (the runtime's CustomerClassLoader: the task root,
     * its lib/*.jar, then the layers' /opt/java/lib/*.jar, each in lexical order) and from nothing else: a fresh
     * JVM builds the handler, booting its Spring context and wiring, with the environment the template sets
     * (AWS endpoints pointing nowhere: starting calls no service). A jar the layer and the zip both leave out
     * fails here, not in Lambda.
     */
    @TestFactory
    Stream<DynamicTest> everyHandlerStartsFromTheLayerAndItsZip(@TempDir Path work) throws IOException {
        assertTrue(Files.isRegularFile(layerZip), layerZip + " is built");
        Path opt = unzip(layerZip, work.resolve("opt"));
        Path probe = work.resolve("probe");
        String resource = HandlerStartProbe.class.getName().replace('.', '/') + ".class";
        Files.createDirectories(probe.resolve(resource).getParent());
        try (InputStream in = HandlerStartProbe.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, probe.resolve(resource));
        }
        SamApplication application = SamApplication.read(new LocalResolver(TEMPLATE, Map.of()));
        Map<Path, Path> taskRoots = new LinkedHashMap<>();
        return application.functions().stream().map(function -> DynamicTest.dynamicTest(function.logicalId(), () -> {
            Path zip = FUNCTION_ZIPS.get(function.logicalId());
            Path task = taskRoots.computeIfAbsent(zip, z -> unzipQuietly(z, work.resolve("task-" + taskRoots.size())));
            List<String> classPath = new ArrayList<>(List.of(probe.toString(), task.toString()));
            jarsIn(task.resolve("lib")).forEach(classPath::add);
            jarsIn(opt.resolve("java/lib")).forEach(classPath::add);
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", String.join(File.pathSeparator, classPath), HandlerStartProbe.class.getName(),
                    function.handlerClass()).redirectErrorStream(true);
            pb.environment().clear();
            pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            pb.environment().putAll(function.environment());
            pb.environment().putAll(Map.of("AWS_REGION", "ap-southeast-3", "AWS_ACCESS_KEY_ID", "test",
                    "AWS_SECRET_ACCESS_KEY", "test", "AWS_ENDPOINT_URL", "http://127.0.0.1:9"));
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), function.logicalId() + " did not start:\n" + output);
            assertEquals(0, p.exitValue(), function.logicalId() + " failed to start from the layer and "
                    + zip.getFileName() + ":\n" + output);
            assertTrue(output.contains("STARTED " + function.handlerClass()), output);
        }));
    }

    private static List<String> jarsIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted()
                    .map(n -> dir.resolve(n).toString()).toList();
        }
    }

    private static Path unzipQuietly(Path zip, Path into) {
        try {
            return unzip(zip, into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        return into;
    }

    /** The jars of a zip (a function's lib/, a layer's java/lib/) by artifact, each with its file name. */
    private static Map<String, String> jars(Path zip) throws IOException {
        Map<String, String> jars = new TreeMap<>();
        for (String entry : entries(zip)) {
            String name = entry.substring(entry.lastIndexOf('/') + 1);
            Matcher m = JAR.matcher(name);
            if ((entry.startsWith("lib/") || entry.startsWith("java/lib/")) && m.matches()) {
                String previous = jars.put(m.group(1), name);
                assertEquals(null, previous, zip + " holds two versions of " + m.group(1));
            }
        }
        return jars;
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
        }
    }
}
