package id.sikerja.core.workflow;

/** What a due date is for. */
public enum DueDateKind {
    INTAKE_VALIDATION("Batas validasi permohonan", "Intake validation due"),
    TKKSD_ASSESSMENT("Batas kajian TKKSD", "TKKSD assessment due"),
    DPRD_RESPONSE("Batas jawaban DPRD (diam dianggap setuju)", "DPRD answer due (silence counts as approval)"),
    GUBERNUR_RELAY("Batas Gubernur meneruskan berkas ke Menteri", "Governor's relay to the Minister due"),
    LOI_EXPIRY("LoI berlaku sampai", "LoI valid until"),
    AGREEMENT_END("Kerja sama berakhir", "Agreement ends"),
    EXPIRY_REMINDER("Pengingat berakhirnya kerja sama", "Expiry reminder"),
    AGREEMENT_ENDED("Masa berlaku habis: belum diperpanjang atau diakhiri",
            "The term has run out: not yet extended or ended"),
    SYSTEM_EXPIRY("Diakhiri oleh sistem: masa berlaku habis", "Ended by the system: the term has run out"),
    REVISION_ANSWER("Batas perbaikan oleh pemohon", "The proposer's revision due"),
    BUDGET_PLANNING("Kerja sama berjalan belum tercatat dalam RKPD dan APBD",
            "Running cooperation not yet in the RKPD and APBD"),
    EXTENSION_REQUEST("Batas permohonan perpanjangan kepada Menteri", "Extension request to the Minister due"),
    MONEV_PARTNER_REPORT("Batas laporan monev mitra", "Partner's monitoring report due"),
    MONEV_OPD_REPORT("Batas laporan monev OPD", "Department's monitoring report due"),
    MONEV_EVALUATION("Batas evaluasi monev", "Monitoring evaluation due"),
    ANNUAL_REPORT("Batas laporan tahunan kerja sama luar negeri", "Foreign cooperation annual report due"),
    // issue 18 (h18-amend)
    AMENDMENT_DPRD_RESPONSE("Batas jawaban DPRD atas adendum (diam dianggap setuju)",
            "DPRD answer on the amendment due (silence counts as approval)"),
    // issue 18 (h18-activities): "berjalan tanpa kegiatan" (domain.md §9)
    NO_VERIFIED_ACTIVITY("Berjalan tanpa kegiatan terverifikasi", "Running without a verified activity");

    private final Text label;

    DueDateKind(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }
}
