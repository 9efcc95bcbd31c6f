package id.sikerja.core.cases;

import id.sikerja.core.workflow.Refusal;
import id.sikerja.core.workflow.TimelineEvent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What became of a request to change or create a case. */
public sealed interface CaseOutcome {

    /** Stored. {@code response} is the answer as rendered for this request (and remembered under its key). */
    record Applied(Change change, String response) implements CaseOutcome {
        public Applied {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(response, "response");
        }
    }

    /** A retry of a request already applied: its first answer, and nothing written. */
    record Replayed(String response) implements CaseOutcome {
        public Replayed {
            Objects.requireNonNull(response, "response");
        }
    }

    /** No such case, or one the actor may not see. */
    record NotFound() implements CaseOutcome {
    }

    /** The case is no longer at the version the caller saw (or changed while deciding): here is how it is now. */
    record Stale(CaseRecord current) implements CaseOutcome {
        public Stale {
            Objects.requireNonNull(current, "current");
        }
    }

    /** The workflow refused; nothing written. {@code current} is the case acted on, if any. */
    record Refused(Refusal refusal, Optional<CaseRecord> current) implements CaseOutcome {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(current, "current");
        }
    }

    /**
     * What a request stored: the case it created or changed and the events it appended to it.
     *
     * @param linked the case that received a linked event (the agreement extended, the KB of a child PKS), if any
     */
    record Change(CaseRecord record, List<TimelineEvent> events, Optional<String> linked) {
        public Change {
            Objects.requireNonNull(record, "record");
            events = List.copyOf(events);
            Objects.requireNonNull(linked, "linked");
        }
    }
}
