package id.sikerja.core.workflow;

import java.util.Objects;

/**
 * One reason an action cannot proceed, in words an officer understands.
 *
 * @param kind    what is missing: a document, a fact, a rule of law, an input of the form, or a permission
 * @param code    stable machine code, e.g. {@code DOC:KB_SIGNED}, {@code FACT:kbSignedOn}, {@code RULE:TERM_MAX}
 * @param message Indonesian and English
 */
public record UnmetCondition(Kind kind, String code, Text message) {

    public enum Kind {
        DOCUMENT,
        FACT,
        RULE,
        INPUT,
        PERMISSION
    }

    public UnmetCondition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + ": " + message.id();
    }
}
