package id.sikerja.reminders;

import id.sikerja.api.SpringFunctionHandler;

import java.util.Map;

/**
 * Lambda handler of the daily schedule: {@code id.sikerja.reminders.ReminderScheduleHandler::handleRequest}.
 * EventBridge Scheduler sends the template's Input ({@link ReminderTrigger}); an optional {@code "now"} (ISO instant) runs the job as of
 * that instant, to re-run a missed day or, locally, to test with a set clock.
 */
@SuppressWarnings("rawtypes")
public final class ReminderScheduleHandler extends SpringFunctionHandler<ReminderTrigger, Map> {

    public ReminderScheduleHandler() {
        super(ReminderApp.class, ReminderApp.FUNCTION, ReminderTrigger.class, Map.class);
    }
}
