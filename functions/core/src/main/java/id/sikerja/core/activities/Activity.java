package id.sikerja.core.activities;

import id.sikerja.core.workflow.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An implementation activity of a case (domain.md §9), stored beside the case with its own {@code version}: every
 * change (correction, verification, return) is conditional on the version the caller saw.
 *
 * @param submitterId   who recorded it (an officer's id, or the case id for the partner)
 * @param submitterRole the role that recorded it: only that side corrects it
 * @param returnReason  the reason of the latest return, while RETURNED
 * @param history       every step, oldest first
 */
public record Activity(String caseId, String id, long version, ActivityDraft draft, ActivityStatus status,
                       String submitterId, Role submitterRole, Instant submittedAt, Optional<String> returnReason,
                       Optional<Instant> verifiedAt, List<ActivityEvent> history) {

    public Activity {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submitterId, "submitterId");
        Objects.requireNonNull(submitterRole, "submitterRole");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(returnReason, "returnReason");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        history = List.copyOf(history);
    }

    public boolean verified() {
        return status == ActivityStatus.VERIFIED;
    }

    /** The last day of the activity (its day, or the end of its period). */
    public LocalDate lastDay() {
        return draft.endDate();
    }

    /** Whether the activity took place (wholly or partly) between {@code from} and {@code to}, both inclusive. */
    public boolean within(LocalDate from, LocalDate to) {
        return !draft.endDate().isBefore(from) && !draft.startDate().isAfter(to);
    }
}
