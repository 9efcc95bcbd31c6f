package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.sikerja.core.workflow.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A due date's note is shown as it is (case page, digests): its date reads as people write it, in each language,
 * never as an ISO date (found by the Sinergi and DPRD/budget browser journeys: "berakhir 2029-12-06").
 */
class DueDateNoteTest {

    @Test
    void theNotesDateReadsInWords() {
        CaseState bare = Fixtures.bare("N-1", Category.SINERGI, Stage.PELAKSANAAN, Origin.DEPARTMENT);
        CaseState s = bare.withFacts(bare.facts().with(Fact.TERM_START, date(2026, 12, 7)).with(Fact.TERM_MONTHS, 36));
        List<DueDate> due = Fixtures.WORKFLOW.dueDates(s, Fixtures.at(2030, 1, 1));
        DueDate ended = due.stream().filter(d -> d.kind() == DueDateKind.AGREEMENT_ENDED).findFirst().orElseThrow();
        assertTrue(ended.note().id().contains("6 Desember 2029"), ended.note().id());
        assertTrue(ended.note().en().contains("6 December 2029"), ended.note().en());
        for (DueDate d : due) {
            assertFalse(d.note().id().matches(".*\\d{4}-\\d{2}-\\d{2}.*"), d.note().id());
        }
    }

    @Test
    void theNoteNamesTheDateInWords() {
        CaseState s = Fixtures.bare("N-2", Category.KSDD, Stage.PELAKSANAAN, Origin.DEPARTMENT);
        s = s.withFacts(s.facts().with(Fact.TERM_START, date(2026, 7, 1)).with(Fact.TERM_MONTHS, 36));
        DueDate ended = Fixtures.WORKFLOW.dueDates(s, Fixtures.at(2026, 8, 1)).stream()
                .filter(d -> d.kind() == DueDateKind.AGREEMENT_ENDED).findFirst().orElseThrow();
        assertEquals("berakhir 30 Juni 2029", ended.note().id());
        assertEquals("ended on 30 June 2029", ended.note().en());
        assertFalse(ended.note().id().matches(".*\\d{4}-\\d{2}-\\d{2}.*"));
    }
}
