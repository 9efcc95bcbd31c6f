package id.sikerja.core.activities;

import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.TimeLimit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * "Berjalan tanpa kegiatan" (issue 18, domain.md §9): a running agreement whose "no verified activity" due date
 * ({@link DueDateKind#NO_VERIFIED_ACTIVITY}, {@link TimeLimit#ACTIVITY_GAP} after its latest verified activity or
 * the start of implementation) has come. Read from the due dates stored with each case (its summary, the due-date
 * index): never a scan.
 */
public final class RunningWithoutActivity {

    private RunningWithoutActivity() {
    }

    /**
     * The day the flag went up, when it is up as of {@code today}: the day after the due date (the last day of the
     * months that passed without a verified activity); empty when it is not up.
     */
    public static Optional<LocalDate> flaggedOn(Collection<DueDate> dueDates, LocalDate today) {
        return dueDates.stream().filter(d -> d.kind() == DueDateKind.NO_VERIFIED_ACTIVITY && d.date().isBefore(today))
                .map(d -> d.date().plusDays(1)).findFirst();
    }
}
