package id.sikerja.users;

import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/** The Spring context of {@link UsersHandler}: explicit bean registration, nothing scanned. */
public final class UsersApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "users";

    @Override
    public void initialize(GenericApplicationContext context) {
        context.registerBean(HttpFunction.class, () -> UsersWiring.function(Env.system()));
        context.registerBean(FUNCTION, FunctionRegistration.class,
                () -> new FunctionRegistration<>(context.getBean(HttpFunction.class), FUNCTION)
                        .type(HttpFunction.TYPE));
    }
}
