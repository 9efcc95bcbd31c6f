package id.sikerja.core.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A recorded monev report or evaluation, with the document versions it relies on. */
public record MonevEntry(
        MonevKind kind,
        MonevPeriod period,
        Instant at,
        String actorId,
        Role role,
        String summary,
        List<DocumentRef> documents,
        Optional<MonevEvaluation> evaluation) {

    public MonevEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
        summary = summary == null ? "" : summary;
        documents = List.copyOf(documents);
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
