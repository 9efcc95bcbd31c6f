package id.sikerja.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.SpringFunctionHandler;

import java.util.Set;

/** Lambda handler of the reports function: {@code id.sikerja.reports.ReportsFunction::handleRequest}. */
public final class ReportsFunction extends SpringFunctionHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** The route keys this handler serves, for the wiring check against template.yaml. */
    public static final Set<String> ROUTES = ReportsRoutes.ROUTES;

    public ReportsFunction() {
        super(ReportsApp.class, ReportsApp.FUNCTION, APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
    }
}
