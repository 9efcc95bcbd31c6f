package id.sikerja.local.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's Makefile as {@code sam build} reads it (template.yaml's functions and layer have
 * {@code BuildMethod: makefile}): one target {@code build-<LogicalId>} per resource, naming the Maven module whose
 * zip it unpacks into {@code $(ARTIFACTS_DIR)}. This is how the local runtime and its tests find the built zip of a
 * function or layer whose {@code CodeUri} is a directory rather than a zip.
 */
public final class BuildTargets {

    /** {@code build-IntakeFunction:} followed by {@code $(call function,intake)} (or {@code layer}). */
    private static final Pattern TARGET = Pattern.compile(
            "^build-([A-Za-z0-9]+):[ \\t]*\\R\\t\\$\\(call (function|layer),([a-z0-9-]+)\\)[ \\t]*$", Pattern.MULTILINE);

    /** What one target builds. */
    public record Target(String logicalId, Kind kind, String module) {

        /** The zip {@code mvn package} builds for the module, relative to the repository root. */
        public String artifact() {
            return "functions/" + module + "/target/" + (kind == Kind.LAYER ? "sikerja-layer" : module + "-lambda")
                    + ".zip";
        }
    }

    public enum Kind { FUNCTION, LAYER }

    private final Map<String, Target> targets;

    private BuildTargets(Map<String, Target> targets) {
        this.targets = Map.copyOf(targets);
    }

    public static BuildTargets load(Path makefile) {
        try {
            return parse(Files.readString(makefile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BuildTargets parse(String makefile) {
        Map<String, Target> found = new LinkedHashMap<>();
        Matcher m = TARGET.matcher(makefile);
        while (m.find()) {
            Kind kind = m.group(2).equals("layer") ? Kind.LAYER : Kind.FUNCTION;
            if (found.put(m.group(1), new Target(m.group(1), kind, m.group(3))) != null) {
                throw new TemplateException("the Makefile has two targets build-" + m.group(1));
            }
        }
        return new BuildTargets(found);
    }

    /** Logical id → target, for every {@code build-<LogicalId>} of the Makefile. */
    public Map<String, Target> targets() {
        return targets;
    }

    public Optional<Target> target(String logicalId) {
        return Optional.ofNullable(targets.get(logicalId));
    }

    /**
     * The built zip (relative to the repository root) that is the deployment package of a function or layer: its
     * Makefile target's module zip when it is built with {@code BuildMethod: makefile}, else its {@code CodeUri}
     * ({@code ContentUri}) itself.
     */
    public String artifact(Template template, String logicalId) {
        Map<String, Object> resource = template.resource(logicalId);
        Map<String, Object> metadata = Maps.mapOrEmpty(resource.get("Metadata"), logicalId + ".Metadata");
        if ("makefile".equals(metadata.get("BuildMethod"))) {
            return target(logicalId).map(Target::artifact).orElseThrow(() -> new TemplateException(
                    logicalId + " is built with BuildMethod makefile, but the Makefile has no target build-" + logicalId));
        }
        Map<String, Object> properties = Maps.mapOrEmpty(resource.get("Properties"), logicalId + ".Properties");
        Object uri = properties.containsKey("CodeUri") ? properties.get("CodeUri") : properties.get("ContentUri");
        return Maps.scalar(uri, logicalId + ".CodeUri");
    }
}
