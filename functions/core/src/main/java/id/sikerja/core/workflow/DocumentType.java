package id.sikerja.core.workflow;

/**
 * The documents of a cooperation (domain.md §4). The label reads as the subject of a sentence, so gate
 * messages can say "{label} belum diunggah" / "{label} has not been uploaded".
 */
public enum DocumentType {
    SURAT_PERMOHONAN("Surat permohonan", "The application letter"),
    SURAT_PENAWARAN("Surat penawaran yang ditandatangani Kepala Daerah", "The offer letter signed by the Kepala Daerah"),
    SURAT_JAWABAN("Surat jawaban atas penawaran", "The reply to the offer"),
    KAK("Kerangka acuan kerja (KAK)", "The terms of reference (KAK)"),
    STUDI_KELAYAKAN("Studi kelayakan", "The feasibility study"),
    KAJIAN_TKKSD("Kajian TKKSD", "The TKKSD assessment"),
    KB_DRAFT("Rancangan KB", "The draft KB"),
    KB_SIGNED("KB yang sudah ditandatangani", "The signed KB"),
    DPRD_REQUEST("Surat permohonan persetujuan kepada DPRD", "The request for DPRD approval"),
    DPRD_DECISION("Keputusan DPRD", "The DPRD decision letter"),
    PKS_DRAFT("Rancangan PKS", "The draft PKS"),
    PKS_SIGNED("PKS yang sudah ditandatangani", "The signed PKS"),
    SURAT_KUASA("Surat kuasa penandatanganan", "The power of attorney for signing"),
    LOI("Pernyataan kehendak (LoI) yang sudah ditandatangani", "The signed Letter of Intent"),
    RKS("Rencana kerja sama (RKS)", "The cooperation plan (RKS)"),
    SURAT_PENGANTAR("Surat pengantar kepada Gubernur/Menteri", "The cover letter to the Governor/Minister"),
    NASKAH_DRAFT("Rancangan naskah kerja sama", "The draft agreement"),
    SURAT_KONFIRMASI("Surat konfirmasi Kementerian Luar Negeri", "The Foreign Ministry's confirmation letter"),
    PERSETUJUAN_MENTERI("Surat persetujuan Menteri Dalam Negeri", "The Minister of Home Affairs' approval"),
    NASKAH_SIGNED("Naskah kerja sama yang sudah ditandatangani", "The signed agreement"),
    MONEV_REPORT("Laporan monev", "The monitoring and evaluation report"),
    RENCANA_KEGIATAN_TAHUNAN("Rencana kegiatan tahunan", "The yearly activity plan"),
    LAPORAN("Laporan", "The report"),
    BERITA_ACARA("Berita acara", "The official record (berita acara)"),
    EVIDENCE("Bukti dukung", "The supporting evidence"),
    // issue 13 item 8 (h-legal-c): SINERGI (PP 28/2018 Ps 46)
    NOTA_KESEPAKATAN_DRAFT("Rancangan Nota Kesepakatan", "The draft Nota Kesepakatan"),
    NOTA_KESEPAKATAN_SIGNED("Nota Kesepakatan yang sudah ditandatangani", "The signed Nota Kesepakatan"),
    RENCANA_KERJA("Rencana Aksi / Rencana Kerja", "The action plan (Rencana Aksi / Rencana Kerja)"),
    // issue 13 item 9: what allows a KSDPK's term beyond five years (domain.md §3)
    DASAR_JANGKA_WAKTU("Dokumen dasar hukum jangka waktu (persetujuan pemanfaatan BMD atau perjanjian KPBU)",
            "The legal basis for the longer term (the BMD utilisation approval or the KPBU agreement)"),
    // issue 18 (h18-amend): the addendum, and the letter that ends an agreement early (domain.md §2.3, §9)
    ADENDUM_DRAFT("Rancangan adendum", "The draft amendment"),
    ADENDUM_SIGNED("Adendum yang sudah ditandatangani", "The signed amendment"),
    SURAT_PENGAKHIRAN("Surat pengakhiran atau pemutusan kerja sama", "The letter ending the agreement");

    private final Text label;

    DocumentType(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }
}
