package id.sikerja.core.imports;

import java.util.List;
import java.util.Objects;

/** What became of an import. */
public sealed interface ImportOutcome {

    /** Every row became a case; {@code response} is the answer, remembered under the Idempotency-Key. */
    record Imported(List<String> caseIds, String response) implements ImportOutcome {
        public Imported {
            caseIds = List.copyOf(caseIds);
            Objects.requireNonNull(response, "response");
        }
    }

    /** A retry of an import that finished: its first answer; nothing written. */
    record Replayed(String response) implements ImportOutcome {
        public Replayed {
            Objects.requireNonNull(response, "response");
        }
    }

    /** Some rows cannot be imported: every problem, and nothing written. */
    record Invalid(ImportService.Checked checked) implements ImportOutcome {
        public Invalid {
            Objects.requireNonNull(checked, "checked");
        }
    }

    /** An import with the same Idempotency-Key is running now; nothing written. */
    record InProgress() implements ImportOutcome {
    }

    /**
     * Writing failed midway and what was written was removed again ({@code undone} true), or removing it failed
     * too ({@code undone} false: the import's record keeps the ids, and a retry with the same key removes them).
     */
    record Failed(int failedRow, boolean undone, RuntimeException cause) implements ImportOutcome {
        public Failed {
            Objects.requireNonNull(cause, "cause");
        }
    }
}
