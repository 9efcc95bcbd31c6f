package id.sikerja.local.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.TestFiles;
import id.sikerja.local.gateway.ExchangeLog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every response that a function (or the gateway's authorizer) gave through the local gateway during this test run,
 * validated against functions/api/openapi.yaml: the route is documented, the status is one of the operation's, the
 * content type one of that response's, and a JSON body valid by its schema. The gateways record the exchanges in the
 * file {@value ExchangeLog#VARIABLE} names (set by the local module's surefire configuration); this class runs last
 * (junit-platform.properties orders classes by {@code @Order}). Run alone, there is nothing recorded to check and it
 * is skipped, saying so.
 */
@Order(Integer.MAX_VALUE)
class ExchangeContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRecordedResponseIsAsDocumented() throws IOException {
        String file = System.getenv(ExchangeLog.VARIABLE);
        Assumptions.assumeTrue(file != null && !file.isBlank(), ExchangeLog.VARIABLE
                + " is not set: responses are recorded only under the local module's surefire configuration "
                + "(mvn -pl local -am verify)");
        Path log = Path.of(file);
        Assumptions.assumeTrue(Files.exists(log), "no exchanges recorded in " + log + ": no test of this run went "
                + "through the local gateway (run the whole local test suite to validate responses)");
        Path template = TestFiles.projectTemplate().toAbsolutePath().normalize();
        OpenApiContract contract = OpenApiContract.load(OpenApiContract.DOCUMENT);

        List<String> violations = new ArrayList<>();
        Map<String, Integer> perRoute = new TreeMap<>();
        int validated = 0;
        int otherTemplates = 0;
        int lineNumber = 0;
        for (String line : Files.readAllLines(log)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode exchange = JSON.readTree(line);
            if (!template.toString().equals(exchange.path("template").asText())) {
                otherTemplates++; // the gateway tests' own template (test handlers)
                continue;
            }
            String routeKey = exchange.path("routeKey").asText();
            int status = exchange.path("status").asInt();
            String contentType = exchange.path("contentType").isTextual() ? exchange.path("contentType").asText() : null;
            validated++;
            perRoute.merge(routeKey + " " + status, 1, Integer::sum);
            if (exchange.has("malformedJson")) {
                violations.add(routeKey + " → " + status + "  body: JSON content type, but not JSON: "
                        + exchange.get("malformedJson").asText() + " (line " + lineNumber + ")");
                continue;
            }
            for (OpenApiContract.Violation v : contract.validate(routeKey, status, contentType,
                    exchange.has("body") ? exchange.get("body") : null)) {
                violations.add(v + "  (" + exchange.path("source").asText() + ", line " + lineNumber + ")");
            }
        }
        Assumptions.assumeTrue(validated > 0, "the exchange log " + log + " holds no exchange of " + template
                + " (" + otherTemplates + " of other templates)");

        Set<String> unexercised = new TreeSet<>(contract.operations().keySet());
        perRoute.keySet().forEach(k -> unexercised.remove(k.substring(0, k.lastIndexOf(' '))));
        System.out.println("[contract] " + validated + " exchanges validated against " + OpenApiContract.DOCUMENT
                + " (" + otherTemplates + " of the gateway tests' template skipped)");
        perRoute.forEach((k, n) -> System.out.println("[contract]   " + k + " ×" + n));
        System.out.println("[contract] operations no test exercised: " + unexercised);

        if (!violations.isEmpty()) {
            // each distinct violation once, with how often it occurred
            Map<String, Integer> distinct = new TreeMap<>();
            violations.forEach(v -> distinct.merge(v.replaceAll(",? ?line \\d+\\)$", ")"), 1, Integer::sum));
            StringBuilder message = new StringBuilder(violations.size() + " responses differ from "
                    + OpenApiContract.DOCUMENT + " (route → status  JSON path: message):\n");
            distinct.forEach((v, n) -> message.append("  ").append(v).append(n > 1 ? "  ×" + n : "").append('\n'));
            fail(message.toString());
        }
    }
}
