package id.sikerja.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sikerja.local.LocalRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * samconfig.toml deploys dev and prod to Jakarta (PP 71/2019: public-sector data stays in Indonesia), as two stacks,
 * tagged for cost allocation, with the capabilities the template needs and a bucket SAM manages.
 */
class SamConfigTest {

    private static final Pattern SECTION = Pattern.compile("^\\[([a-z0-9_.-]+)\\]\\s*$");
    private static final Pattern ENTRY = Pattern.compile("^([a-z0-9_]+)\\s*=\\s*(\"([^\"]*)\"|true|false|[0-9.]+)\\s*$");

    @Test
    void devAndProdDeployToJakartaAsTwoTaggedStacks() throws IOException {
        Map<String, Map<String, String>> config = read(LocalRuntime.findRepositoryRoot().resolve("samconfig.toml"));
        for (String env : List.of("default", "dev", "prod")) {
            Map<String, String> deploy = config.get(env + ".deploy.parameters");
            String environment = env.equals("default") ? "dev" : env;
            assertEquals("ap-southeast-3", deploy.get("region"), env + ": Jakarta");
            assertEquals("ap-southeast-3", config.get(env + ".global.parameters").get("region"), env + " (all commands)");
            assertTrue(deploy.get("stack_name").endsWith("-" + environment), env + ": " + deploy.get("stack_name"));
            assertEquals(deploy.get("stack_name"), deploy.get("stack_name").toLowerCase(), "names the document bucket");
            assertTrue(deploy.get("capabilities").contains("CAPABILITY_IAM"), env + ": the functions' roles");
            assertEquals("true", deploy.get("resolve_s3"), env);
            String tags = deploy.get("tags");
            assertTrue(tags.contains("Application=SiKerja") && tags.contains("Environment=" + environment)
                    && tags.matches(".*\\bPemda=[a-z0-9-]+.*"), env + ": " + tags);
            assertTrue(deploy.get("parameter_overrides").contains("Environment=" + environment), env);
        }
        assertNotEquals(config.get("dev.deploy.parameters").get("stack_name"),
                config.get("prod.deploy.parameters").get("stack_name"));
    }

    private static Map<String, Map<String, String>> read(Path file) throws IOException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("version")) {
                continue;
            }
            Matcher section = SECTION.matcher(trimmed);
            if (section.matches()) {
                current = sections.computeIfAbsent(section.group(1), k -> new LinkedHashMap<>());
                continue;
            }
            Matcher entry = ENTRY.matcher(trimmed);
            assertTrue(entry.matches() && current != null, "a key = value line in a section: " + line);
            current.put(entry.group(1), entry.group(3) != null ? entry.group(3) : entry.group(2));
        }
        return sections;
    }
}
