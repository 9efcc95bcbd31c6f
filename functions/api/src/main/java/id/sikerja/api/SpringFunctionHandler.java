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

import java.io.InputStream;
import java.io.OutputStream;
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
 * @param <I> the event type (e.g. APIGatewayV2HTTPEvent)
 * @param <O> the result type
 */
public abstract class SpringFunctionHandler<I, O> implements RequestStreamHandler {

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

    protected SpringFunctionHandler(Class<? extends ApplicationContextInitializer<GenericApplicationContext>> initializer,
                                    String functionName, Class<I> eventType, Class<O> resultType) {
        this.function = FUNCTIONS.computeIfAbsent(initializer, type -> boot(type, functionName));
        ClassLoader loader = getClass().getClassLoader();
        this.in = LambdaEventSerializers.serializerFor(eventType, loader);
        this.out = LambdaEventSerializers.serializerFor(resultType, loader);
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
