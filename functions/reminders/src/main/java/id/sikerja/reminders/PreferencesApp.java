package id.sikerja.reminders;

import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/** The digest-preferences function's Spring context. */
public final class PreferencesApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "digestPreferences";

    @Override
    public void initialize(GenericApplicationContext context) {
        context.registerBean(HttpFunction.class, () -> ReminderWiring.preferences(Env.system()).function());
        context.registerBean(FUNCTION, FunctionRegistration.class,
                () -> new FunctionRegistration<>(context.getBean(HttpFunction.class), FUNCTION).type(HttpFunction.TYPE));
    }
}
