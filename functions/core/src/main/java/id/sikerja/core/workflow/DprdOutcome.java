package id.sikerja.core.workflow;

/** How the DPRD stage ended; recorded by the engine, never typed in. */
public enum DprdOutcome {
    DISETUJUI,
    DITOLAK,
    /** Silence for the whole response period counts as approval (Permendagri 25/2020 Ps 17; PP 28/2018 Ps 30(4)). */
    DIANGGAP_DISETUJUI
}
