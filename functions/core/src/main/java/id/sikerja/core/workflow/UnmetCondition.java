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

    /** The request member that would fix this condition (a dotted path into a case request), if there is one. */
    public java.util.Optional<String> field() {
        return java.util.Optional.ofNullable(fieldOf(code));
    }

    /** The request member a condition code is about, or null. */
    public static String fieldOf(String code) {
        for (String prefix : java.util.List.of("FACT:", "CONFIRM:", "RULE:FUTURE:", "INVALID:FACT:")) {
            if (code.startsWith(prefix)) {
                return "facts." + code.substring(prefix.length());
            }
        }
        if (code.startsWith("RULE:ORDER:")) {
            return "facts." + code.substring("RULE:ORDER:".length()).split(":")[0];
        }
        if (code.startsWith("DOC:") || code.startsWith("ATTACH:") || code.startsWith("INVALID:DOCUMENT:")) {
            return "documents";
        }
        return switch (code) {
            case "RULE:TERM_MAX" -> "facts.termMonths";
            case "RULE:KB_SIGNATORY" -> "facts.kbSignatory"; // issue 13 item 5
            case "RULE:TERM_BASIS_KSDPK_ONLY" -> "facts.termLegalBasis"; // issue 13 item 9
            case "RULE:PKS_BUDGET_YEAR" -> "facts.pksBudgetYear"; // issue 13 item 2
            case "RULE:PKS_DPRD_CITED_YEAR" -> "facts.coveringDprdBudgetYear"; // issue 13 item 2
            case "RULE:TKKSD_MATCH_SCORE_WITHOUT_POTENTIAL" -> "facts.tkksdMatchScore"; // issue 16
            case "INPUT:NOTE" -> "note";
            case "INPUT:FACTS" -> "facts";
            case "INPUT:END_REASON", "INVALID:END_REASON" -> "endReason";
            case "INPUT:MONEV", "INVALID:MONEV", "INVALID:MONEV_PERIOD" -> "monev";
            case "INPUT:EVALUATION", "INVALID:EVALUATION" -> "monev.evaluation";
            case "INPUT:DEPARTMENTS", "INVALID:DEPARTMENTS" -> "departments";
            default -> null;
        };
    }

    @Override
    public String toString() {
        return code + ": " + message.id();
    }
}
