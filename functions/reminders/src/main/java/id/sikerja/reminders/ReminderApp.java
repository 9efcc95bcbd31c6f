package id.sikerja.reminders;

import id.sikerja.api.Env;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The scheduled reminders function's Spring context: explicit registration, nothing scanned. */
public final class ReminderApp implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION = "reminders";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void initialize(GenericApplicationContext context) {
        context.registerBean(ReminderJob.class, () -> ReminderWiring.job(Env.system()));
        Function<Map, Map> run = trigger -> {
            Object now = trigger == null ? null : trigger.get("now");
            var report = context.getBean(ReminderJob.class).run(Optional.ofNullable(now).map(String::valueOf).map(Instant::parse));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("day", report.day().toString());
            out.put("dueRead", report.dueRead());
            out.put("recorded", report.recorded());
            out.put("sent", report.sent());
            out.put("failed", report.failed());
            out.put("expired", report.expired());
            return out;
        };
        context.registerBean(FUNCTION, FunctionRegistration.class, () -> new FunctionRegistration<>(run, FUNCTION)
                .type(ResolvableType.forClassWithGenerics(Function.class, Map.class, Map.class).getType()));
    }
}
