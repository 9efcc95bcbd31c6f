package id.sikerja.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Before SnapStart's snapshot a handler runs its hot path through the real Spring function and serialisers, without
 * reaching any route's work (which would call DynamoDB, S3 or SES); afterwards it serves requests as before.
 */
class SnapStartPrimingTest {

    /** Counts how often a route's work ran: priming must never get there. */
    static final AtomicInteger ROUTE_CALLS = new AtomicInteger();
    /** Counts the requests the function answered. */
    static final AtomicInteger ANSWERED = new AtomicInteger();

    public static final class App implements ApplicationContextInitializer<GenericApplicationContext> {
        @Override
        public void initialize(GenericApplicationContext context) {
            HttpFunction http = new HttpFunction(Map.of("GET /things", request -> {
                ROUTE_CALLS.incrementAndGet();
                APIGatewayV2HTTPResponse r = new APIGatewayV2HTTPResponse();
                r.setStatusCode(200);
                r.setBody("{}");
                return r;
            }));
            java.util.function.Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> counted = event -> {
                ANSWERED.incrementAndGet();
                return http.apply(event);
            };
            context.registerBean("things", FunctionRegistration.class,
                    () -> new FunctionRegistration<>(counted, "things").type(HttpFunction.TYPE));
        }
    }

    static final class Handler extends SpringFunctionHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
        Handler() {
            super(App.class, "things", APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
        }
    }

    @Test
    void primingAnswersThroughTheFunctionButNeverRunsARoutesWork() throws Exception {
        Handler handler = new Handler();
        handler.beforeCheckpoint(null);
        assertEquals(SpringFunctionHandler.PRIMING_ROUNDS, ANSWERED.get(), "the real function answered each round");
        assertEquals(0, ROUTE_CALLS.get(), "no route's work: nothing external is called before the snapshot");
        handler.afterRestore(null);

        String event = SpringFunctionHandler.PRIMING_HTTP_EVENT.replace("POST /_snapstart/priming", "GET /things");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"statusCode\":200"), out.toString());
        assertEquals(1, ROUTE_CALLS.get(), "after the restore requests are served as before");
    }

    @Test
    void thePrimingRequestIsAValidApiGatewayEventAnsweredWithAProblem() {
        HttpFunction http = new HttpFunction(Map.of());
        APIGatewayV2HTTPEvent event = com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers
                .serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader())
                .fromJson(SpringFunctionHandler.PRIMING_HTTP_EVENT);
        assertEquals("POST", event.getRequestContext().getHttp().getMethod());
        assertTrue(event.getBody().contains("priming"), event.getBody());
        APIGatewayV2HTTPResponse response = http.apply(event);
        assertEquals(404, response.getStatusCode());
        assertTrue(response.getHeaders().get("Content-Type").startsWith("application/problem+json"));
    }
}
