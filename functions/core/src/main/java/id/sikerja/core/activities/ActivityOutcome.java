package id.sikerja.core.activities;

import id.sikerja.core.workflow.Text;

import java.util.Objects;

/** What became of a request on an activity; the handlers map each to its status. */
public sealed interface ActivityOutcome {

    /** Written; {@code response} is the body that was remembered. */
    record Applied(Activity activity, String response) implements ActivityOutcome {
    }

    /** A retry: the first answer. */
    record Replayed(String response) implements ActivityOutcome {
    }

    /** The case (or the activity) is unknown or not visible to the caller. */
    record NotFound() implements ActivityOutcome {
    }

    /** The activity moved on since the caller saw it (409, with it as it is now). */
    record Stale(Activity current) implements ActivityOutcome {
    }

    /** The caller's role may not take this step (403). */
    record Forbidden(Text reason) implements ActivityOutcome {
        public Forbidden {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A rule of the process refuses the step now (422): {@code code} is {@code RULE:ACTIVITY_*}. */
    record Refused(String code, Text message) implements ActivityOutcome {
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
