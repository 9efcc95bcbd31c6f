package id.sikerja.core.cases;

import java.time.Instant;

/**
 * One entry of a case's timeline (its audit trail): who did what, when, from which stage to which.
 *
 * @param actorRole        PARTNER, ADMIN, TKKSD, OPD, SYSTEM ...
 * @param actorId          the officer's subject id, or null for the partner and the system
 * @param visibleToPartner whether the partner's tracking page shows it
 */
public record TimelineEvent(
        String caseId,
        Instant at,
        String action,
        String actorRole,
        String actorId,
        String fromStage,
        String toStage,
        String note,
        boolean visibleToPartner) {
}
