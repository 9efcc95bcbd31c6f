package id.sikerja.core.discussion;

import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.idempotency.RememberedAnswers;

import java.util.List;
import java.util.Optional;

/** Where a case's comments are kept: in the case's own partition, read by key (never a scan). */
public interface CommentStore extends RememberedAnswers {

    /** The case's comments, oldest first. */
    List<Comment> list(String caseId);

    Optional<Comment> find(String caseId, String commentId);

    /**
     * Writes a new comment with the answer to remember, in one transaction.
     *
     * @throws Conflict when the key is remembered already (a concurrent retry won)
     */
    void create(Comment comment, Optional<Remembered> remember);

    /** Replaces the comment if it is still at {@code expectedVersion}; false when it moved on. */
    boolean replace(Comment comment, long expectedVersion);

    final class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message, null, false, false);
        }
    }
}
