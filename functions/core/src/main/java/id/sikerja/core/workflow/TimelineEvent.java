package id.sikerja.core.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a case's history: who did what, when, from which stage to which, with what.
 *
 * @param from     empty for the event that created the case
 * @param facts    the facts recorded by this event, as stored strings
 * @param documents the document versions registered by this event
 */
public record TimelineEvent(
        Instant at,
        String actorId,
        Role actorRole,
        Action action,
        Optional<Stage> from,
        Stage to,
        String note,
        Map<String, String> facts,
        List<DocumentRef> documents,
        Optional<EndReason> endReason) {

    public TimelineEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        note = note == null ? "" : note;
        facts = Map.copyOf(facts);
        documents = List.copyOf(documents);
        Objects.requireNonNull(endReason, "endReason");
    }

    /**
     * Whether the partner's tracking page should show the event: stage changes and the partner's own actions
     * (internal steps such as recording facts or uploading drafts stay internal).
     */
    public boolean visibleToPartner() {
        return changedStage() || actorRole == Role.PARTNER
                || ProcessDefinitions.SHOWN_TO_PARTNER.contains(action); // issue 17: a signed copy sent back
    }

    /** Whether the event moved the case to another stage. */
    public boolean changedStage() {
        return from.isEmpty() || from.get() != to;
    }
}
