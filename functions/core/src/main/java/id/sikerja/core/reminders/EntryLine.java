package id.sikerja.core.reminders;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A line of a department's digest about its potentials/needs entries (issue 16), kept apart from the deadline lines
 * ({@link ReminderItem}, typed by the process table's due dates): a new proposal answering one of its entries, or an
 * entry OPEN for more than a year without any proposal. Titles only, never codes or contact data.
 *
 * @param caseId        the answering case (empty for {@link Kind#UNANSWERED})
 * @param proposalTitle the answering proposal's title (empty for {@link Kind#UNANSWERED})
 * @param date          when the proposal arrived, or when the entry was published
 */
public record EntryLine(Kind kind, String potentialId, String entryTitle, String entryTitleEn, String caseId,
                        String proposalTitle, LocalDate date) {

    public enum Kind {
        /** a proposal answering the entry arrived since the last digest */
        NEW_PROPOSAL,
        /** the entry is OPEN for more than a year and no proposal answers it */
        UNANSWERED
    }

    public EntryLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(potentialId, "potentialId");
        Objects.requireNonNull(entryTitle, "entryTitle");
        Objects.requireNonNull(entryTitleEn, "entryTitleEn");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(proposalTitle, "proposalTitle");
        Objects.requireNonNull(date, "date");
    }
}
