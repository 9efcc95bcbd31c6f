package id.sikerja.users;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.SpringFunctionHandler;

import java.util.Set;

/** Lambda handler of the officers' accounts: {@code id.sikerja.users.UsersHandler::handleRequest}. */
public final class UsersHandler extends SpringFunctionHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** The route keys this handler serves, for the wiring check against template.yaml. */
    public static final Set<String> ROUTES = UsersRoutes.ROUTES;

    public UsersHandler() {
        super(UsersApp.class, UsersApp.FUNCTION, APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
    }
}
