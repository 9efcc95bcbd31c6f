package id.sikerja.core.workflow;

/** The evaluation criteria of a monev (domain.md §6, Samarinda's practice); each scored 1–5. */
public enum MonevCriterion {
    KESESUAIAN_TUJUAN("Kesesuaian dengan tujuan", "Fit with the goal"),
    KETEPATAN_WAKTU("Ketepatan waktu", "Timeliness"),
    KONTRIBUSI_MITRA("Kontribusi mitra", "Partner contribution"),
    KOORDINASI("Koordinasi", "Coordination"),
    CAPAIAN_INDIKATOR("Capaian indikator", "Indicator achievement"),
    DAMPAK("Dampak", "Impact"),
    DOKUMENTASI("Dokumentasi", "Documentation"),
    PELAPORAN("Pelaporan", "Reporting"),
    RELEVANSI("Relevansi", "Relevance");

    private final Text label;

    MonevCriterion(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }
}
