package id.sikerja.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import id.sikerja.local.template.BuildTargets;
import id.sikerja.local.template.Template;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * template.yaml and the code agree: every function's handler and deployment artifact exist, every environment
 * variable the code reads is set by the template, and the template routes to each function exactly the
 * routes that function serves.
 */
class WiringTest {

    private static final Path ROOT = LocalRuntime.findRepositoryRoot();
    private static final Template TEMPLATE = Template.load(ROOT.resolve("template.yaml"));
    /** How sam build builds each function (BuildMethod makefile): the module whose zip it deploys. */
    private static final BuildTargets BUILD = BuildTargets.load(ROOT.resolve("Makefile"));
    /** Modules every function is built on; what they read counts for every function. */
    private static final List<String> SHARED_MODULES = List.of("core", "api", "adapters");
    private static final Pattern READS = Pattern.compile("\\b(?:require|optional)\\(\\s*\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern CODE_URI = Pattern.compile("functions/([a-z0-9-]+)/target/([a-z0-9-]+)\\.zip");

    @TestFactory
    Stream<DynamicTest> everyFunctionIsWired() {
        Map<String, Map<String, Object>> functions = TEMPLATE.resourcesOfType("AWS::Serverless::Function");
        assertFalse(functions.isEmpty());
        return functions.entrySet().stream().flatMap(f -> Stream.of(
                DynamicTest.dynamicTest(f.getKey() + ": handler exists", () -> handlerExists(f.getValue())),
                DynamicTest.dynamicTest(f.getKey() + ": artifact is what the module builds", () -> artifactBuilt(f.getKey())),
                DynamicTest.dynamicTest(f.getKey() + ": every variable read is set", () -> variablesSet(f.getKey(), f.getValue())),
                DynamicTest.dynamicTest(f.getKey() + ": routes match the code", () -> routesMatch(f.getKey(), f.getValue()))));
    }

    /** {@link Template#resourcesOfType} hands out each resource's Properties. */
    private static Map<String, Object> properties(Map<String, Object> functionProperties) {
        return functionProperties;
    }

    private static Class<?> handlerClass(Map<String, Object> function) throws ClassNotFoundException {
        String handler = (String) properties(function).get("Handler");
        assertTrue(handler.endsWith("::handleRequest"), handler);
        return Class.forName(handler.substring(0, handler.indexOf("::")));
    }

    private static void handlerExists(Map<String, Object> function) throws Exception {
        Class<?> type = handlerClass(function);
        assertTrue(RequestStreamHandler.class.isAssignableFrom(type), type + " is a RequestStreamHandler");
        assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), type + " has a public no-arg constructor");
    }

    /** The function's deployment zip: its CodeUri, or what its Makefile target unpacks (BuildMethod makefile). */
    private static Matcher codeUri(String id) {
        String uri = BUILD.artifact(TEMPLATE, id);
        Matcher m = CODE_URI.matcher(uri);
        assertTrue(m.matches(), "the artifact " + uri + " of " + id + " is a module's built zip");
        return m;
    }

    private static void artifactBuilt(String id) throws IOException {
        Matcher m = codeUri(id);
        String pom = Files.readString(ROOT.resolve("functions").resolve(m.group(1)).resolve("pom.xml"));
        assertTrue(pom.contains("<finalName>" + m.group(2) + "</finalName>"),
                "functions/" + m.group(1) + "/pom.xml builds " + m.group(2) + ".zip");
        assertTrue(Files.readString(ROOT.resolve("pom.xml")).contains("<module>functions/" + m.group(1) + "</module>"));
    }

    private static void variablesSet(String id, Map<String, Object> function) {
        Set<String> set = new TreeSet<>(environment(TEMPLATE.globals().get("Function")));
        set.addAll(environment(properties(function)));
        Set<String> read = new TreeSet<>();
        List<String> modules = new ArrayList<>(SHARED_MODULES);
        modules.add(codeUri(id).group(1));
        for (String module : modules) {
            read.addAll(variablesRead(ROOT.resolve("functions").resolve(module).resolve("src/main/java")));
        }
        assertFalse(read.isEmpty());
        read.removeAll(set);
        assertEquals(Set.of(), read, id + " reads variables the template does not set");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> environment(Object holder) {
        if (!(holder instanceof Map<?, ?> m) || !(m.get("Environment") instanceof Map<?, ?> env)
                || !(env.get("Variables") instanceof Map<?, ?> vars)) {
            return Set.of();
        }
        return ((Map<String, Object>) vars).keySet();
    }

    private static Set<String> variablesRead(Path sources) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                try {
                    Matcher m = READS.matcher(Files.readString(p));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static void routesMatch(String id, Map<String, Object> function) throws Exception {
        Set<String> inTemplate = new TreeSet<>();
        Object events = properties(function).get("Events");
        if (events instanceof Map<?, ?> map) {
            for (Object event : map.values()) {
                Map<String, Object> e = (Map<String, Object>) event;
                if ("HttpApi".equals(e.get("Type"))) {
                    Map<String, Object> p = (Map<String, Object>) e.get("Properties");
                    inTemplate.add(String.valueOf(p.get("Method")).toUpperCase() + " " + p.get("Path"));
                }
            }
        }
        Class<?> handler = handlerClass(function);
        Set<String> inCode = new TreeSet<>();
        try {
            inCode.addAll((Set<String>) handler.getField("ROUTES").get(null));
        } catch (NoSuchFieldException none) {
            // a function without HTTP routes (S3 or schedule events) serves none
        }
        assertEquals(inCode, inTemplate, id + ": routes in template.yaml vs routes the code serves");
    }

}
