package id.sikerja.local.template;

/**
 * A function's {@code Type: ScheduleV2} event: EventBridge Scheduler invokes the function with {@code input}
 * (the event's {@code Input}, JSON) on {@code expression} in {@code timezone}. Locally nothing runs on a clock:
 * {@code POST /_local/schedules/{function}/{event}} runs it now.
 */
public record ScheduleSpec(String functionId, String eventId, String expression, String timezone, String input) {
}
