package id.sikerja.reminders;

import id.sikerja.api.SpringFunctionHandler;

import java.util.Map;

/**
 * Lambda handler of the domain-event sweep: {@code id.sikerja.reminders.EventRelayHandler::handleRequest}, run by
 * EventBridge Scheduler (input {@code {"schedule":"event-sweep"}}); answers {@code {published, failed}}.
 */
@SuppressWarnings("rawtypes")
public final class EventRelayHandler extends SpringFunctionHandler<ReminderTrigger, Map> {

    public EventRelayHandler() {
        super(EventRelayApp.class, EventRelayApp.FUNCTION, ReminderTrigger.class, Map.class);
    }
}
