package id.sikerja.reminders;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.SpringFunctionHandler;

import java.util.Set;

/** Lambda handler of the officers' digest preferences: {@code id.sikerja.reminders.PreferencesHandler::handleRequest}. */
public final class PreferencesHandler extends SpringFunctionHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** The route keys this handler serves, for the wiring check against template.yaml. */
    public static final Set<String> ROUTES = DigestPreferenceRoutes.ROUTES;

    public PreferencesHandler() {
        super(PreferencesApp.class, PreferencesApp.FUNCTION, APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
    }
}
