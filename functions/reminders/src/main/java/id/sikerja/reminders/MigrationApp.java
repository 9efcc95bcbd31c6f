package id.sikerja.reminders;

import id.sikerja.api.Env;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;

import java.util.Map;
import java.util.function.Function;

/** The data-migration function's Spring context: explicit registration, nothing scanned ({@link MigrationEvents}). */
public final class MigrationApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "migrations";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void initialize(GenericApplicationContext context) {
        context.registerBean(MigrationEvents.class, () -> new MigrationEvents(() -> ReminderWiring.migrations(Env.system())));
        Function<Map, Map> run = event -> context.getBean(MigrationEvents.class).handle(event);
        context.registerBean(FUNCTION, FunctionRegistration.class, () -> new FunctionRegistration<>(run, FUNCTION)
                .type(ResolvableType.forClassWithGenerics(Function.class, Map.class, Map.class).getType()));
    }
}
