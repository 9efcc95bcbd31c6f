package id.sikerja.documents;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import id.sikerja.api.Env;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;

import java.util.Map;
import java.util.function.Function;

/**
 * The document-received function's Spring context: explicit registration, nothing scanned. What the function does
 * with each S3 notification is {@link DocumentReceivedEvents}'.
 */
public final class DocumentReceivedApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "document-received";

    @Override
    @SuppressWarnings("rawtypes")
    public void initialize(GenericApplicationContext context) {
        context.registerBean(DocumentReceivedEvents.class,
                () -> new DocumentReceivedEvents(DocumentsWiring.reception(Env.system()),
                        DocumentsWiring.potentialUploads(Env.system())));
        Function<S3Event, Map> receive = event -> context.getBean(DocumentReceivedEvents.class).handle(event);
        context.registerBean(FUNCTION, FunctionRegistration.class, () -> new FunctionRegistration<>(receive, FUNCTION)
                .type(ResolvableType.forClassWithGenerics(Function.class, S3Event.class, Map.class).getType()));
    }
}
