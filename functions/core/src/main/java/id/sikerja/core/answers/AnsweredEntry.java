package id.sikerja.core.answers;

import java.util.Objects;
import java.util.Optional;

/**
 * What a case shows of the entry it answers, and what intake checks: public data only (no contact, no author).
 *
 * @param kind       POTENSI or KEBUTUHAN
 * @param department the code of the department the entry belongs to
 * @param status     OPEN, IN_PROGRESS, FULFILLED or CLOSED
 */
public record AnsweredEntry(String id, String kind, String department, String title, Optional<String> titleEn,
                            String status) {

    public static final String CLOSED = "CLOSED";
    public static final String OPEN = "OPEN";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String FULFILLED = "FULFILLED";

    public AnsweredEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(status, "status");
    }

    /** Whether a new proposal may answer it: any status but CLOSED (an entry may seek several partners [I]). */
    public boolean takesProposals() {
        return !CLOSED.equals(status);
    }
}
