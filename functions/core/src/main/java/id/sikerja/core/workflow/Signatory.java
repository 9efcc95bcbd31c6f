package id.sikerja.core.workflow;

/** Who signed the PKS for the region (PP 28/2018 Ps 2, 13). */
public enum Signatory {
    KEPALA_DAERAH,
    /** A department official holding a written power of attorney (surat kuasa), which must be kept. */
    PEJABAT_OPD
}
