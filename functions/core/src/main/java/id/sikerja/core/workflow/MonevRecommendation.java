package id.sikerja.core.workflow;

/** The evaluation's recommendation. It informs the decision to end; it does not end the case by itself. */
public enum MonevRecommendation {
    LANJUTKAN,
    PERLUAS,
    HENTIKAN
}
