package id.sikerja.local.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.sikerja.local.JsonLog;
import id.sikerja.local.auth.DemoUser;
import id.sikerja.local.auth.LocalIdentityProvider;
import id.sikerja.local.auth.LocalUserPool;
import id.sikerja.local.faults.LocalFaults;
import id.sikerja.local.iam.Enforcer;
import id.sikerja.local.iam.FunctionCredentials;
import id.sikerja.local.iam.FunctionPolicies;
import id.sikerja.local.process.ExitWithParent;
import id.sikerja.local.template.HttpApiSpec;
import id.sikerja.local.template.LocalNames;
import id.sikerja.local.template.LocalResolver;
import id.sikerja.local.template.Maps;
import id.sikerja.local.template.SamApplication;
import id.sikerja.local.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local HTTP API: an HTTP server on 127.0.0.1 in front of a {@link Gateway}. It runs in its own JVM,
 * started by the local runtime with the functions' environment variables, and exits when the runtime's
 * end of its standard input closes.
 *
 * <pre>LocalGateway --template template.yaml --port 3000 [--parameter Name=Value ...] [--instances 8]
 *              [--s3-proxy-port 9092 --s3-upstream http://127.0.0.1:9090] [--control-url http://127.0.0.1:p] [--iam]</pre>
 * With an S3 upstream it also runs the {@link S3NotificationProxy} in front of it, which delivers the template's
 * S3 events to the functions in this JVM. The control URL is the runtime's ({@link id.sikerja.local.RuntimeControl}),
 * through which {@code POST /_local/faults/ses} stops and starts the SES emulator.
 */
public final class LocalGateway {

    private static final int HTTP_THREADS = 16;
    /** Lambda waits a minute before retrying an asynchronous invocation; locally a second is enough. */
    private static final Duration S3_RETRY_DELAY = Duration.ofSeconds(1);

    private LocalGateway() {
    }

    public static void main(String[] args) throws IOException {
        ExitWithParent.watchStandardInput();
        Path template = null;
        int port = 3000;
        int instances = 8;
        Integer s3ProxyPort = null;
        URI s3Upstream = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        boolean iam = false;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--template" -> template = Path.of(required(args[i], value));
                case "--port" -> port = Integer.parseInt(required(args[i], value));
                case "--instances" -> instances = Integer.parseInt(required(args[i], value));
                case "--s3-proxy-port" -> s3ProxyPort = Integer.parseInt(required(args[i], value));
                case "--s3-upstream" -> s3Upstream = URI.create(required(args[i], value));
                case "--iam" -> {
                    iam = true;
                    i--; // a flag, no value
                }
                case "--control-url" -> LocalFaults.controlUrl(URI.create(required(args[i], value)));
                // EventBridge's stand-in, on the port of the functions' AWS_ENDPOINT_URL_EVENTBRIDGE
                case "--eventbridge-port" -> id.sikerja.local.aws.LocalEventBus.start(
                        Integer.parseInt(required(args[i], value)),
                        System.getenv("EVENT_BUS_NAME") == null ? java.util.Set.of()
                                : java.util.Set.of(System.getenv("EVENT_BUS_NAME")));
                case "--parameter" -> {
                    String pair = required(args[i], value);
                    int equals = pair.indexOf('=');
                    if (equals <= 0) {
                        throw new IllegalArgumentException("--parameter needs Name=Value, got: " + pair);
                    }
                    parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (template == null) {
            throw new IllegalArgumentException("--template is required");
        }
        if ((s3ProxyPort == null) != (s3Upstream == null)) {
            throw new IllegalArgumentException("--s3-proxy-port and --s3-upstream go together");
        }
        Running gateway = start(template, parameters, port, instances, s3Upstream == null ? Optional.empty()
                : Optional.of(new S3Proxy(s3ProxyPort, s3Upstream)), iam);
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::close, "gateway-shutdown"));
    }

    /** Where the S3 notification proxy listens (0: a free port), and the S3 endpoint it forwards to. */
    public record S3Proxy(int port, URI upstream) {
    }

    /**
     * A started gateway; closing it stops the server (and the S3 proxy) and abandons running invocations.
     *
     * @param s3Proxy the S3 notification proxy, when one was asked for
     */
    public record Running(HttpServer server, ExecutorService http, ExecutorService workers,
            Optional<S3NotificationProxy> s3Proxy) implements AutoCloseable {

        public int port() {
            return server.getAddress().getPort();
        }

        /** The S3 notification proxy's port. */
        public int s3ProxyPort() {
            return s3Proxy.orElseThrow().port();
        }

        @Override
        public void close() {
            server.stop(0);
            s3Proxy.ifPresent(S3NotificationProxy::close);
            http.shutdownNow();
            workers.shutdownNow();
        }
    }

    /** Starts the server on 127.0.0.1 (port 0: a free one), without an S3 proxy. */
    public static Running start(Path templateFile, Map<String, String> parameters, int port, int instances)
            throws IOException {
        return start(templateFile, parameters, port, instances, Optional.empty());
    }

    /** Starts the S3 notification proxy, if asked for, and the server on 127.0.0.1 (port 0: a free one). */
    public static Running start(Path templateFile, Map<String, String> parameters, int port, int instances,
            Optional<S3Proxy> s3) throws IOException {
        return start(templateFile, parameters, port, instances, s3, false);
    }

    /**
     * As {@link #start(Path, Map, int, int, Optional)}; with {@code iam} each function's AWS calls sign with its own
     * key ({@link FunctionCredentials}) and the S3 proxy refuses what the function's statements do not allow.
     */
    public static Running start(Path templateFile, Map<String, String> parameters, int port, int instances,
            Optional<S3Proxy> s3, boolean iam) throws IOException {
        LocalResolver resolver = new LocalResolver(Template.load(templateFile), parameters);
        Optional<Enforcer> enforcer = Optional.empty();
        if (iam) {
            String adminKey = System.getenv("AWS_ACCESS_KEY_ID");
            enforcer = Optional.of(Enforcer.read(resolver,
                    adminKey != null ? adminKey : FunctionPolicies.ADMIN_ACCESS_KEY_ID));
            FunctionCredentials.install();
        }
        SamApplication application = SamApplication.read(resolver);
        warnAboutMissingHandlers(application);
        ExecutorService workers = Executors.newCachedThreadPool(daemonThreads("lambda-"));
        Gateway gateway = new Gateway(application, identityProvider(application, resolver), workers, instances,
                Clock.systemUTC(), ExchangeLog.fromEnvironment(templateFile));
        Optional<S3NotificationProxy> s3Proxy = Optional.empty();
        if (s3.isPresent()) {
            s3Proxy = Optional.of(S3NotificationProxy.start(s3.get().port(), s3.get().upstream(),
                    application.functions().stream().flatMap(f -> f.s3Events().stream()).toList(),
                    gateway::invokeFunction, S3_RETRY_DELAY, enforcer));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        ExecutorService http = Executors.newFixedThreadPool(HTTP_THREADS, daemonThreads("http-"));
        server.setExecutor(http);
        server.createContext("/", exchange -> serve(gateway, exchange));
        server.start();
        JsonLog.info("gateway", "listening", Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "routes", application.routes().size()));
        return new Running(server, http, workers, s3Proxy);
    }

    private static void serve(Gateway gateway, HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(Gateway.MAX_BODY_BYTES + 1);
            }
            GatewayRequest request = new GatewayRequest(
                    exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(),
                    body,
                    exchange.getRemoteAddress().getAddress().getHostAddress(),
                    exchange.getProtocol());
            GatewayResponse response = gateway.handle(request);
            response.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
            boolean noBody = response.body().length == 0 || request.method().equals("HEAD")
                    || response.status() == 204 || response.status() == 304;
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    /**
     * The local user pool. It issues tokens for the API's first JWT authorizer (its issuer, and its first
     * audience as the app client), valid as long as the template's user pool client says.
     */
    static LocalIdentityProvider identityProvider(SamApplication application, LocalResolver resolver) {
        HttpApiSpec.JwtAuthorizer authorizer = application.httpApi().authorizers().values().stream().findFirst()
                .orElse(new HttpApiSpec.JwtAuthorizer("local", "authorization",
                        "https://cognito-idp." + LocalNames.REGION + "." + LocalNames.URL_SUFFIX + "/local",
                        List.of("local")));
        String clientId = authorizer.audiences().isEmpty() ? "local" : authorizer.audiences().get(0);
        // the pool the issuer names (…/<pool id>), with the template's groups: the Cognito stand-in manages it
        String poolId = authorizer.issuer().substring(authorizer.issuer().lastIndexOf('/') + 1);
        List<String> groups = resolver.template().resourcesOfType("AWS::Cognito::UserPoolGroup").values().stream()
                .map(group -> resolver.string(group.get("GroupName"), "UserPoolGroup.GroupName"))
                .toList();
        LocalUserPool pool = new LocalUserPool(poolId, groups.isEmpty() ? List.of("admin", "tkksd", "opd", "pimpinan")
                : groups, DemoUser.seeded(), Clock.systemUTC());
        return new LocalIdentityProvider(authorizer.issuer(), clientId, idTokenValidity(resolver), pool,
                Clock.systemUTC());
    }

    /** IdTokenValidity of the template's first user pool client (Cognito's default: 60 minutes). */
    static Duration idTokenValidity(LocalResolver resolver) {
        Map<String, Object> client = resolver.template().resourcesOfType("AWS::Cognito::UserPoolClient").values()
                .stream().findFirst().orElse(Map.of());
        Object validity = client.get("IdTokenValidity");
        if (validity == null) {
            return Duration.ofMinutes(60);
        }
        long amount = Long.parseLong(resolver.string(validity, "UserPoolClient.IdTokenValidity"));
        Map<String, Object> units = Maps.mapOrEmpty(resolver.resolve(client.get("TokenValidityUnits")),
                "UserPoolClient.TokenValidityUnits");
        String unit = String.valueOf(units.getOrDefault("IdToken", "hours"));
        return Duration.of(amount, switch (unit) {
            case "seconds" -> ChronoUnit.SECONDS;
            case "minutes" -> ChronoUnit.MINUTES;
            case "days" -> ChronoUnit.DAYS;
            default -> ChronoUnit.HOURS;
        });
    }

    /** A handler class missing from the class path fails its requests (as in Lambda), but is reported at start. */
    private static void warnAboutMissingHandlers(SamApplication application) {
        application.functions().forEach(function -> {
            try {
                Class.forName(function.handlerClass(), false, LocalGateway.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                JsonLog.warn("gateway", "handler class is not on the class path; its routes will answer 500",
                        Map.of("function", function.logicalId(), "handler", function.handler()));
            }
        });
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
