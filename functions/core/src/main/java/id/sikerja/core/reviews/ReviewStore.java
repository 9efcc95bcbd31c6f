package id.sikerja.core.reviews;

import java.util.List;

/** Where members' opinions are kept: per case, the current one of each member and subject, and every earlier one. */
public interface ReviewStore {

    /** Each member's current opinion on each subject of the case. */
    List<MemberReview> current(String caseId);

    /** Every opinion ever recorded on the case, oldest first. */
    List<MemberReview> history(String caseId);

    /**
     * Records {@code review} as the member's current opinion and adds it to the history, in one write, only if the
     * member's current opinion still has revision {@code review.revision() - 1} (none for revision 1).
     *
     * @throws Conflict when another request changed it first
     */
    void save(MemberReview review);

    /** The member's opinion changed since it was read. */
    final class Conflict extends RuntimeException {
        public Conflict() {
            super("the member's opinion changed since it was read", null, false, false);
        }
    }
}
