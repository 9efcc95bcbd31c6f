package id.sikerja.documents;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.SpringFunctionHandler;

import java.util.Set;

/** Lambda handler of the documents HTTP function: {@code id.sikerja.documents.DocumentsHandler::handleRequest}. */
public final class DocumentsHandler extends SpringFunctionHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** The route keys this handler serves, for the wiring check against template.yaml. */
    public static final Set<String> ROUTES = DocumentsRoutes.ROUTES;

    public DocumentsHandler() {
        super(DocumentsApp.class, DocumentsApp.FUNCTION, APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
    }
}
