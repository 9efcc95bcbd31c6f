package id.sikerja.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** One route of a function, e.g. "POST /proposals". */
@FunctionalInterface
public interface Route {
    APIGatewayV2HTTPResponse handle(HttpRequest request);
}
