package id.sikerja.core.workflow;

/** The TKKSD's recommendation on a plan or draft. */
public enum TkksdRecommendation {
    /** Proceed. */
    SETUJU,
    /** Improve and assess again. */
    PERBAIKI,
    /** Do not proceed. */
    TOLAK
}
