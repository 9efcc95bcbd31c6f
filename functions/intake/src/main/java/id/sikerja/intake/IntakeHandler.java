package id.sikerja.intake;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.SpringFunctionHandler;

/** Lambda handler of the intake function: {@code id.sikerja.intake.IntakeHandler::handleRequest}. */
public final class IntakeHandler extends SpringFunctionHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** The route keys this handler serves, for the wiring check against template.yaml. */
    public static final java.util.Set<String> ROUTES = IntakeRoutes.ROUTES;

    public IntakeHandler() {
        super(IntakeApp.class, IntakeApp.FUNCTION, APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
    }
}
