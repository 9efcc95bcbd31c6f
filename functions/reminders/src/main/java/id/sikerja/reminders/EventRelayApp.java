package id.sikerja.reminders;

import id.sikerja.api.Env;
import id.sikerja.core.events.EventRelay;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The domain-event sweep's Spring context: every few minutes (the template's schedule) it publishes what the outbox
 * still holds, under the ids the events were written with. This is the guarantee behind the best-effort publication
 * right after each commit: an event the bus did not take then is published by the next sweep.
 */
public final class EventRelayApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "eventRelay";

    @Override
    @SuppressWarnings("rawtypes")
    public void initialize(GenericApplicationContext context) {
        context.registerBean(EventRelay.class, () -> ReminderWiring.eventRelay(Env.system()));
        Function<ReminderTrigger, Map> run = trigger -> {
            EventRelay.Result result = context.getBean(EventRelay.class).sweep();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("published", result.published());
            out.put("failed", result.failed());
            return out;
        };
        context.registerBean(FUNCTION, FunctionRegistration.class, () -> new FunctionRegistration<>(run, FUNCTION)
                .type(ResolvableType.forClassWithGenerics(Function.class, ReminderTrigger.class, Map.class).getType()));
    }
}
