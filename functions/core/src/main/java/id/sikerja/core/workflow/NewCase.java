package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.Proposal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the workflow needs to open a case.
 *
 * @param id              the new case's id (chosen by the caller, e.g. the tracking code)
 * @param ksddKind        required for KSDD, absent otherwise
 * @param ksdpkInitiative required for KSDPK, absent otherwise
 * @param departments     responsible departments (may be empty at intake)
 */
public record NewCase(
        String id,
        Category category,
        Optional<KsddKind> ksddKind,
        Optional<KsdpkInitiative> ksdpkInitiative,
        List<String> departments) {

    public NewCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ksddKind, "ksddKind");
        Objects.requireNonNull(ksdpkInitiative, "ksdpkInitiative");
        departments = List.copyOf(departments);
    }

    /** From a validated proposal. */
    public static NewCase from(String id, Proposal proposal) {
        return new NewCase(id, proposal.category(), Optional.ofNullable(proposal.ksddKind()),
                Optional.ofNullable(proposal.ksdpkInitiative()), proposal.departments());
    }

    public static NewCase ksdd(String id, KsddKind kind, List<String> departments) {
        return new NewCase(id, Category.KSDD, Optional.of(kind), Optional.empty(), departments);
    }

    public static NewCase ksdpk(String id, KsdpkInitiative initiative, List<String> departments) {
        return new NewCase(id, Category.KSDPK, Optional.empty(), Optional.of(initiative), departments);
    }

    /** issue 13 item 8 (h-legal-c): SINERGI with a ministry or national agency. */
    public static NewCase sinergi(String id, List<String> departments) {
        return new NewCase(id, Category.SINERGI, Optional.empty(), Optional.empty(), departments);
    }

    /** KSDPL or KSDLL. */
    public static NewCase foreign(String id, Category category, List<String> departments) {
        if (!category.isForeign()) {
            throw new IllegalArgumentException("not a foreign category: " + category);
        }
        return new NewCase(id, category, Optional.empty(), Optional.empty(), departments);
    }
}
