package id.sikerja.core.model;

/** The kind of partner, which must fit the category. */
public enum PartnerType {
    /** Provinsi, kabupaten or kota (KSDD). */
    PEMERINTAH_DAERAH,
    /** A company with legal status: PT, BUMN, BUMD, koperasi (KSDPK). */
    BADAN_USAHA,
    /** An organisation with legal status: yayasan, perkumpulan (KSDPK). */
    ORGANISASI,
    /** A university or school (KSDPK). */
    PERGURUAN_TINGGI,
    /** A person (KSDPK). */
    PERORANGAN,
    /** A foreign regional government (KSDPL). */
    PEMERINTAH_DAERAH_LUAR_NEGERI,
    /** A foreign institution (KSDLL). */
    LEMBAGA_LUAR_NEGERI,
    /** issue 13 item 8 (h-legal-c): a ministry or national agency (SINERGI, PP 28/2018 Ps 46). */
    KEMENTERIAN_LEMBAGA;

    public boolean fits(Category category) {
        return switch (category) {
            case KSDD -> this == PEMERINTAH_DAERAH;
            case KSDPK -> this == BADAN_USAHA || this == ORGANISASI || this == PERGURUAN_TINGGI || this == PERORANGAN;
            case KSDPL -> this == PEMERINTAH_DAERAH_LUAR_NEGERI;
            case KSDLL -> this == LEMBAGA_LUAR_NEGERI;
            case SINERGI -> this == KEMENTERIAN_LEMBAGA;
        };
    }
}
