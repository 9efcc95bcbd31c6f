package id.sikerja.reads;

import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/** The Spring context of {@link OfficerReadsHandler}: explicit bean registration, nothing scanned. */
public final class OfficerReadsApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "officer-reads";

    @Override
    public void initialize(GenericApplicationContext context) {
        context.registerBean(HttpFunction.class, () -> ReadsWiring.officers(Env.system()));
        context.registerBean(FUNCTION, FunctionRegistration.class,
                () -> new FunctionRegistration<>(context.getBean(HttpFunction.class), FUNCTION)
                        .type(HttpFunction.TYPE));
    }
}
