package id.sikerja.local.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.sikerja.local.JsonLog;
import id.sikerja.local.auth.DemoUser;
import id.sikerja.local.auth.LocalIdentityProvider;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local HTTP API: an HTTP server on 127.0.0.1 in front of a {@link Gateway}. It runs in its own JVM,
 * started by the local runtime with the functions' environment variables, and exits when the runtime's
 * end of its standard input closes.
 *
 * <pre>LocalGateway --template template.yaml --port 3000 [--parameter Name=Value ...] [--instances 8]</pre>
 */
public final class LocalGateway {

    private static final int HTTP_THREADS = 16;

    private LocalGateway() {
    }

    public static void main(String[] args) throws IOException {
        ExitWithParent.watchStandardInput();
        Path template = null;
        int port = 3000;
        int instances = 8;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--template" -> template = Path.of(required(args[i], value));
                case "--port" -> port = Integer.parseInt(required(args[i], value));
                case "--instances" -> instances = Integer.parseInt(required(args[i], value));
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
        Running gateway = start(template, parameters, port, instances);
        Runtime.getRuntime().addShutdownHook(new Thread(gateway::close, "gateway-shutdown"));
    }

    /** A started gateway; closing it stops the server and abandons running invocations. */
    public record Running(HttpServer server, ExecutorService http, ExecutorService workers) implements AutoCloseable {

        public int port() {
            return server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
            http.shutdownNow();
            workers.shutdownNow();
        }
    }

    /** Starts the server on 127.0.0.1 (port 0: a free one). */
    public static Running start(Path templateFile, Map<String, String> parameters, int port, int instances)
            throws IOException {
        LocalResolver resolver = new LocalResolver(Template.load(templateFile), parameters);
        SamApplication application = SamApplication.read(resolver);
        warnAboutMissingHandlers(application);
        ExecutorService workers = Executors.newCachedThreadPool(daemonThreads("lambda-"));
        Gateway gateway = new Gateway(application, identityProvider(application, resolver), workers, instances,
                Clock.systemUTC());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        ExecutorService http = Executors.newFixedThreadPool(HTTP_THREADS, daemonThreads("http-"));
        server.setExecutor(http);
        server.createContext("/", exchange -> serve(gateway, exchange));
        server.start();
        JsonLog.info("gateway", "listening", Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "routes", application.routes().size()));
        return new Running(server, http, workers);
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
        return new LocalIdentityProvider(authorizer.issuer(), clientId, idTokenValidity(resolver),
                DemoUser.seeded(), Clock.systemUTC());
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
