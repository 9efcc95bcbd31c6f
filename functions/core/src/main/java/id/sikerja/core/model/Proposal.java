package id.sikerja.core.model;

import java.util.List;

/**
 * A validated cooperation proposal as it arrives at intake (from a partner's public form or a department).
 *
 * @param ksddKind       set only for {@link Category#KSDD}
 * @param ksdpkInitiative set only for {@link Category#KSDPK}
 * @param departments    codes of the departments (OPD) concerned, possibly empty when not yet known
 */
public record Proposal(
        Category category,
        KsddKind ksddKind,
        KsdpkInitiative ksdpkInitiative,
        Partner partner,
        String title,
        String background,
        String purpose,
        String scope,
        String expectedBenefits,
        String location,
        int durationMonths,
        String financing,
        List<String> departments) {

    public Proposal {
        departments = List.copyOf(departments);
    }
}
