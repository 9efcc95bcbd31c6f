package id.sikerja.core.cases;

import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;

/**
 * Who may see a case at all. A case someone may not see does not exist for them: reads and actions on it answer
 * "not found", so case ids of other departments do not leak. Whether a visible case may be acted on is the
 * workflow's decision ({@link id.sikerja.core.workflow.Workflow#decide}).
 */
public final class Visibility {

    private Visibility() {
    }

    /**
     * Admins, leadership and the scheduler see every case; a TKKSD member every case, or only its department's
     * when scoped ("TKKSD lokus"); an OPD user its own department's cases; the partner only its own case.
     */
    public static boolean canSee(Actor actor, CaseState state) {
        return switch (actor.role()) {
            case ADMIN, PIMPINAN, SYSTEM -> true;
            case TKKSD -> actor.department().map(state.departments()::contains).orElse(true);
            case OPD -> state.departments().contains(actor.department().orElseThrow());
            case PARTNER -> actor.id().equals(state.id());
        };
    }
}
