package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import static id.sikerja.core.workflow.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A due date's note names its date in words in each language, never as an ISO date (the case page, the digests). */
class DueDateNoteTest {

    @Test
    void theNoteNamesTheDateInWords() {
        CaseState s = Fixtures.bare("N-1", Category.KSDD, Stage.PELAKSANAAN, Origin.DEPARTMENT);
        s = s.withFacts(s.facts().with(Fact.TERM_START, date(2026, 7, 1)).with(Fact.TERM_MONTHS, 36));
        DueDate ended = Fixtures.WORKFLOW.dueDates(s, Fixtures.at(2026, 8, 1)).stream()
                .filter(d -> d.kind() == DueDateKind.AGREEMENT_ENDED).findFirst().orElseThrow();
        assertEquals("berakhir 30 Juni 2029", ended.note().id());
        assertEquals("ended on 30 June 2029", ended.note().en());
        assertFalse(ended.note().id().matches(".*\\d{4}-\\d{2}-\\d{2}.*"));
    }
}
