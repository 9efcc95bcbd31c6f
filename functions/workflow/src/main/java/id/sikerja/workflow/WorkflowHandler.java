package id.sikerja.workflow;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.SpringFunctionHandler;

import java.util.Set;

/** Lambda handler of the workflow function: {@code id.sikerja.workflow.WorkflowHandler::handleRequest}. */
public final class WorkflowHandler extends SpringFunctionHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** The route keys this handler serves, for the wiring check against template.yaml. */
    public static final Set<String> ROUTES = WorkflowRoutes.ALL_ROUTES;

    public WorkflowHandler() {
        super(WorkflowApp.class, WorkflowApp.FUNCTION, APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
    }
}
