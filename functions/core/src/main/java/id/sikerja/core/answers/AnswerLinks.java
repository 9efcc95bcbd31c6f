package id.sikerja.core.answers;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The cases that answer entries, read by key (never a scan). Each case answering an entry has one link, written in
 * the transaction that creates the case (so a retried request or a replayed event never adds a second one): the
 * entry's proposal count is the number of its links.
 */
public interface AnswerLinks {

    /** The cases answering the entry, oldest first. */
    List<Link> ofPotential(String potentialId);

    /** The cases answering any entry created at or after {@code from}, oldest first (the digest's "new"). */
    List<Link> createdSince(Instant from);

    /** Every link (the reports), oldest first. */
    List<Link> all();

    /**
     * A case answering an entry: no contact data (the case title is the proposal's, shown to officers only).
     */
    record Link(String potentialId, String caseId, Instant createdAt, String title) {
        public Link {
            Objects.requireNonNull(potentialId, "potentialId");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(title, "title");
        }
    }
}
