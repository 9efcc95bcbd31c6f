package id.sikerja.core.potentials;

import id.sikerja.core.workflow.Text;

/** The form of cooperation an entry expects (PP 28/2018; Permendagri 25/2020 for sister cities). */
public enum ExpectedForm {
    /** Kesepakatan Bersama followed by a Perjanjian Kerja Sama. */
    KB_PKS(Text.of("Kesepakatan Bersama / Perjanjian Kerja Sama", "Memorandum of understanding / cooperation agreement")),
    /** Kota atau provinsi kembar with a foreign region. */
    SISTER_CITY(Text.of("Kota/provinsi kembar (sister city)", "Sister city or province")),
    /** Kerja sama pelayanan, penyediaan atau pengelolaan dengan pihak ketiga (PP 28/2018 Ps 13). */
    LAYANAN(Text.of("Kerja sama pelayanan, penyediaan atau pengelolaan", "Service, provision or management cooperation")),
    /** Investasi (PP 28/2018 Ps 13). */
    INVESTASI(Text.of("Investasi", "Investment")),
    /** Hibah atau bantuan (CSR, lembaga donor). */
    HIBAH(Text.of("Hibah atau bantuan", "Grant or support")),
    LAINNYA(Text.of("Bentuk lain", "Another form"));

    private final Text label;

    ExpectedForm(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
