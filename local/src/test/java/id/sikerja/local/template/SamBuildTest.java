package id.sikerja.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sikerja.local.LocalRuntime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sam build} builds every function and the layer from a fresh clone: each has {@code BuildMethod: makefile}
 * with the repository root as its code directory (where the Makefile is), the Makefile has its
 * {@code build-<LogicalId>} target, that target names the Maven module that holds the function's handler (or the
 * layer's module), and run as SAM runs it ({@code ARTIFACTS_DIR} set) it lays the package out as Lambda expects:
 * classes at the root and {@code lib/*.jar} for a function, {@code java/lib/*.jar} for the layer.
 */
class SamBuildTest {

    private static final Path ROOT = LocalRuntime.findRepositoryRoot();
    private static final Template TEMPLATE = Template.load(ROOT.resolve("template.yaml"));
    private static final BuildTargets BUILD = BuildTargets.load(ROOT.resolve("Makefile"));

    /** Logical id → resource type, of every function and layer SAM builds. */
    private static Map<String, String> built() {
        Map<String, String> built = new LinkedHashMap<>();
        TEMPLATE.resourcesOfType("AWS::Serverless::Function").keySet()
                .forEach(id -> built.put(id, "AWS::Serverless::Function"));
        TEMPLATE.resourcesOfType("AWS::Serverless::LayerVersion").keySet()
                .forEach(id -> built.put(id, "AWS::Serverless::LayerVersion"));
        return built;
    }

    @TestFactory
    Stream<DynamicTest> everyFunctionAndLayerHasAMakefileTargetForItsModule() {
        Map<String, String> built = built();
        assertFalse(built.isEmpty());
        return built.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String id = e.getKey();
            boolean layer = e.getValue().endsWith("LayerVersion");
            Map<String, Object> resource = TEMPLATE.resource(id);
            Map<String, Object> metadata = Maps.mapOrEmpty(resource.get("Metadata"), id + ".Metadata");
            assertEquals("makefile", metadata.get("BuildMethod"), id + " has Metadata: BuildMethod: makefile");
            Map<String, Object> properties = Maps.map(resource.get("Properties"), id);
            assertEquals(".", properties.get(layer ? "ContentUri" : "CodeUri"),
                    id + "'s code directory is the repository root, where the Makefile and the parent pom are");

            BuildTargets.Target target = BUILD.target(id).orElse(null);
            assertNotNull(target, "the Makefile has a target build-" + id);
            assertEquals(layer ? BuildTargets.Kind.LAYER : BuildTargets.Kind.FUNCTION, target.kind(), id);
            String module = "functions/" + target.module();
            assertTrue(read(ROOT.resolve("pom.xml")).contains("<module>" + module + "</module>"),
                    module + " is a module of the root pom");
            String zip = Path.of(target.artifact()).getFileName().toString();
            assertTrue(read(ROOT.resolve(module).resolve("pom.xml"))
                    .contains("<finalName>" + zip.replace(".zip", "") + "</finalName>"), module + " builds " + zip);
            if (!layer) {
                String handler = Maps.scalar(properties.get("Handler"), id + ".Handler");
                String type = handler.substring(0, handler.indexOf("::"));
                Path source = ROOT.resolve(module).resolve("src/main/java")
                        .resolve(type.replace('.', '/') + ".java");
                assertTrue(Files.isRegularFile(source), id + "'s handler " + type + " is in " + module);
            }
        }));
    }

    @Test
    void everyTargetBuildsAResourceOfTheTemplate() {
        Map<String, String> built = built();
        BUILD.targets().forEach((id, target) -> {
            assertTrue(built.containsKey(id), "build-" + id + " builds no function or layer of template.yaml");
            assertEquals(built.get(id).endsWith("LayerVersion"), target.kind() == BuildTargets.Kind.LAYER, id);
        });
        assertEquals(new TreeSet<>(built.keySet()), new TreeSet<>(BUILD.targets().keySet()));
    }

    /**
     * Runs each distinct kind of target as {@code sam build} does (with Maven replaced by a no-op: the zips are
     * already built by this reactor) and checks the layout of what it leaves in ARTIFACTS_DIR. Skipped before
     * {@code mvn package}, or where {@code make} is missing.
     */
    @TestFactory
    Stream<DynamicTest> targetsLayOutThePackageAsLambdaExpects(@TempDir Path work) {
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> modulesSeen = new TreeSet<>();
        built().forEach((id, type) -> {
            BuildTargets.Target target = BUILD.target(id).orElse(null);
            if (target == null || !modulesSeen.add(target.module())) {
                return; // no target: reported above; functions sharing a module run the same recipe on one zip
            }
            tests.add(DynamicTest.dynamicTest(id, () -> {
                Path zip = ROOT.resolve(target.artifact());
                assumeTrue(Files.isRegularFile(zip), "not packaged yet: " + zip);
                assumeTrue(onPath("make"), "make is not installed");
                Path artifacts = work.resolve(id);
                run("make", "--no-print-directory", "-C", ROOT.toString(), "build-" + id,
                        "ARTIFACTS_DIR=" + artifacts, "MVN=true",
                        "JAR=" + Path.of(System.getProperty("java.home"), "bin", "jar"));
                Set<String> files = files(artifacts);
                assertEquals(entries(zip), files, "build-" + id + " leaves exactly the files of " + zip);
                if (target.kind() == BuildTargets.Kind.LAYER) {
                    assertTrue(files.stream().allMatch(f -> f.startsWith("java/lib/") && f.endsWith(".jar")),
                            "a Java layer holds only java/lib/*.jar (Lambda's /opt/java/lib): " + files);
                } else {
                    String handler = Maps.scalar(TEMPLATE.resourcesOfType(type).get(id).get("Handler"), id);
                    String handlerClass = handler.substring(0, handler.indexOf("::")).replace('.', '/') + ".class";
                    assertTrue(files.contains(handlerClass), "the handler's class is at the package's root");
                    assertTrue(files.stream().filter(f -> f.startsWith("lib/"))
                            .allMatch(f -> f.endsWith(".jar") && f.indexOf('/', 4) < 0), "lib/ holds only jars");
                    assertTrue(files.stream().anyMatch(f -> f.startsWith("lib/")), "its own jars are under lib/");
                }
            }));
        });
        return tests.stream();
    }

    private static Set<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Set<String> names = new TreeSet<>();
            file.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
            return names;
        }
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            Set<String> names = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
            return names;
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
