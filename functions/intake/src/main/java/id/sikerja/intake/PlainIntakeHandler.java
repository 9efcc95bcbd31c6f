package id.sikerja.intake;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The same intake function without Spring: the events are (de)serialized by the library the Lambda runtime
 * itself uses for event types, and the same {@link HttpFunction} answers. It is the baseline of the
 * cold-start benchmark, and a drop-in handler should the Spring entry point ever be dropped.
 */
public final class PlainIntakeHandler implements RequestStreamHandler {

    private static final ClassLoader LOADER = PlainIntakeHandler.class.getClassLoader();
    private final PojoSerializer<APIGatewayV2HTTPEvent> in =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, LOADER);
    private final PojoSerializer<APIGatewayV2HTTPResponse> out =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPResponse.class, LOADER);
    private final HttpFunction function = IntakeWiring.function(Env.system());

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        out.toJson(function.apply(in.fromJson(input)), output);
    }
}
