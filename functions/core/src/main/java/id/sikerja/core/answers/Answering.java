package id.sikerja.core.answers;

import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.TimelineEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Issue 16: reading and checking the {@code potentialId} of {@code POST /proposals} and {@code POST /cooperations},
 * and what a case's change means for the entry it answers.
 */
public final class Answering {

    /** The request member. */
    public static final String FIELD = "potentialId";
    /** An entry id: a UUID or another short id of letters, digits and dashes. */
    static final Pattern ID = Pattern.compile("^[A-Za-z0-9-]{1,64}$");

    private Answering() {
    }

    /**
     * Reads a request body with {@code reader} and its optional {@code potentialId}; every bad member of both is
     * named in one {@link InvalidInput}.
     */
    public static <T> Read<T> read(Map<String, Object> body, Function<Map<String, Object>, T> reader) {
        List<FieldError> errors = new ArrayList<>();
        T value = null;
        try {
            value = reader.apply(body);
        } catch (InvalidInput invalid) {
            errors.addAll(invalid.errors());
        }
        Optional<String> potentialId = Optional.empty();
        if (body != null && body.containsKey(FIELD) && body.get(FIELD) != null) {
            Fields f = Fields.of(body);
            String id = f.text(FIELD, 1, 64);
            errors.addAll(f.errors());
            if (id != null && !ID.matcher(id).matches()) {
                errors.add(FieldError.of(FIELD, "potential_unknown"));
            } else if (id != null) {
                potentialId = Optional.of(id);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Read<>(value, potentialId);
    }

    /** A request body read: its value and the entry it answers, if any. */
    public record Read<T>(T value, Optional<String> potentialId) {
    }

    /**
     * The entry a new proposal answers, checked: it exists and is not CLOSED, else {@link InvalidInput} naming
     * {@code potentialId} (422). Empty when none is named.
     */
    public static Optional<AnsweredEntry> check(Optional<String> potentialId, AnsweredEntries entries) {
        if (potentialId.isEmpty()) {
            return Optional.empty();
        }
        Optional<AnsweredEntry> entry = entries.find(potentialId.get());
        if (entry.isEmpty()) {
            throw new InvalidInput(List.of(FieldError.of(FIELD, "potential_unknown")));
        }
        if (!entry.get().takesProposals()) {
            throw new InvalidInput(List.of(FieldError.of(FIELD, "potential_closed")));
        }
        return entry;
    }

    /** The state with the entry it answers recorded (the system fact {@code potentialId}). */
    public static CaseState answering(CaseState state, String potentialId) {
        return state.withFacts(state.facts().with(Fact.POTENTIAL_ID, potentialId));
    }

    /** The entry a case answers. */
    public static Optional<String> potentialOf(CaseState state) {
        return state.fact(Fact.POTENTIAL_ID);
    }

    /**
     * The status the entry a case answers moves to after these events of the case, if any: IN_PROGRESS when the
     * case was accepted (the Bagian Kerja Sama's {@code ACCEPT} of a partner's proposal, or a department's own
     * initiative, which starts accepted), FULFILLED when an officer marked it fulfilled after the signing.
     */
    public static Optional<String> statusAfter(CaseState state, List<TimelineEvent> events) {
        if (potentialOf(state).isEmpty()) {
            return Optional.empty();
        }
        Optional<String> out = Optional.empty();
        for (TimelineEvent e : events) {
            if (e.action() == Action.MARK_POTENTIAL_FULFILLED) {
                return Optional.of(AnsweredEntry.FULFILLED);
            }
            if (e.action() == Action.ACCEPT || e.action() == Action.INITIATE) {
                out = Optional.of(AnsweredEntry.IN_PROGRESS);
            }
        }
        return out;
    }
}
