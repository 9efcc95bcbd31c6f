package id.sikerja.core.cases;

import id.sikerja.core.model.Proposal;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Stage;

import java.time.Instant;
import java.util.Objects;

/**
 * A cooperation case as stored: what was proposed (title, partner, scope...), where the legal process
 * stands ({@link CaseState}, whose version guards concurrent edits), and the partner's tracking code when
 * the case has a partner-facing side.
 *
 * @param trackingCode null for a case the partner does not follow online
 */
public record CaseRecord(String trackingCode, Proposal proposal, CaseState state, Instant updatedAt) {

    public CaseRecord {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public String id() {
        return state.id();
    }

    public Stage stage() {
        return state.stage();
    }

    public long version() {
        return state.version();
    }
}
