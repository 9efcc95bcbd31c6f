package id.sikerja.reminders;

import id.sikerja.api.Metrics;
import id.sikerja.api.Metrics.Metric;
import id.sikerja.core.reminders.ReminderRun;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The thin consumer of the schedule's events: run the job as of the trigger's instant, count its outcome (EMF
 * metrics: digests sent, failed, unconfirmed, system endings, and the run's completion), answer its report.
 */
final class ReminderEvents {

    private final ReminderJob job;

    ReminderEvents(ReminderJob job) {
        this.job = job;
    }

    Map<String, Object> handle(ReminderTrigger trigger) {
        ReminderRun.Report report = job.run(Optional.ofNullable(trigger).flatMap(ReminderTrigger::asOf));
        Metrics.count(Metric.DigestsSent, null, report.sent());
        Metrics.count(Metric.DigestsFailed, null, report.failed());
        Metrics.count(Metric.DigestsUnconfirmed, null, report.unconfirmed());
        Metrics.count(Metric.SystemEndings, null, report.expired().size());
        // last: the alarm "the daily run did not happen or failed" watches for this one
        Metrics.count(Metric.ReminderRunCompleted);
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
