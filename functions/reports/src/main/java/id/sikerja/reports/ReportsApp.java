package id.sikerja.reports;

import id.sikerja.adapters.dynamo.ImportFaultHook;
import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The reports function's Spring context: explicit bean registration, nothing scanned.
 *
 * <p>An {@link ImportFaultHook} bean, if some other initializer registered one, is injected into the import: only
 * the local runtime does (a {@code spring.factories} on its gateway's class path alone), to rehearse a failing
 * import. In Lambda nothing registers one and the import runs with {@link ImportFaultHook#NONE}.
 */
public final class ReportsApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "reports";

    @Override
    public void initialize(GenericApplicationContext context) {
        context.registerBean(HttpFunction.class, () -> ReportsWiring.function(Env.system(),
                context.getBeanProvider(ImportFaultHook.class).getIfAvailable(() -> ImportFaultHook.NONE)));
        context.registerBean(FUNCTION, FunctionRegistration.class,
                () -> new FunctionRegistration<>(context.getBean(HttpFunction.class), FUNCTION)
                        .type(HttpFunction.TYPE));
    }
}
