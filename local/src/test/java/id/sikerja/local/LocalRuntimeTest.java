package id.sikerja.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.testing.LocalSystem;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runtime with the test template, on the shared system's AWS endpoints: the gateway's JVM gets the
 * functions' environment, and a handler configured by that environment alone reaches DynamoDB.
 */
class LocalRuntimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theWebsConfigCarriesThePemdasZoneFromTheFunctionsEnvironment() {
        // config.json gets the zone the functions count in (PEMDA_ZONE, the template's PemdaTimeZone), so that the
        // web shows dates and times in the Pemda's zone, not the browser's
        assertEquals(java.util.Map.of("contactEmail", "kerjasama@contoh.go.id", "timeZone", "Asia/Jayapura"),
                LocalRuntime.webConfig(java.util.Map.of("contactEmail", "kerjasama@contoh.go.id"),
                        java.util.Map.of("PEMDA_ZONE", "Asia/Jayapura", "TABLE_NAME", "t")));
        assertEquals(java.util.Map.of(), LocalRuntime.webConfig(java.util.Map.of(), java.util.Map.of()));
    }

    @Test
    void runsTheHandlersInAJvmWithTheFunctionsEnvironment(@TempDir Path work) throws Exception {
        LocalSystem shared = LocalSystem.shared();
        LocalRuntime.Options options = LocalRuntime.Options.defaults().freePorts()
                .template(TestFiles.testTemplate())
                .workDirectory(work)
                .webOrigin("http://localhost:4321")
                .externalAws(shared.aws());
        LocalRuntime runtime = LocalRuntime.start(options);
        try {
            assertEquals(List.of("sikerja-local-testtable"), runtime.tables());
            assertEquals(List.of("sikerja-local-testbucket"), runtime.buckets());
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(runtime.apiUrl()
                    .resolve("/behave/environment")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonNode environment = JSON.readTree(response.body());
            assertEquals("sikerja-local-testtable", environment.get("TABLE_NAME").asText());
            assertEquals("http://localhost:4321", environment.get("WEB_BASE_URL").asText());
            assertEquals("hello from ap-southeast-3", environment.get("GREETING").asText());
            assertEquals("ap-southeast-3", environment.get("AWS_REGION").asText());
            assertEquals(shared.dynamoDbEndpoint().toString(), environment.get("AWS_ENDPOINT_URL_DYNAMODB").asText());
            assertEquals(runtime.s3ProxyUrl().toString(), environment.get("AWS_ENDPOINT_URL_S3").asText(),
                    "the functions reach S3 through the proxy that delivers the template's S3 events");
            assertEquals(shared.aws().sesV2().toString(), environment.get("AWS_ENDPOINT_URL_SESV2").asText());
            assertEquals("UTC", environment.get("userTimezone").asText());
            assertEquals("ACTIVE", environment.get("tableStatus").asText());
        } finally {
            runtime.close();
        }
        assertFalse(ProcessHandle.current().descendants().anyMatch(process -> process.info().commandLine()
                .orElse("").contains("--template " + TestFiles.testTemplate())), "the gateway JVM stopped");
        assertTrue(Files.exists(work.resolve("gateway-classpath.args")));
    }

    @Test
    void readsOptionsFromFlagsOverSystemProperties() {
        System.setProperty("sikerja.local.api-port", "4000");
        System.setProperty("sikerja.local.s3-port", "4001");
        try {
            LocalRuntime.Options options = LocalRuntime.Options.fromCommandLine(new String[] {"--api-port", "5000"});
            assertEquals(5000, options.apiPort);
            assertEquals(4001, options.s3Port);
            assertEquals(8000, options.dynamoDbPort);
        } finally {
            System.clearProperty("sikerja.local.api-port");
            System.clearProperty("sikerja.local.s3-port");
        }
    }
}
