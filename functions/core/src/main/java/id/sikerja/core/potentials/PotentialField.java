package id.sikerja.core.potentials;

import id.sikerja.core.workflow.Text;

import java.util.Optional;

/**
 * The field (urusan/bidang) of an entry: the government affairs of UU 23/2014 (Lampiran) that a region's
 * cooperation may concern, with the label people read. Cases record their field as free text ("Kesehatan"); the
 * Indonesian label is that text, so a case answering an entry can take the entry's label as its field.
 */
public enum PotentialField {
    PENDIDIKAN("Pendidikan", "Education"),
    KESEHATAN("Kesehatan", "Health"),
    PEKERJAAN_UMUM("Pekerjaan umum dan penataan ruang", "Public works and spatial planning"),
    PERUMAHAN("Perumahan dan kawasan permukiman", "Housing and settlements"),
    KETENTERAMAN("Ketenteraman, ketertiban umum dan pelindungan masyarakat", "Public order and protection"),
    SOSIAL("Sosial", "Social affairs"),
    TENAGA_KERJA("Tenaga kerja", "Labour"),
    PEMBERDAYAAN_PEREMPUAN("Pemberdayaan perempuan dan pelindungan anak", "Women's empowerment and child protection"),
    PANGAN("Pangan", "Food"),
    PERTANAHAN("Pertanahan", "Land"),
    LINGKUNGAN_HIDUP("Lingkungan hidup", "Environment"),
    KEPENDUDUKAN("Administrasi kependudukan dan pencatatan sipil", "Population and civil registration"),
    PEMBERDAYAAN_MASYARAKAT("Pemberdayaan masyarakat dan desa", "Community and village empowerment"),
    KELUARGA_BERENCANA("Pengendalian penduduk dan keluarga berencana", "Population control and family planning"),
    PERHUBUNGAN("Perhubungan", "Transport"),
    KOMUNIKASI_INFORMATIKA("Komunikasi dan informatika", "Communication and informatics"),
    KOPERASI_UKM("Koperasi, usaha kecil dan menengah", "Cooperatives and small businesses"),
    PENANAMAN_MODAL("Penanaman modal", "Investment"),
    KEPEMUDAAN_OLAHRAGA("Kepemudaan dan olahraga", "Youth and sports"),
    STATISTIK("Statistik", "Statistics"),
    PERSANDIAN("Persandian", "Cryptography"),
    KEBUDAYAAN("Kebudayaan", "Culture"),
    PERPUSTAKAAN("Perpustakaan", "Libraries"),
    KEARSIPAN("Kearsipan", "Archives"),
    KELAUTAN_PERIKANAN("Kelautan dan perikanan", "Marine affairs and fisheries"),
    PARIWISATA("Pariwisata", "Tourism"),
    PERTANIAN("Pertanian", "Agriculture"),
    KEHUTANAN("Kehutanan", "Forestry"),
    ENERGI_SUMBER_DAYA_MINERAL("Energi dan sumber daya mineral", "Energy and mineral resources"),
    PERDAGANGAN("Perdagangan", "Trade"),
    PERINDUSTRIAN("Perindustrian", "Industry"),
    TRANSMIGRASI("Transmigrasi", "Transmigration"),
    PEMERINTAHAN("Pemerintahan dan penunjang urusan", "Government administration"),
    LAINNYA("Bidang lain", "Another field");

    private final Text label;

    PotentialField(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }

    /** The field whose Indonesian or English label is {@code text} (any case), e.g. a case's free-text field. */
    public static Optional<PotentialField> ofLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (PotentialField f : values()) {
            if (f.label.id().equalsIgnoreCase(t) || f.label.en().equalsIgnoreCase(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
