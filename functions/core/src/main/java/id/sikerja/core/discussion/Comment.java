package id.sikerja.core.discussion;

import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One comment of a case's discussion (issue 17). Never deleted: an edit keeps the earlier text in {@code history},
 * a retraction hides the text from the thread but shows that (and when, and why) it was retracted.
 *
 * @param authorId   the officer's {@code sub}, or {@code partner:<caseId>} for the partner
 * @param stage      the stage the case was in when it was written
 * @param document   the document version it is about, one the case has
 * @param visibility {@code INTERNAL} (officers who see the case) or {@code SHARED} (the partner too)
 * @param mentions   the officers named (their user names)
 * @param version    1 when written, +1 on each edit or retraction (the condition of the next one)
 */
public record Comment(String id, String caseId, String authorId, Role authorRole, Stage stage,
                      Optional<DocumentRef> document, String visibility, String text, List<String> mentions,
                      Instant createdAt, long version, List<Revision> history, Optional<Retraction> retraction) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(authorRole, "authorRole");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(text, "text");
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(createdAt, "createdAt");
        history = List.copyOf(history);
        Objects.requireNonNull(retraction, "retraction");
    }

    /** An earlier text, replaced at {@code replacedAt}. */
    public record Revision(String text, Instant replacedAt) {
    }

    /** The author withdrew the comment: its note says why. */
    public record Retraction(String note, Instant at) {
    }

    public boolean retracted() {
        return retraction.isPresent();
    }

    /** When it was last edited, if ever. */
    public Optional<Instant> editedAt() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).replacedAt());
    }

    Comment edited(String newText, Instant at) {
        List<Revision> h = new java.util.ArrayList<>(history);
        h.add(new Revision(text, at));
        return new Comment(id, caseId, authorId, authorRole, stage, document, visibility, newText, mentions, createdAt,
                version + 1, h, retraction);
    }

    Comment withdrawn(String note, Instant at) {
        return new Comment(id, caseId, authorId, authorRole, stage, document, visibility, text, mentions, createdAt,
                version + 1, history, Optional.of(new Retraction(note, at)));
    }
}
