package id.sikerja.reminders;

import id.sikerja.core.reminders.ReminderRun;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The thin consumer of the schedule's events: run the job as of the trigger's instant, answer its report. */
final class ReminderEvents {

    private final ReminderJob job;

    ReminderEvents(ReminderJob job) {
        this.job = job;
    }

    Map<String, Object> handle(ReminderTrigger trigger) {
        ReminderRun.Report report = job.run(Optional.ofNullable(trigger).flatMap(ReminderTrigger::asOf));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", report.day().toString());
        out.put("dueRead", report.dueRead());
        out.put("recorded", report.recorded());
        out.put("sent", report.sent());
        out.put("failed", report.failed());
        out.put("expired", report.expired());
        return out;
    }
}
