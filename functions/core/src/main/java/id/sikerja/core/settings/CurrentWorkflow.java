package id.sikerja.core.settings;

import id.sikerja.core.time.HolidayCalendar;
import id.sikerja.core.workflow.Workflow;
import id.sikerja.core.workflow.WorkflowSettings;

import java.util.function.Supplier;

/**
 * The workflow engine with the holiday list admins maintain: rebuilt only when the (cached) calendar
 * changes, so every function counts working days from the same, current list.
 */
public final class CurrentWorkflow implements Supplier<Workflow> {

    private final WorkflowSettings settings;
    private final HolidaySettings holidays;
    private volatile Workflow last;

    public CurrentWorkflow(WorkflowSettings settings, HolidaySettings holidays) {
        this.settings = settings;
        this.holidays = holidays;
    }

    @Override
    public Workflow get() {
        HolidayCalendar calendar = holidays.calendar();
        Workflow w = last;
        if (w == null || w.calendar() != calendar) {
            w = new Workflow(settings, calendar);
            last = w;
        }
        return w;
    }
}
