package id.sikerja.documents;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import id.sikerja.api.Env;
import id.sikerja.api.JsonLog;
import id.sikerja.core.documents.DocumentReception;
import id.sikerja.core.documents.DocumentReception.Outcome;
import id.sikerja.core.documents.Upload;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The document-received function's Spring context: explicit registration, nothing scanned. Its function takes an
 * S3 notification ({@code ObjectCreated} or {@code ObjectTagging} under {@code incoming/}) and hands each record's
 * object to {@link DocumentReception}; it answers how many records ended how. A failure (storage unreachable)
 * fails the invocation, and Lambda retries the event.
 */
public final class DocumentReceivedApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "document-received";
    private static final JsonLog LOG = JsonLog.get(DocumentReceivedApp.class);

    @Override
    @SuppressWarnings("rawtypes")
    public void initialize(GenericApplicationContext context) {
        context.registerBean(DocumentReception.class, () -> DocumentsWiring.reception(Env.system()));
        Function<S3Event, Map> receive = event -> receive(context.getBean(DocumentReception.class), event);
        context.registerBean(FUNCTION, FunctionRegistration.class, () -> new FunctionRegistration<>(receive, FUNCTION)
                .type(ResolvableType.forClassWithGenerics(Function.class, S3Event.class, Map.class).getType()));
    }

    private static Map<String, Integer> receive(DocumentReception reception, S3Event event) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (S3EventNotificationRecord record : event.getRecords()) {
            var object = record.getS3().getObject();
            Outcome outcome = reception.receive(object.getUrlDecodedKey(), Optional.ofNullable(object.getVersionId()));
            log(record, outcome);
            outcomes.merge(outcome.getClass().getSimpleName(), 1, Integer::sum);
        }
        return outcomes;
    }

    /** One line per record: ids, codes and sizes only (no file names, no URLs). */
    private static void log(S3EventNotificationRecord record, Outcome outcome) {
        Upload upload = null;
        if (outcome instanceof Outcome.Registered r) {
            upload = r.upload();
        } else if (outcome instanceof Outcome.Rejected r) {
            upload = r.upload();
        } else if (outcome instanceof Outcome.AwaitingScan r) {
            upload = r.upload();
        } else if (outcome instanceof Outcome.AlreadyDecided r) {
            upload = r.upload();
        }
        if (upload == null) {
            LOG.warn("object ignored", "event", record.getEventName(), "key", record.getS3().getObject().getUrlDecodedKey(),
                    "reason", ((Outcome.Ignored) outcome).reason());
            return;
        }
        LOG.info("upload " + outcome.getClass().getSimpleName(), "event", record.getEventName(),
                "documentId", upload.documentId(), "caseId", upload.caseId().orElse(null), "type", upload.type().name(),
                "status", upload.status().name(), "version", upload.version().orElse(null),
                "rejection", upload.rejection().map(Upload.Rejection::code).orElse(null));
    }
}
