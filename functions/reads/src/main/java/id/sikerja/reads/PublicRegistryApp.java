package id.sikerja.reads;

import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/** The Spring context of {@link PublicRegistryHandler}: explicit bean registration, nothing scanned. */
public final class PublicRegistryApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "public-registry";

    @Override
    public void initialize(GenericApplicationContext context) {
        context.registerBean(HttpFunction.class, () -> ReadsWiring.registry(Env.system()));
        context.registerBean(FUNCTION, FunctionRegistration.class,
                () -> new FunctionRegistration<>(context.getBean(HttpFunction.class), FUNCTION)
                        .type(HttpFunction.TYPE));
    }
}
