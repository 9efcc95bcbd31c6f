package id.sikerja.core.workflow;

/** The three monev entries of a period (domain.md §6): the two reports, then the evaluation. */
public enum MonevKind {
    PARTNER_REPORT,
    OPD_REPORT,
    EVALUATION
}
