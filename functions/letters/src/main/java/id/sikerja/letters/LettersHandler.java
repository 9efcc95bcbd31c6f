package id.sikerja.letters;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.SpringFunctionHandler;
import id.sikerja.core.letters.LetterFields;
import id.sikerja.core.workflow.LetterTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Lambda handler of the letters function: {@code id.sikerja.letters.LettersHandler::handleRequest}. Before
 * SnapStart's snapshot it also renders every shipped template once with sample data (no storage), so that POI,
 * poi-tl and XMLBeans are loaded and compiled in the snapshot rather than on the first letter.
 */
public final class LettersHandler extends SpringFunctionHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** The route keys this handler serves, for the wiring check against template.yaml. */
    public static final Set<String> ROUTES = LettersRoutes.ROUTES;

    public LettersHandler() {
        super(LettersApp.class, LettersApp.FUNCTION, APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
    }

    @Override
    protected int prime() {
        int answered = super.prime();
        primeRendering();
        return answered;
    }

    /** Renders each shipped template with every placeholder filled; returns the bytes written. */
    static long primeRendering() {
        PoiTlRenderer renderer = new PoiTlRenderer();
        Map<String, String> sample = new HashMap<>();
        LetterFields.names().forEach(n -> sample.put(n, "contoh"));
        long bytes = 0;
        for (LetterTemplate t : LetterTemplate.values()) {
            bytes += renderer.render(ShippedTemplates.docx(t), sample).length;
        }
        return bytes;
    }
}
