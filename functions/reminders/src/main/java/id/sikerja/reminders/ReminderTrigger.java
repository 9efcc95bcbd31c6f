package id.sikerja.reminders;

import java.time.Instant;
import java.util.Optional;

/**
 * The scheduled run's event: the template's Input ({@code {"schedule":"daily-reminders"}}), as EventBridge
 * Scheduler sends it, with an optional {@code now} (ISO instant) to run as of that instant (a missed day re-run,
 * or a test's clock). A bean, as the Lambda runtime's serializer reads events.
 */
public final class ReminderTrigger {

    private String schedule;
    private String now;

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public String getNow() {
        return now;
    }

    public void setNow(String now) {
        this.now = now;
    }

    /** The instant to run as of; empty: the invocation's time. */
    Optional<Instant> asOf() {
        return Optional.ofNullable(now).filter(s -> !s.isBlank()).map(Instant::parse);
    }
}
