package id.sikerja.core.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to perform an action on a case, with what it brings: facts to record, documents to register, a note,
 * an end reason, a monev report, departments. Which of these an action accepts or needs is declared in the
 * process table; anything else is refused.
 *
 * <pre>
 * Command.of(Action.SIGN_KB)
 *        .withFact(Fact.KB_SIGNED_ON, LocalDate.of(2026, 5, 4))
 *        .withDocument(new DocumentUpload(DocumentType.KB_SIGNED, key, sha256, "kb.pdf"))
 * </pre>
 */
public record Command(
        Action action,
        Facts facts,
        List<DocumentUpload> documents,
        Optional<String> note,
        Optional<EndReason> endReason,
        Optional<MonevSubmission> monev,
        Optional<List<String>> departments) {

    public Command {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(facts, "facts");
        documents = List.copyOf(documents);
        note = note.map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(endReason, "endReason");
        Objects.requireNonNull(monev, "monev");
        departments = departments.map(List::copyOf);
    }

    public static Command of(Action action) {
        return new Command(action, Facts.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public <T> Command withFact(Fact<T> fact, T value) {
        return new Command(action, facts.with(fact, value), documents, note, endReason, monev, departments);
    }

    public Command withFacts(Facts more) {
        return new Command(action, facts.withAll(more), documents, note, endReason, monev, departments);
    }

    public Command withDocument(DocumentUpload upload) {
        List<DocumentUpload> d = new ArrayList<>(documents);
        d.add(upload);
        return new Command(action, facts, d, note, endReason, monev, departments);
    }

    public Command withNote(String text) {
        return new Command(action, facts, documents, Optional.ofNullable(text), endReason, monev, departments);
    }

    public Command withEndReason(EndReason reason) {
        return new Command(action, facts, documents, note, Optional.of(reason), monev, departments);
    }

    public Command withMonev(MonevSubmission submission) {
        return new Command(action, facts, documents, note, endReason, Optional.of(submission), departments);
    }

    public Command withDepartments(List<String> codes) {
        return new Command(action, facts, documents, note, endReason, monev, Optional.of(codes));
    }

    /** The command with these facts instead of its own (issue 18: the directory's name for the responsible officer). */
    public Command withOnlyFacts(Facts replaced) {
        return new Command(action, replaced, documents, note, endReason, monev, departments);
    }
}
