package id.sikerja.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import id.sikerja.core.workflow.ProcessDefinitions;
import org.crac.Core;
import org.crac.Resource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Lambda entry point of a Spring Cloud Function: boots a functional Spring context from an explicit
 * initializer (no classpath scanning, no main-class discovery through manifests), looks the function up in
 * the catalog once, and hands it each event.
 *
 * <p>Events are read and written with {@code aws-lambda-java-serialization}, exactly as the Lambda runtime
 * does for typed handlers. The AWS adapter's own message conversion is deliberately not used for HTTP events:
 * it treats a JSON-array request body as a collection of payloads and copies every client header into the
 * message headers, which an API that takes arbitrary client input must not do.
 *
 * <p>Each function's handler is a subclass naming its initializer and function, so one JVM (the local
 * gateway) can host several functions; the context is built once per initializer and shared by the handler
 * instances of a container.
 *
 * <p><b>SnapStart priming.</b> Each handler registers itself with the CRaC global context ({@code org.crac}, which
 * Lambda SnapStart honours): before the snapshot of an initialised published version ({@link #beforeCheckpoint}) it
 * runs its hot path a few times against no external service — an HTTP function answers a request for a route it does
 * not serve (event deserialisation, the Spring function, request parsing, logging, a problem document written by
 * Jackson, the response serialisation), any function reads a representative event and the process table is loaded —
 * so that the classes are loaded and compiled in the snapshot rather than on the first request after a restore.
 * Nothing reaches the network: no DynamoDB, S3, SES or EventBridge call. After the restore ({@link #afterRestore})
 * nothing cached in the snapshot needs reading again: the contexts hold no data read from the table (caches such as
 * the holiday list expire by time and are first filled by a request).
 *
 * @param <I> the event type (e.g. APIGatewayV2HTTPEvent)
 * @param <O> the result type
 */
public abstract class SpringFunctionHandler<I, O> implements RequestStreamHandler, Resource {

    private static final JsonLog LOG = JsonLog.get(SpringFunctionHandler.class);
    /** Times the hot path runs before the snapshot: enough for the JIT to compile what the first request uses. */
    static final int PRIMING_ROUNDS = 20;
    /** An API Gateway (payload 2.0) request for a route no function serves: answered 404 without any storage. */
    static final String PRIMING_HTTP_EVENT = """
            {"version":"2.0","routeKey":"POST /_snapstart/priming","rawPath":"/_snapstart/priming","rawQueryString":"a=1",
             "headers":{"content-type":"application/json","accept-language":"id,en;q=0.8","user-agent":"snapstart-priming",
             "x-correlation-id":"snapstart-priming"},
             "queryStringParameters":{"a":"1"},
             "requestContext":{"accountId":"000000000000","apiId":"priming","domainName":"localhost","domainPrefix":"localhost",
              "http":{"method":"POST","path":"/_snapstart/priming","protocol":"HTTP/1.1","sourceIp":"127.0.0.1",
              "userAgent":"snapstart-priming"},"requestId":"snapstart-priming","routeKey":"POST /_snapstart/priming",
              "stage":"$default","time":"06/Dec/2026:00:00:00 +0000","timeEpoch":1796515200000},
             "body":"{\\"title\\":\\"priming\\",\\"durationMonths\\":12,\\"departments\\":[\\"DINKES\\"]}",
             "isBase64Encoded":false}
            """;

    private static final Map<Class<?>, FunctionInvocationWrapper> FUNCTIONS = new ConcurrentHashMap<>();
    private static final String[] PROPERTIES = {
            "--spring.main.web-application-type=none",
            "--spring.main.banner-mode=off",
            "--spring.main.log-startup-info=false",
            "--spring.cloud.function.web.export.enabled=false",
            "--logging.level.root=WARN",
            "--logging.level.org.springframework.cloud.function=ERROR",
            "--logging.structured.format.console=ecs"};

    private final FunctionInvocationWrapper function;
    /** One handler instance per execution environment: its first invocation is the cold start. */
    private boolean invoked;
    private final PojoSerializer<I> in;
    private final PojoSerializer<O> out;
    private final Class<I> eventType;

    protected SpringFunctionHandler(Class<? extends ApplicationContextInitializer<GenericApplicationContext>> initializer,
                                    String functionName, Class<I> eventType, Class<O> resultType) {
        this.function = FUNCTIONS.computeIfAbsent(initializer, type -> boot(type, functionName));
        ClassLoader loader = getClass().getClassLoader();
        this.in = LambdaEventSerializers.serializerFor(eventType, loader);
        this.out = LambdaEventSerializers.serializerFor(resultType, loader);
        this.eventType = eventType;
        // held by the Lambda runtime (the handler instance), primed before SnapStart's snapshot
        Core.getGlobalContext().register(this);
    }

    /**
     * SnapStart is about to snapshot this initialised instance: run the hot path now ({@link #prime}). A failure is
     * logged and does not stop the snapshot (the function then only starts slower).
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        try {
            long started = System.nanoTime();
            int answered = prime();
            LOG.info("primed before the snapshot", "rounds", PRIMING_ROUNDS, "invocations", answered,
                    "ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("priming failed; the first request will load what it needs", "error", e.getClass().getName());
        }
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        LOG.info("restored from the snapshot");
    }

    /**
     * Runs the function's hot path without any external service: the process table; an HTTP function answers
     * {@link #PRIMING_HTTP_EVENT} (a route it does not serve: 404, no storage); another reads its event type.
     *
     * @return how many requests the function answered
     */
    protected int prime() {
        ProcessDefinitions.tables().values().forEach(table -> table.describe());
        int answered = 0;
        for (int round = 0; round < PRIMING_ROUNDS; round++) {
            if (eventType == APIGatewayV2HTTPEvent.class) {
                handleRequest(new ByteArrayInputStream(PRIMING_HTTP_EVENT.getBytes(StandardCharsets.UTF_8)),
                        OutputStream.nullOutputStream(), null);
                answered++;
            } else {
                in.fromJson(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
            }
        }
        return answered;
    }

    private static FunctionInvocationWrapper boot(Class<?> initializer, String functionName) {
        ConfigurableApplicationContext context = FunctionalSpringApplication.run(new Class<?>[] {initializer}, PROPERTIES);
        // No content type: the catalog hands back the function's own result, unconverted.
        FunctionInvocationWrapper function = context.getBean(FunctionCatalog.class).lookup(functionName);
        if (function == null) {
            throw new IllegalStateException("no function " + functionName + " registered by " + initializer.getName());
        }
        return function;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        JsonLog.invocation(context == null ? null : context.getFunctionName(),
                context == null ? null : context.getAwsRequestId(), !invoked);
        invoked = true;
        try {
            out.toJson((O) function.apply(in.fromJson(input)), output);
        } finally {
            JsonLog.invocation(null, null, false);
        }
    }
}
