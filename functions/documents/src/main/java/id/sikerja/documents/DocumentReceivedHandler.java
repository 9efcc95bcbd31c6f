package id.sikerja.documents;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import id.sikerja.api.SpringFunctionHandler;

import java.util.Map;

/**
 * Lambda handler of the S3 notifications on {@code incoming/}:
 * {@code id.sikerja.documents.DocumentReceivedHandler::handleRequest}. It serves no HTTP routes (no {@code ROUTES}).
 */
@SuppressWarnings("rawtypes")
public final class DocumentReceivedHandler extends SpringFunctionHandler<S3Event, Map> {

    public DocumentReceivedHandler() {
        super(DocumentReceivedApp.class, DocumentReceivedApp.FUNCTION, S3Event.class, Map.class);
    }
}
