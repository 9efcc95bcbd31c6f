package id.sikerja.core.workflow;

/**
 * Where a case stands. Domestic cases (KSDD, KSDPK) follow PP 28/2018 Ps 6(1); foreign ones (KSDPL, KSDLL)
 * Permendagri 25/2020 Ps 9. Which stages a category passes, and in which order, is declared in
 * {@link ProcessDefinitions}; this enum only names them.
 */
public enum Stage {
    /** The application is being checked for completeness by the Bagian Kerja Sama. */
    INTAKE("Validasi permohonan", "Intake validation"),
    /** Returned to the proposer for revision; the proposer answers and the case returns to intake. */
    REVISI("Perbaikan oleh pemohon", "Revision by the proposer"),

    // KSDD and KSDPK (PP 28/2018 Ps 6(1))
    PERSIAPAN("Persiapan", "Preparation"),
    PENAWARAN("Penawaran", "Offer"),
    PENYUSUNAN_KB("Penyusunan Kesepakatan Bersama", "Drafting the KB (framework agreement)"),
    PENANDATANGANAN_KB("Penandatanganan Kesepakatan Bersama", "Signing the KB"),
    /** Conditional for KSDD/KSDPK (PP 28/2018 Ps 6(2)), always for KSDPL/KSDLL. */
    PERSETUJUAN_DPRD("Persetujuan DPRD", "DPRD approval"),
    PENYUSUNAN_PKS("Penyusunan Perjanjian Kerja Sama", "Drafting the PKS (cooperation agreement)"),
    PENANDATANGANAN_PKS("Penandatanganan Perjanjian Kerja Sama", "Signing the PKS"),

    // KSDPL and KSDLL (Permendagri 25/2020 Ps 9)
    PRAKARSA("Prakarsa", "Initiative"),
    PENJAJAKAN("Penjajakan", "Exploration"),
    PERNYATAAN_KEHENDAK("Pernyataan Kehendak (LoI)", "Letter of Intent"),
    RENCANA_KERJA_SAMA("Rencana Kerja Sama", "Cooperation plan"),
    VERIFIKASI_MENTERI("Verifikasi oleh Menteri", "Verification by the Minister"),
    RANCANGAN_NASKAH("Rancangan naskah kerja sama", "Draft agreement"),
    PEMBAHASAN("Pembahasan antarkementerian", "Interministerial discussion"),
    PERSETUJUAN_MENTERI("Persetujuan Menteri", "Minister's approval"),
    PENANDATANGANAN_NASKAH("Penandatanganan naskah kerja sama", "Signing the agreement"),

    // issue 13 item 8 (h-legal-c): SINERGI (PP 28/2018 Ps 46), after PERSIAPAN
    PENYUSUNAN_NOTA_KESEPAKATAN("Penyusunan Nota Kesepakatan", "Drafting the Nota Kesepakatan (memorandum)"),
    PENANDATANGANAN_NOTA_KESEPAKATAN("Penandatanganan Nota Kesepakatan", "Signing the Nota Kesepakatan"),
    RENCANA_AKSI("Rencana Aksi", "Action plan"),

    // both
    PELAKSANAAN("Pelaksanaan", "Implementation"),
    /** Domestic: administration and archiving once implementation has ended. */
    PENATAUSAHAAN("Penatausahaan", "Administration and archiving"),
    /** Domestic: the final report. */
    PELAPORAN("Pelaporan", "Reporting"),

    // terminal
    /** Ended; the {@link EndReason} says why. */
    SELESAI("Selesai", "Ended"),
    /** Rejected at intake, by TKKSD, by the DPRD or by the Minister. */
    DITOLAK("Ditolak", "Rejected"),
    /** Withdrawn by the proposer before implementation. */
    DIBATALKAN("Dibatalkan/ditarik", "Withdrawn");

    private final Text label;

    Stage(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }

    /** No action applies any more. */
    public boolean isTerminal() {
        return this == SELESAI || this == DITOLAK || this == DIBATALKAN;
    }
}
