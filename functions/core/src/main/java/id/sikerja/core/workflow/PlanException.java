package id.sikerja.core.workflow;

/**
 * Issue 13 item 13: why an object not in the RPJMD/RKPD may still be the object of a cooperation
 * (PP 28/2018 Ps 4, 16 [V]; domain.md §2.1).
 */
public enum PlanException {
    /** An emergency (keadaan darurat). */
    DARURAT,
    /** A national strategic programme (program strategis nasional). */
    PROGRAM_STRATEGIS_NASIONAL,
    /** Tugas pembantuan assigned by the central or provincial government. */
    TUGAS_PEMBANTUAN
}
