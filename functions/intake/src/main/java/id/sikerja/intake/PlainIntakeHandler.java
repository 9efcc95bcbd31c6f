package id.sikerja.intake;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;

/**
 * The same intake function as a plain {@link RequestHandler}, without Spring: the baseline of the cold-start
 * benchmark (and a drop-in handler should the Spring entry point ever be dropped).
 */
public final class PlainIntakeHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final HttpFunction function = IntakeWiring.function(Env.system());

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return function.apply(event);
    }
}
