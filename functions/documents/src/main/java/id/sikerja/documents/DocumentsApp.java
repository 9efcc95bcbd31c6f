package id.sikerja.documents;

import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/** The documents HTTP function's Spring context: explicit bean registration, nothing scanned. */
public final class DocumentsApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "documents";

    @Override
    public void initialize(GenericApplicationContext context) {
        context.registerBean(HttpFunction.class, () -> DocumentsWiring.function(Env.system()));
        context.registerBean(FUNCTION, FunctionRegistration.class,
                () -> new FunctionRegistration<>(context.getBean(HttpFunction.class), FUNCTION)
                        .type(HttpFunction.TYPE));
    }
}
