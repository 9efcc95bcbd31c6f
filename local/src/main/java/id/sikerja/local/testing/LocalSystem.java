package id.sikerja.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.LocalRuntime;
import id.sikerja.local.aws.AwsEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole local system for integration tests: the local runtime on free ports, with clients for the
 * AWS services behind it and ID tokens of the local users.
 *
 * <p>{@link #shared()} starts it once per test JVM and stops it when the JVM exits; inject it with
 * {@link LocalSystemExtension}. {@link #start(LocalRuntime.Options)} starts one with other options, e.g.
 * with LocalStack's endpoints ({@link LocalRuntime.Options#externalAws}) instead of the stand-ins; the
 * gateway and the handlers run locally either way.
 */
public final class LocalSystem implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalSystem shared;

    private final LocalRuntime runtime;
    private final MailInbox mail;
    private final DynamoDbClient dynamoDb;
    private final S3Client s3;

    private LocalSystem(LocalRuntime runtime) {
        this.runtime = runtime;
        this.mail = runtime.sesUrl() != null ? MailInbox.sesEmulator(runtime.sesUrl())
                : MailInbox.localStack(runtime.aws().sesV2());
        this.dynamoDb = runtime.aws().dynamoDbClient();
        this.s3 = runtime.aws().s3Client();
    }

    /** The daily proposal caps of the shared system: more than all journeys of a JVM submit. */
    public static final int SHARED_PROPOSAL_LIMIT = 100_000;

    /** The system of this JVM: started on first use with the stand-ins on free ports, stopped at JVM exit. */
    public static synchronized LocalSystem shared() {
        if (shared == null) {
            Path root = LocalRuntime.findRepositoryRoot();
            try {
                Path target = Files.createDirectories(root.resolve("local/target"));
                // the journeys of one JVM submit many proposals with the sample's address from 127.0.0.1: the
                // daily caps of POST /proposals (template defaults elsewhere) must not refuse them
                shared = start(LocalRuntime.Options.defaults().freePorts().repositoryRoot(root)
                        .workDirectory(Files.createTempDirectory(target, "local-system-"))
                        .parameter("ProposalDailyLimitPerAddress", String.valueOf(SHARED_PROPOSAL_LIMIT))
                        .parameter("ProposalDailyLimitPerSourceIp", String.valueOf(SHARED_PROPOSAL_LIMIT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LocalSystem system = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "local-system-shutdown"));
        }
        return shared;
    }

    /** The shared system if a test started it, else null (nothing is started). */
    public static synchronized LocalSystem sharedIfStarted() {
        return shared;
    }

    /** A system of its own; the caller closes it. */
    public static LocalSystem start(LocalRuntime.Options options) {
        try {
            return new LocalSystem(LocalRuntime.start(options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the local system", e);
        }
    }

    /** Base URL of the HTTP API, without a trailing slash. */
    public URI apiUrl() {
        return runtime.apiUrl();
    }

    /** The web front end served from web/dist, or null when it was not built. */
    public URI webUrl() {
        return runtime.webUrl();
    }

    /** The SES emulator's base URL (web inbox), or null on LocalStack. */
    public URI sesUrl() {
        return runtime.sesUrl();
    }

    public URI s3Endpoint() {
        return runtime.aws().s3();
    }

    /**
     * S3 as the functions reach it (their pre-signed URLs point here): the proxy that delivers the template's S3
     * events; {@code GET /_local/notifications} lists what it delivered.
     */
    public URI s3ProxyUrl() {
        return runtime.s3ProxyUrl();
    }

    public URI dynamoDbEndpoint() {
        return runtime.aws().dynamoDb();
    }

    public AwsEndpoints aws() {
        return runtime.aws();
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public S3Client s3() {
        return s3;
    }

    /** The template's one DynamoDB table, by its local name. */
    public String tableName() {
        return only(runtime.tables(), "DynamoDB table");
    }

    /**
     * The template's document bucket (the functions' DOCUMENT_BUCKET), by its local name; the web front end's bucket is
     * created too but holds nothing locally (the runtime serves the build itself).
     */
    public String bucketName() {
        String documents = runtime.functionEnvironment().get("DOCUMENT_BUCKET");
        return documents != null ? documents : only(runtime.buckets(), "S3 bucket");
    }

    public MailInbox mail() {
        return mail;
    }

    public LocalRuntime runtime() {
        return runtime;
    }

    /** An ID token of a local user ({@code GET /_local/users} lists them), for the Authorization header. */
    public String tokenFor(String username) {
        String body = "{\"username\":" + JSON.valueToTree(username) + "}";
        HttpRequest request = HttpRequest.newBuilder(apiUrl().resolve("/_local/token"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalArgumentException("no token for " + username + ": " + response.body());
            }
            JsonNode token = JSON.readTree(response.body());
            return token.path("idToken").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        dynamoDb.close();
        s3.close();
        runtime.close();
    }

    private static String only(List<String> names, String what) {
        if (names.size() != 1) {
            throw new IllegalStateException("the template has " + names.size() + " " + what + "s: " + names);
        }
        return names.get(0);
    }
}
