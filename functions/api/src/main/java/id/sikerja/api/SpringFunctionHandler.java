package id.sikerja.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import org.springframework.cloud.function.adapter.aws.AWSCompanionAutoConfiguration;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.messaging.Message;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Lambda entry point of a Spring Cloud Function: boots a functional Spring context from an explicit
 * initializer (no classpath scanning, no main-class discovery through manifests), looks the function up in
 * the catalog once, and hands each event to it through the AWS adapter's conversions.
 *
 * <p>Each function's handler is a subclass naming its initializer and function, so one JVM (the local
 * gateway) can host several functions; the context is built once per initializer and shared by the handler
 * instances of a container.
 */
public abstract class SpringFunctionHandler implements RequestStreamHandler {

    private static final Map<Class<?>, Booted> CONTEXTS = new ConcurrentHashMap<>();
    private static final String[] PROPERTIES = {
            "--spring.main.web-application-type=none",
            "--spring.main.banner-mode=off",
            "--spring.main.log-startup-info=false",
            "--spring.cloud.function.web.export.enabled=false",
            // The adapter logs whole events at INFO: they hold personal data and tokens.
            "--logging.level.root=WARN",
            "--logging.level.org.springframework.cloud.function=ERROR",
            "--logging.structured.format.console=ecs"};

    private final Booted booted;

    protected SpringFunctionHandler(Class<? extends ApplicationContextInitializer<GenericApplicationContext>> initializer,
                                    String functionName) {
        this.booted = CONTEXTS.computeIfAbsent(initializer, type -> boot(type, functionName));
    }

    private static Booted boot(Class<?> initializer, String functionName) {
        ConfigurableApplicationContext context = FunctionalSpringApplication.run(
                new Class<?>[] {initializer, AWSCompanionAutoConfiguration.class}, PROPERTIES);
        FunctionInvocationWrapper function = context.getBean(FunctionCatalog.class).lookup(functionName, "application/json");
        if (function == null) {
            throw new IllegalStateException("no function " + functionName + " registered by " + initializer.getName());
        }
        return new Booted(function, context.getBean(JsonMapper.class));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Message<?> request = AWSLambdaUtils.generateMessage(input, booted.function.getInputType(),
                booted.function.isSupplier(), booted.mapper, context);
        Object response = booted.function.apply(request);
        output.write(AWSLambdaUtils.generateOutputFromObject(request, response, booted.mapper,
                booted.function.getOutputType()));
    }

    private record Booted(FunctionInvocationWrapper function, JsonMapper mapper) {
    }
}
