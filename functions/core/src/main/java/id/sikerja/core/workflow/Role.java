package id.sikerja.core.workflow;

/** Who acts on a case (domain.md §5). */
public enum Role {
    /** Mitra / pemohon: has no account, acts only through the case's tracking token. */
    PARTNER("Mitra/Pemohon", "Partner/Applicant"),
    /** A department (perangkat daerah) user: acts on its own department's cases only. */
    OPD("OPD", "Department"),
    /** Admin Bagian Kerja Sama: validates intake and moves any case. */
    ADMIN("Admin Bagian Kerja Sama", "Cooperation office admin"),
    /** Member of the Tim Koordinasi Kerja Sama Daerah; may be scoped to one department ("TKKSD lokus"). */
    TKKSD("Anggota TKKSD", "TKKSD member"),
    /** Kepala Daerah, Sekda: read only. */
    PIMPINAN("Pimpinan", "Leadership (read only)"),
    /** The scheduler: deemed DPRD approval after the due date, automatic ending when the term expired. */
    SYSTEM("Sistem", "System");

    private final Text label;

    Role(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }
}
