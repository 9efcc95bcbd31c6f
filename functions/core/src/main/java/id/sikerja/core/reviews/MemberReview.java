package id.sikerja.core.reviews;

import id.sikerja.core.workflow.Stage;

import java.time.Instant;
import java.util.Objects;

/**
 * One TKKSD member's opinion on one subject of one case, as recorded at {@code recordedAt}. The current opinion is
 * the one with the highest {@code revision} for the member and subject; every earlier one stays in the history.
 *
 * @param documentVersion the draft version the opinion concerns; 0 for the proposal
 * @param memberName      how the member is shown to other officers (the address of the account)
 * @param revision        1 for the member's first opinion on the subject, +1 for each change
 */
public record MemberReview(String caseId, ReviewSubject subject, int documentVersion, String memberId,
                           String memberName, ReviewOpinion opinion, String note, Stage stage, Instant recordedAt,
                           long revision) {

    public MemberReview {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(memberName, "memberName");
        Objects.requireNonNull(opinion, "opinion");
        note = note == null ? "" : note;
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** The subject and version: members' opinions are counted per key. */
    public String subjectKey() {
        return subject.name() + "#" + documentVersion;
    }

    /** The same opinion and note: recording it again changes nothing (a retry). */
    public boolean sameAs(ReviewOpinion otherOpinion, String otherNote) {
        return opinion == otherOpinion && note.equals(otherNote == null ? "" : otherNote);
    }
}
