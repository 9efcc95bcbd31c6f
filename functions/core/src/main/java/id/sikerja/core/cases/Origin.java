package id.sikerja.core.cases;

/** Where a case came from. */
public enum Origin {
    /** A partner's application through the public form. */
    PARTNER,
    /** A department's own initiative. */
    OPD,
    /** An agreement signed before Si Kerja existed, entered at Pelaksanaan. */
    LEGACY
}
