package id.sikerja.core.imports;

import id.sikerja.core.reports.Sheet;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the import template of older agreements. A column's name is the member of
 * {@code POST /cooperations/legacy} it fills ({@code partner.email}, {@code facts.termStart}), so that a problem
 * names the column to correct; the instructions say in words what each holds.
 */
public final class ImportColumns {

    /** A column: its name (the header cell), what it holds, and an example value. */
    public record Column(String name, Text description, String example) {
    }

    /** Upload document ids ({@code POST /uploads}) of the agreement's signed documents, separated by ";". */
    public static final String DOCUMENTS = "documents";
    /** Department codes, separated by ";" (or ","). */
    public static final String DEPARTMENTS = "departments";
    public static final String DURATION = "durationMonths";

    public static final List<Column> ALL = List.of(
            col("category", "Kategori: KSDD, KSDPK, KSDPL, KSDLL atau SINERGI",
                    "Category: KSDD, KSDPK, KSDPL, KSDLL or SINERGI", "KSDD"),
            col("ksddKind", "Untuk KSDD: WAJIB atau SUKARELA", "For KSDD: WAJIB or SUKARELA", "SUKARELA"),
            col("ksdpkInitiative", "Untuk KSDPK: DAERAH atau PIHAK_KETIGA", "For KSDPK: DAERAH or PIHAK_KETIGA", ""),
            col("title", "Judul kerja sama", "Title of the agreement",
                    "Kerja Sama Pelayanan Kesehatan Perbatasan"),
            col("partner.name", "Nama mitra", "Partner's name", "Pemerintah Kabupaten Kutai Kartanegara"),
            col("partner.type", "Jenis mitra: PEMERINTAH_DAERAH, BADAN_USAHA, ORGANISASI, PERGURUAN_TINGGI, "
                            + "PERORANGAN, PEMERINTAH_DAERAH_LUAR_NEGERI, LEMBAGA_LUAR_NEGERI, KEMENTERIAN_LEMBAGA",
                    "Partner type: PEMERINTAH_DAERAH, BADAN_USAHA, ORGANISASI, PERGURUAN_TINGGI, PERORANGAN, "
                            + "PEMERINTAH_DAERAH_LUAR_NEGERI, LEMBAGA_LUAR_NEGERI, KEMENTERIAN_LEMBAGA",
                    "PEMERINTAH_DAERAH"),
            col("partner.regionOrCountry", "Daerah mitra (dalam negeri) atau negaranya (luar negeri)",
                    "The partner's region (domestic) or country (foreign)", "Kalimantan Timur"),
            col("partner.address", "Alamat mitra", "Partner's address", "Jl. Wolter Monginsidi No. 1, Tenggarong"),
            col("partner.contactPerson", "Narahubung mitra", "Partner's contact person", "Budi Santoso"),
            col("partner.email", "Email narahubung", "Contact's e-mail", "kerjasama@kukarkab.go.id"),
            col("partner.phone", "Telepon narahubung", "Contact's phone", "+62 541 661234"),
            col("background", "Latar belakang", "Background", "Wilayah berbatasan langsung"),
            col("purpose", "Maksud dan tujuan", "Purpose", "Pelayanan kesehatan bersama"),
            col("scope", "Ruang lingkup", "Scope", "Rujukan pasien; tenaga kesehatan"),
            col("expectedBenefits", "Manfaat", "Expected benefits", "Akses layanan lebih dekat"),
            col("location", "Lokasi", "Location", "Kecamatan perbatasan"),
            col(DURATION, "Jangka waktu usulan (bulan, 1-60)", "Proposed duration (months, 1-60)", "36"),
            col("financing", "Pembiayaan", "Financing", "APBD masing-masing pihak"),
            col(DEPARTMENTS, "Kode OPD penanggung jawab, dipisah titik koma", "Responsible department codes, "
                    + "separated by semicolons", "DINKES"),
            col("facts.field", "Bidang kerja sama", "Field of cooperation", "Kesehatan"),
            col("facts.agreementNumber", "Nomor naskah perjanjian", "Agreement number", "180/27/HK/2022"),
            col("facts.kbSignedOn", "Tanggal penandatanganan KB (YYYY-MM-DD)", "KB signing date (YYYY-MM-DD)", ""),
            col("facts.pksSignedOn", "Tanggal penandatanganan PKS (YYYY-MM-DD)", "PKS signing date (YYYY-MM-DD)",
                    "2022-03-01"),
            col("facts.naskahSignedOn", "Luar negeri: tanggal penandatanganan naskah (YYYY-MM-DD)",
                    "Foreign: signing date of the agreement (YYYY-MM-DD)", ""),
            // issue 13 item 8 (h-legal-c)
            col("facts.notaSignedOn", "SINERGI: tanggal penandatanganan Nota Kesepakatan (YYYY-MM-DD)",
                    "SINERGI: signing date of the Nota Kesepakatan (YYYY-MM-DD)", ""),
            col("facts.signatory", "Penandatangan PKS: KEPALA_DAERAH atau PEJABAT_OPD (dengan surat kuasa)",
                    "PKS signatory: KEPALA_DAERAH or PEJABAT_OPD (with a power of attorney)", "KEPALA_DAERAH"),
            // Issue 13 item 5: who signed the KB (Kepala Daerah only) and the foreign agreement.
            col("facts.kbSignatory", "Penandatangan KB: hanya KEPALA_DAERAH (KB dengan kuasa ditolak)",
                    "KB signatory: KEPALA_DAERAH only (a KB signed under a power of attorney is refused)", ""),
            col("facts.naskahSignatory", "Luar negeri: penandatangan naskah (KEPALA_DAERAH atau PEJABAT_OPD)",
                    "Foreign: who signed the agreement (KEPALA_DAERAH or PEJABAT_OPD)", ""),
            col("facts.termStart", "Mulai berlaku (YYYY-MM-DD)", "Term start (YYYY-MM-DD)", "2022-04-01"),
            col("facts.termMonths", "Jangka waktu berlaku (bulan, paling lama 60)", "Term (months, at most 60)", "36"),
            // Issue 13 item 9: a KSDPK governed by its own law may run longer, with its document.
            col("facts.termLegalBasis", "KSDPK lebih dari 60 bulan: BMD_SEWA, BMD_KSP, BMD_KSP_INFRASTRUKTUR, "
                            + "BMD_BGS_BSG atau KPBU (dengan dokumen dasar hukumnya)",
                    "KSDPK over 60 months: BMD_SEWA, BMD_KSP, BMD_KSP_INFRASTRUKTUR, BMD_BGS_BSG or KPBU (with the "
                            + "document of that legal basis)", ""),
            // Issue 13 item 13: optional for agreements signed before Si Kerja; recorded when given.
            col("facts.objectInPlan", "Objek tercantum dalam RPJMD/RKPD: ya/tidak",
                    "Object in the RPJMD/RKPD: yes/no (ya/tidak)", ""),
            col("facts.planException", "Jika tidak: DARURAT, PROGRAM_STRATEGIS_NASIONAL atau TUGAS_PEMBANTUAN",
                    "If not: DARURAT, PROGRAM_STRATEGIS_NASIONAL or TUGAS_PEMBANTUAN", ""),
            // Issue 13 item 2: the PKS's own DPRD test and the approval it cites; recorded when given.
            col("facts.pksBurdensPublic", "PKS membebani masyarakat dan daerah: ya/tidak",
                    "The PKS burdens the public and the region: yes/no (ya/tidak)", ""),
            col("facts.pksFundingUnbudgeted", "Pendanaan PKS belum teranggarkan dalam APBD tahun penandatanganannya: ya/tidak",
                    "The PKS's funding is not in the APBD of its signing year: yes/no (ya/tidak)", ""),
            col("facts.pksBudgetYear", "Tahun anggaran penandatanganan PKS", "Budget year the PKS is signed in", ""),
            col("facts.coveringDprdDecisionNumber", "Nomor keputusan DPRD yang mencakup PKS",
                    "Number of the DPRD decision covering the PKS", ""),
            col("facts.coveringDprdDecidedOn", "Tanggal keputusan DPRD itu (YYYY-MM-DD)",
                    "Date of that DPRD decision (YYYY-MM-DD)", ""),
            col("facts.coveringDprdBudgetYear", "Tahun anggaran yang dicakup keputusan DPRD itu",
                    "Budget year that DPRD decision covers", ""),
            col("facts.inRkpd", "Tercantum dalam RKPD: ya/tidak", "In the RKPD: yes/no (ya/tidak)", "ya"),
            col("facts.inApbd", "Tercantum dalam APBD: ya/tidak", "In the APBD: yes/no (ya/tidak)", "ya"),
            col("facts.budgetYear", "Tahun anggaran", "Budget year", "2022"),
            col("facts.budgetAmount", "Nilai anggaran (Rp, tanpa titik ribuan)", "Budget amount (IDR, digits only)",
                    "150000000"),
            col(DOCUMENTS, "ID dokumen unggahan (POST /uploads) naskah yang ditandatangani dan surat kuasa, "
                            + "dipisah titik koma; unggah berkasnya lebih dulu",
                    "Upload document ids (POST /uploads) of the signed agreement and any power of attorney, "
                            + "separated by semicolons; upload the files first",
                    "3f0c2a9e-8d1b-4c55-9a43-0e2b7d6c1f20"));

    private ImportColumns() {
    }

    private static Column col(String name, String id, String en, String example) {
        return new Column(name, Text.of(id, en), example);
    }

    public static Optional<Column> byName(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The fact a {@code facts.*} column fills. */
    static Optional<Fact<?>> fact(String column) {
        return column.startsWith("facts.") ? Fact.byKey(column.substring("facts.".length())) : Optional.empty();
    }

    static boolean isDate(String column) {
        return fact(column).map(f -> f.type() == LocalDate.class).orElse(false);
    }

    static boolean isBoolean(String column) {
        return fact(column).map(f -> f.type() == Boolean.class).orElse(false);
    }

    /** The template to fill: the header row only. */
    public static Sheet template() {
        return new Sheet("Kerja sama", ALL.stream().map(Column::name).toList(), List.of());
    }

    /** What each column holds, with an example: the template workbook's second sheet. */
    public static Sheet instructions() {
        List<List<Object>> rows = new ArrayList<>();
        for (Column c : ALL) {
            rows.add(List.of(c.name(), c.description().id(), c.description().en(), c.example()));
        }
        return new Sheet("Petunjuk", List.of("Kolom / Column", "Keterangan", "Description", "Contoh / Example"),
                rows);
    }
}
