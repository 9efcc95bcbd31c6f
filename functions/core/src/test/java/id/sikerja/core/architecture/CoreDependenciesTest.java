package id.sikerja.core.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core's shape, read from its sources: it names nothing of AWS or Spring, and no two of its packages depend on
 * each other (directly or through others). A dependency is any mention of another core package's name in the code
 * (an import or a qualified name), comments and string literals left out.
 */
class CoreDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/id/sikerja/core");
    private static final Pattern CORE_REFERENCE = Pattern.compile("\\bid\\.sikerja\\.core\\.([a-z][a-z0-9_]*)\\.");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(software\\.amazon|com\\.amazonaws|org\\.springframework|id\\.sikerja\\.(?:api|adapters))\\b");

    @Test
    void theCoreNamesNothingOfAwsSpringOrTheOuterModules() {
        List<String> found = new ArrayList<>();
        sources().forEach((file, code) -> {
            Matcher m = FORBIDDEN.matcher(code);
            while (m.find()) {
                found.add(file + ": " + m.group(1));
            }
        });
        assertTrue(found.isEmpty(), "the core must stay plain Java: " + found);
    }

    @Test
    void noPackageOfTheCoreDependsOnItselfThroughAnother() {
        Map<String, Set<String>> graph = graph();
        assertFalse(graph.isEmpty(), "the core's sources were found");
        List<List<String>> cycles = cycles(graph);
        assertEquals(List.of(), cycles, "package cycles in functions/core");
    }

    @Test
    void theCycleCheckFindsACycle() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        assertEquals(List.of(List.of("a", "b", "c", "a")), cycles(graph));
        assertEquals(List.of(), cycles(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of()))));
    }

    /** Package → the other core packages its code names. */
    static Map<String, Set<String>> graph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        sources().forEach((file, code) -> {
            String own = packageOf(file);
            Set<String> uses = graph.computeIfAbsent(own, p -> new TreeSet<>());
            Matcher m = CORE_REFERENCE.matcher(code);
            while (m.find()) {
                if (!m.group(1).equals(own)) {
                    uses.add(m.group(1));
                }
            }
        });
        return graph;
    }

    /** One cycle per strongly connected group of packages, as a path from its first package back to it. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        List<List<String>> cycles = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (String start : graph.keySet()) {
            if (reported.contains(start)) {
                continue;
            }
            List<String> path = pathBack(graph, start, start, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null) {
                cycles.add(path);
                reported.addAll(path);
            }
        }
        return cycles;
    }

    private static List<String> pathBack(Map<String, Set<String>> graph, String target, String at, List<String> path,
                                         Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(target)) {
                List<String> found = new ArrayList<>(path);
                found.add(target);
                return found;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = pathBack(graph, target, next, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    private static String packageOf(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
    }

    /** Each source file's code, without comments and string literals. */
    private static Map<Path, String> sources() {
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    out.put(f, code(Files.readString(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String code(String source) {
        String noText = source.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"")
                .replaceAll("'(?:\\\\.|[^'\\\\\\n])+'", "' '");
        return noText.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }
}
