package id.sikerja.reminders;

import id.sikerja.api.Env;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;

import java.util.Map;
import java.util.function.Function;

/**
 * The scheduled reminders function's Spring context: explicit registration, nothing scanned. What the function
 * does is {@link ReminderEvents}'.
 */
public final class ReminderApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "reminders";

    @Override
    @SuppressWarnings("rawtypes")
    public void initialize(GenericApplicationContext context) {
        context.registerBean(ReminderEvents.class, () -> new ReminderEvents(ReminderWiring.job(Env.system())));
        Function<ReminderTrigger, Map> run = trigger -> context.getBean(ReminderEvents.class).handle(trigger);
        context.registerBean(FUNCTION, FunctionRegistration.class, () -> new FunctionRegistration<>(run, FUNCTION)
                .type(ResolvableType.forClassWithGenerics(Function.class, ReminderTrigger.class, Map.class).getType()));
    }
}
