package id.sikerja.core.activities;

import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Role;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in an activity's history (kept: a corrected activity keeps why it was returned).
 *
 * @param action RECORD_ACTIVITY, CORRECT_ACTIVITY, VERIFY_ACTIVITY or RETURN_ACTIVITY
 * @param reason the reason of a return, else ""
 */
public record ActivityEvent(Instant at, String actorId, Role role, Action action, String reason) {

    public ActivityEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        reason = reason == null ? "" : reason;
    }
}
