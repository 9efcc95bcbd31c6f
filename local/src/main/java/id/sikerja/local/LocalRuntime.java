package id.sikerja.local;

import id.sikerja.local.aws.AwsEndpoints;
import id.sikerja.local.aws.DynamoDbLocal;
import id.sikerja.local.aws.StandIns;
import id.sikerja.local.aws.TemplateResources;
import id.sikerja.local.faults.LocalFaultsInitializer;
import id.sikerja.local.gateway.LocalGateway;
import id.sikerja.local.iam.Enforcer;
import id.sikerja.local.iam.EnforcingProxy;
import id.sikerja.local.process.ChildProcess;
import id.sikerja.local.process.HttpProbe;
import id.sikerja.local.template.LocalNames;
import id.sikerja.local.template.LocalResolver;
import id.sikerja.local.template.RouteSpec;
import id.sikerja.local.template.SamApplication;
import id.sikerja.local.template.Template;
import id.sikerja.local.web.WebServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs the application of {@code template.yaml} on this machine, without Docker: DynamoDB Local (in this
 * JVM), S3Mock and the SES emulator (child processes), the template's tables and buckets, and the local
 * gateway (a child JVM with the functions' environment) in front of the functions' handlers.
 *
 * <pre>
 * java -cp ... id.sikerja.local.LocalRuntime [--api-port 3000] [--dynamodb-port 8000] [--s3-port 9090] [--s3-proxy-port 9092]
 *     [--ses-port 8005] [--web-port 5173] [--web-origin http://localhost:5173] [--template template.yaml]
 *     [--parameter Name=Value ...] [--work-dir local/target/local-run]
 * </pre>
 * The same settings can be given as system properties ({@code -Dsikerja.local.api-port=3000}, ...); port 0
 * picks a free port. Everything it started stops on {@link #close()}, on Ctrl-C, and when it dies.
 */
public final class LocalRuntime implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    /**
     * Template variables the local runtime sets to another value, if the template sets them: the local S3 endpoints
     * serve path-style addressing only (bucket names are no host names on 127.0.0.1).
     */
    private static final Map<String, String> LOCAL_OVERRIDES = Map.of("S3_PATH_STYLE", "true");
    private static final String PROPERTY_PREFIX = "sikerja.local.";
    private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

    /** What to start, and where. */
    public static final class Options {
        Path repositoryRoot;
        Path template;
        Path workDirectory;
        /** Null: the web server's own origin, http://localhost:{webPort}. */
        String webOrigin;
        int webPort = 5173;
        /** Template parameters other than WebOrigin ({@code --parameter Name=Value}), as sam deploy takes them. */
        final Map<String, String> parameters = new LinkedHashMap<>();
        Path webRoot;
        int apiPort = 3000;
        int dynamoDbPort = 8000;
        int s3Port = 9090;
        int s3ProxyPort = 9092;
        int sesPort = 8005;
        AwsEndpoints externalAws;

        /** Default ports; the repository is found from the working directory upwards. */
        public static Options defaults() {
            return new Options();
        }

        /** Defaults, then {@code sikerja.local.*} system properties, then command-line flags. */
        public static Options fromCommandLine(String[] args) {
            Options options = new Options();
            Map<String, String> settings = new LinkedHashMap<>();
            for (String name : List.of("api-port", "dynamodb-port", "s3-port", "s3-proxy-port", "ses-port", "web-origin",
                    "web-port", "template", "work-dir")) {
                String value = System.getProperty(PROPERTY_PREFIX + name);
                if (value != null) {
                    settings.put(name, value);
                }
            }
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --option value, got: " + String.join(" ", args));
                }
                if (args[i].equals("--parameter")) {
                    int equals = args[i + 1].indexOf('=');
                    if (equals <= 0) {
                        throw new IllegalArgumentException("--parameter needs Name=Value, got: " + args[i + 1]);
                    }
                    options.parameter(args[i + 1].substring(0, equals), args[i + 1].substring(equals + 1));
                    continue;
                }
                settings.put(args[i].substring(2), args[i + 1]);
            }
            settings.forEach((name, value) -> {
                switch (name) {
                    case "api-port" -> options.apiPort(Integer.parseInt(value));
                    case "dynamodb-port" -> options.dynamoDbPort(Integer.parseInt(value));
                    case "s3-port" -> options.s3Port(Integer.parseInt(value));
                    case "s3-proxy-port" -> options.s3ProxyPort(Integer.parseInt(value));
                    case "ses-port" -> options.sesPort(Integer.parseInt(value));
                    case "web-origin" -> options.webOrigin(value);
                    case "web-port" -> options.webPort(Integer.parseInt(value));
                    case "template" -> options.template(Path.of(value));
                    case "work-dir" -> options.workDirectory(Path.of(value).toAbsolutePath());
                    default -> throw new IllegalArgumentException("unknown option --" + name);
                }
            });
            return options;
        }

        /** Every port free, chosen at start: for tests. */
        public Options freePorts() {
            return apiPort(0).dynamoDbPort(0).s3Port(0).s3ProxyPort(0).sesPort(0).webPort(0);
        }

        public Options repositoryRoot(Path value) {
            repositoryRoot = value;
            return this;
        }

        public Options template(Path value) {
            template = value;
            return this;
        }

        /** Where logs and S3 objects go (default {@code local/target/local-run}). */
        public Options workDirectory(Path value) {
            workDirectory = value;
            return this;
        }

        /**
         * A template parameter, as {@code sam deploy --parameter-overrides} sets it (WebOrigin has its own option);
         * a name the template does not declare fails at start.
         */
        public Options parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        /** The web front end's origin: CORS, e-mail links (the template's WebOrigin parameter). */
        public Options webOrigin(String value) {
            webOrigin = value;
            return this;
        }

        /** Where the web front end's build is served (CloudFront's stand-in); its origin is the default web origin. */
        public Options webPort(int value) {
            webPort = value;
            return this;
        }

        /** The web front end's build to serve (default {@code web/dist}); not served when it has no index.html. */
        public Options webRoot(Path value) {
            webRoot = value;
            return this;
        }

        public Options apiPort(int value) {
            apiPort = value;
            return this;
        }

        public Options dynamoDbPort(int value) {
            dynamoDbPort = value;
            return this;
        }

        public Options s3Port(int value) {
            s3Port = value;
            return this;
        }

        /** Where the functions reach S3: the proxy that delivers the template's S3 events (see LocalGateway). */
        public Options s3ProxyPort(int value) {
            s3ProxyPort = value;
            return this;
        }

        public Options sesPort(int value) {
            sesPort = value;
            return this;
        }

        /** Use these endpoints (e.g. LocalStack) instead of starting the stand-ins. */
        public Options externalAws(AwsEndpoints value) {
            externalAws = value;
            return this;
        }

        Path root() {
            return repositoryRoot != null ? repositoryRoot : findRepositoryRoot();
        }
    }

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private Map<String, String> functionEnvironment = Map.of();
    private final Map<String, String> webIdentity = new LinkedHashMap<>();
    private URI apiUrl;
    private URI webUrl;
    private String webNote;
    private URI s3ProxyUrl;
    private URI sesUrl;
    private StandIns standIns;
    private ChildProcess sesEmulator;
    private AwsEndpoints aws;
    /** IAM in front of DynamoDB Local and the SES emulator; null against external endpoints. */
    private Enforcer iam;
    private List<String> tables = List.of();
    private List<String> buckets = List.of();
    private SamApplication application;
    private Path workDirectory;
    private boolean closed;

    private LocalRuntime() {
    }

    /** Starts everything and returns when all of it answers; on failure, stops what it started. */
    public static LocalRuntime start(Options options) throws IOException, InterruptedException {
        LocalRuntime runtime = new LocalRuntime();
        try {
            runtime.startAll(options);
            return runtime;
        } catch (IOException | InterruptedException | RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    private void startAll(Options options) throws IOException, InterruptedException {
        Path root = options.root();
        Path templateFile = options.template != null ? options.template : root.resolve("template.yaml");
        workDirectory = options.workDirectory != null ? options.workDirectory : root.resolve("local/target/local-run");
        Files.createDirectories(workDirectory);
        int[] ports = ports(options.apiPort, options.dynamoDbPort, options.s3Port, options.sesPort,
                options.s3ProxyPort, options.webPort);
        int webPort = ports[5];
        String webOrigin = options.webOrigin != null ? options.webOrigin : "http://localhost:" + webPort;
        Map<String, String> parameters = new LinkedHashMap<>(options.parameters);
        parameters.put("WebOrigin", webOrigin);
        LocalResolver resolver = new LocalResolver(Template.load(templateFile), parameters);
        // the Pemda's identity for the web's config.json, from the same template parameters as in AWS
        for (String[] p : new String[][] {{"logoUrl", "PemdaLogoUrl"}, {"contactEmail", "PemdaContactEmail"},
                {"contactPhone", "PemdaContactPhone"}, {"contactAddress", "PemdaContactAddress"}}) {
            if (resolver.template().parameters().containsKey(p[1])) webIdentity.put(p[0], resolver.string(Map.of("Ref", p[1]), p[1]));
        }
        application = SamApplication.read(resolver);
        Map<String, String> functionEnvironment = application.sharedEnvironment();

        int apiPort = ports[0];
        ChildProcess s3Mock = null;
        ChildProcess ses = null;
        List<Path> standInClasspath = List.of();
        if (options.externalAws != null) {
            aws = options.externalAws;
        } else {
            standIns = StandIns.locate(root);
            standInClasspath = standIns.dynamoDbLocalClasspath();
            int dynamoDbPort = ports[1];
            int s3Port = ports[2];
            int sesPort = ports[3];
            aws = new AwsEndpoints(local(dynamoDbPort), local(s3Port), local(sesPort), LocalNames.REGION,
                    "local", "local");
            s3Mock = track(standIns.startS3Mock(s3Port, workDirectory));
            ses = standIns.startSesEmulator(sesPort, workDirectory);
            sesEmulator = ses;
            sesUrl = aws.sesV2();
            track(DynamoDbLocal.start(standIns.dynamoDbLocalClasspath(), dynamoDbPort));
        }

        Map<String, String> environment = new LinkedHashMap<>(functionEnvironment);
        aws.environment().forEach((name, value) -> {
            if (environment.containsKey(name)) {
                throw new IllegalStateException("a function sets " + name + ", which the local runtime sets");
            }
            environment.put(name, value);
        });
        // the functions reach S3 through the proxy that delivers the template's S3 events (S3Mock sends none), so
        // the URLs they pre-sign point at it too
        s3ProxyUrl = local(ports[4]);
        environment.put("AWS_ENDPOINT_URL_S3", s3ProxyUrl.toString());
        // the user pool's admin API (the users function): the local identity provider in the gateway speaks it
        environment.put("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", local(apiPort) + "/_local/cognito");
        if (options.externalAws == null) {
            // IAM as in AWS: each function signs with its own key, and the stand-ins answer only what the function's
            // statements in the template allow (S3: the gateway's proxy, started with --iam)
            Enforcer iam = Enforcer.read(resolver, aws.accessKeyId());
            this.iam = iam;
            EnforcingProxy dynamoDbIam = track(EnforcingProxy.start(iam, Enforcer.Service.DYNAMODB, aws.dynamoDb(), 0));
            EnforcingProxy sesIam = track(EnforcingProxy.start(iam, Enforcer.Service.SES, aws.sesV2(), 0));
            environment.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDbIam.url().toString());
            environment.put("AWS_ENDPOINT_URL_SESV2", sesIam.url().toString());
        }
        LOCAL_OVERRIDES.forEach(environment::replace);
        // EventBridge's stand-in runs in the gateway's JVM (GET /_local/events lists what it received)
        int eventBridgePort = ports(0)[0];
        environment.put("AWS_ENDPOINT_URL_EVENTBRIDGE", local(eventBridgePort).toString());
        // Lambda runs in UTC
        environment.put("TZ", "UTC");
        this.functionEnvironment = Map.copyOf(environment);
        apiUrl = local(apiPort);
        RuntimeControl control = track(RuntimeControl.start(new RuntimeControl.Mail() {
            @Override
            public Boolean down() {
                return sesDown();
            }

            @Override
            public void down(boolean down) throws IOException, InterruptedException {
                switchSes(down);
            }
        }));
        ChildProcess gateway = track(startGateway(templateFile, parameters, apiPort, environment, standInClasspath,
                ports[4], control.url(), eventBridgePort, options.externalAws == null));

        try (DynamoDbClient dynamoDb = aws.dynamoDbClient()) {
            tables = TemplateResources.createTables(resolver, dynamoDb);
        }
        if (s3Mock != null) {
            HttpProbe.awaitHttp(aws.s3(), STARTUP_TIMEOUT, s3Mock);
        }
        try (S3Client s3 = aws.s3Client()) {
            buckets = TemplateResources.createBuckets(resolver, s3);
        }
        if (ses != null) {
            HttpProbe.awaitHttp(sesUrl.resolve("/health-check"), STARTUP_TIMEOUT, ses);
        }
        HttpProbe.awaitHttp(apiUrl.resolve("/_local/health"), STARTUP_TIMEOUT, gateway);
        runMigrations();
        startWeb(options.webRoot != null ? options.webRoot : root.resolve("web/dist"), webPort);
    }

    /**
     * What config.json carries beyond the API: the Pemda's identity, and its time zone from the functions' own
     * PEMDA_ZONE (the template's PemdaTimeZone), so that the web shows every date and time in the Pemda's zone as
     * the functions count them, not in the browser's (web/scripts/stack-config.mjs does the same in AWS).
     */
    static Map<String, String> webConfig(Map<String, String> identity, Map<String, String> environment) {
        Map<String, String> out = new LinkedHashMap<>(identity);
        String zone = environment.get("PEMDA_ZONE");
        if (zone != null && !zone.isEmpty()) out.put("timeZone", zone);
        return out;
    }

    /**
     * Runs the data migrations as the deploy does (the template's MigrationFunction, here invoked with {@code {}}):
     * a table from an older local run gets them, a fresh one records them as completed.
     */
    private void runMigrations() throws IOException, InterruptedException {
        if (application.functions().stream().noneMatch(f -> f.logicalId().equals("MigrationFunction"))) {
            return;
        }
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(apiUrl.resolve("/_local/functions/MigrationFunction/invocations"))
                        .timeout(STARTUP_TIMEOUT).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.body().contains("\"finished\":true")) {
            throw new IllegalStateException("the data migrations failed: " + answer.statusCode() + " " + answer.body());
        }
        JsonLog.info("runtime", "data migrations run", Map.of("report", answer.body()));
    }

    /** Serves the web build with a config.json pointing at this API, if there is a build (else says how to make one). */
    private void startWeb(Path webRoot, int port) throws IOException {
        if (!Files.isRegularFile(webRoot.resolve("index.html"))) {
            webNote = "not served: no build at " + webRoot + " (cd web && npm ci && npm run build)";
            return;
        }
        String config = WebServer.localConfig(apiUrl, LocalNames.REGION,
                functionEnvironment.getOrDefault("PEMDA_NAME", "Pemerintah Kota Contoh"), webConfig(webIdentity, functionEnvironment));
        WebServer web = track(WebServer.start(webRoot, port, config, workDirectory.resolve("web/config.json")));
        webUrl = web.url();
    }

    /**
     * The gateway's JVM: this JVM's class path without DynamoDB Local's libraries, the functions' environment
     * variables, the JVM's time zone UTC as in Lambda.
     */
    private ChildProcess startGateway(Path templateFile, Map<String, String> parameters, int port,
            Map<String, String> environment, List<Path> standInClasspath, int s3ProxyPort, URI controlUrl,
            int eventBridgePort, boolean enforceIam) throws IOException {
        Set<Path> excluded = new HashSet<>();
        standInClasspath.forEach(entry -> excluded.add(entry.toAbsolutePath().normalize()));
        List<String> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                // absolute: the gateway runs in the work directory, not where this JVM was started
                .map(entry -> entry.endsWith("*") ? Path.of(entry.substring(0, entry.length() - 1)).toAbsolutePath() + File.separator + "*"
                        : Path.of(entry).toAbsolutePath().normalize().toString())
                .filter(entry -> !excluded.contains(Path.of(entry.replace("*", "")).normalize()))
                .toList();
        // the local fault hooks in the functions' Spring contexts: a spring.factories on the gateway's class path
        // alone (in local/target/classes it would also reach S3Mock, a Spring Boot application without this module)
        Path gatewayResources = workDirectory.resolve("gateway-resources");
        Files.createDirectories(gatewayResources.resolve("META-INF"));
        Files.writeString(gatewayResources.resolve("META-INF/spring.factories"),
                "org.springframework.context.ApplicationContextInitializer="
                        + LocalFaultsInitializer.class.getName() + "\n", StandardCharsets.UTF_8);
        List<String> gatewayClasspath = new ArrayList<>(classpath);
        gatewayClasspath.add(gatewayResources.toAbsolutePath().toString());
        // an argument file keeps a long class path off the command line
        Path argumentFile = workDirectory.resolve("gateway-classpath.args");
        Files.writeString(argumentFile, "-cp \"" + String.join(File.pathSeparator, gatewayClasspath)
                .replace("\\", "\\\\") + "\"\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(
                ChildProcess.javaExecutable(), "@" + argumentFile, "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC",
                "-Dsun.net.httpserver.nodelay=true",
                LocalGateway.class.getName(),
                "--template", templateFile.toString(), "--port", String.valueOf(port),
                "--s3-proxy-port", String.valueOf(s3ProxyPort), "--s3-upstream", aws.s3().toString(),
                "--control-url", controlUrl.toString(), "--eventbridge-port", String.valueOf(eventBridgePort)));
        parameters.forEach((name, value) -> command.addAll(List.of("--parameter", name + "=" + value)));
        if (enforceIam) {
            command.add("--iam");
        }
        return ChildProcess.start("gateway", command, workDirectory, environment, null);
    }

    /**
     * Stops the SES emulator, as if the mail service were down (its store is lost with it); the functions'
     * sends then fail as they would against an unreachable SES.
     */
    public synchronized void stopSesEmulator() {
        if (sesEmulator == null) {
            throw new IllegalStateException("no SES emulator runs (external AWS?)");
        }
        sesEmulator.close();
    }

    /** Starts the SES emulator again on its port, empty. */
    public synchronized void startSesEmulator() throws IOException, InterruptedException {
        if (sesEmulator == null || sesEmulator.isAlive()) {
            throw new IllegalStateException("the SES emulator is running or was never started");
        }
        sesEmulator = standIns.startSesEmulator(sesUrl.getPort(), workDirectory);
        HttpProbe.awaitHttp(sesUrl.resolve("/health-check"), STARTUP_TIMEOUT, sesEmulator);
    }

    /** Whether the SES emulator is stopped; null when the runtime started none (external AWS). */
    public synchronized Boolean sesDown() {
        return sesEmulator == null ? null : !sesEmulator.isAlive();
    }

    /** Stops ({@code down}) or starts the SES emulator, unless it already is so ({@code POST /_local/faults/ses}). */
    public synchronized void switchSes(boolean down) throws IOException, InterruptedException {
        if (sesEmulator == null) {
            throw new IllegalStateException("no SES emulator runs (external AWS?)");
        }
        if (down && sesEmulator.isAlive()) {
            stopSesEmulator();
        } else if (!down && !sesEmulator.isAlive()) {
            startSesEmulator();
        }
    }

    /** The environment the functions run with: the template's variables resolved locally, plus the AWS endpoints. */
    public Map<String, String> functionEnvironment() {
        return functionEnvironment;
    }

    public URI apiUrl() {
        return apiUrl;
    }

    /** The web front end (http://localhost:{port}), or null when there was no build to serve. */
    public URI webUrl() {
        return webUrl;
    }

    /**
     * S3 as the functions reach it: the gateway's proxy in front of {@link AwsEndpoints#s3()}, which delivers the
     * template's S3 events; {@code GET /_local/notifications} on it lists the notifications delivered.
     */
    public URI s3ProxyUrl() {
        return s3ProxyUrl;
    }

    /** The SES emulator (web inbox at /, sent mail as JSON at /store), or null when using external endpoints. */
    public URI sesUrl() {
        return sesUrl;
    }

    public AwsEndpoints aws() {
        return aws;
    }

    /** Local names of the template's DynamoDB tables. */
    public List<String> tables() {
        return tables;
    }

    /**
     * The requests IAM refused since the last call (DynamoDB and SES here, S3 in the gateway's proxy), each as
     * "function: action on resource", and forgets them. A journey that passes with a denial hid a missing statement.
     */
    public List<String> takeIamDenials() {
        if (iam == null) {
            return List.of();
        }
        List<String> denials = new ArrayList<>(iam.takeDenials());
        try {
            java.net.http.HttpResponse<String> s3 = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(s3ProxyUrl.resolve("/_local/iam/denials"))
                            .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            for (com.fasterxml.jackson.databind.JsonNode denial : new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(s3.body())) {
                denials.add(denial.asText());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return denials;
    }

    /** Local names of the template's S3 buckets. */
    public List<String> buckets() {
        return buckets;
    }

    /** Stops everything it started, the last started first. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (sesEmulator != null) {
            sesEmulator.close(); // not tracked: it may have been restarted (stopSesEmulator / startSesEmulator)
        }
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                JsonLog.error("local-runtime", "cannot stop a part of the local runtime", Map.of(), e);
            }
        }
    }

    private <T extends AutoCloseable> T track(T resource) {
        started.push(resource);
        return resource;
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty(LOGBACK_CONFIGURATION) == null) {
            System.setProperty(LOGBACK_CONFIGURATION, "id/sikerja/local/runtime-logback.xml");
        }
        LocalRuntime runtime;
        try {
            runtime = start(Options.fromCommandLine(args));
        } catch (IOException | RuntimeException e) {
            System.err.println("The local runtime did not start: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "local-runtime-shutdown"));
        System.out.println(runtime.banner());
        stopped.await();
    }

    private String banner() {
        StringBuilder out = new StringBuilder("\nSi Kerja local runtime\n");
        out.append(String.format("  Web              %s%n", webUrl != null ? webUrl + "  (config.json: " + workDirectory.resolve("web/config.json") + ")" : webNote));
        out.append(String.format("  API              %s%n", apiUrl));
        for (RouteSpec route : application.routes()) {
            out.append(String.format("                     %-32s %s%s%n", route.routeKey(), route.functionId(),
                    route.authorizer() == null ? " (public)" : ""));
        }
        out.append(String.format("  Local sign-in    POST %s/_local/token {\"username\":\"admin\"}%n", apiUrl));
        out.append(String.format("                   users: GET %s/_local/users%n", apiUrl));
        if (sesUrl != null) {
            out.append(String.format("  SES inbox        %s  (sent mail as JSON: GET %s/store)%n", sesUrl, sesUrl));
        }
        out.append(String.format("  S3               %s  buckets %s%n", aws.s3(), buckets));
        out.append(String.format("  S3 for functions %s  (delivers the template's S3 events; GET %s/_local/notifications)%n",
                s3ProxyUrl, s3ProxyUrl));
        out.append(String.format("  DynamoDB         %s  tables %s%n", aws.dynamoDb(), tables));
        out.append(String.format("  Logs             %s%n", workDirectory));
        out.append("ready (Ctrl-C stops everything)");
        return out.toString();
    }

    private static URI local(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The ports, with a free one for each 0; the free ones are found together, so they all differ. */
    private static int[] ports(int... requested) throws IOException {
        int[] ports = requested.clone();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < ports.length; i++) {
                if (ports[i] == 0) {
                    ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    held.add(socket);
                    ports[i] = socket.getLocalPort();
                }
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        return ports;
    }

    /** The nearest directory, from the working directory up, with template.yaml and local/. */
    public static Path findRepositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml")) && Files.isDirectory(dir.resolve("local"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no template.yaml with a local/ beside it above " + Path.of("").toAbsolutePath());
    }
}
