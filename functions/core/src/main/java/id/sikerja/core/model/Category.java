package id.sikerja.core.model;

/**
 * Who the region cooperates with (PP 28/2018; Permendagri 22/2020 and 25/2020).
 */
public enum Category {
    /** Kerja Sama Daerah dengan Daerah lain: another Indonesian region. */
    KSDD(false),
    /** Kerja Sama Daerah dengan Pihak Ketiga: a person, company or organisation. */
    KSDPK(false),
    /** Kerja Sama Daerah dengan Pemerintah Daerah di Luar Negeri: sister city / province. */
    KSDPL(true),
    /** Kerja Sama Daerah dengan Lembaga di Luar Negeri: a foreign institution. */
    KSDLL(true),
    /** issue 13 item 8 (h-legal-c): Sinergi with a ministry or national agency (PP 28/2018 Ps 46): not KSDPK. */
    SINERGI(false);

    private final boolean foreign;

    Category(boolean foreign) {
        this.foreign = foreign;
    }

    /** Foreign categories follow Permendagri 25/2020's eleven stages; domestic ones PP 28/2018's ten. */
    public boolean isForeign() {
        return foreign;
    }
}
