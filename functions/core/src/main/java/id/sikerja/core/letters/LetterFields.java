package id.sikerja.core.letters;

import id.sikerja.core.workflow.Text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The placeholders a letter template may use ({@code {{title}}} in the DOCX), each with what it is filled with. A
 * template naming any other placeholder is refused when uploaded. A placeholder whose data the case does not have
 * yet is written as {@link #MISSING} and listed in the answer, so that the drafter sees what to complete.
 */
public final class LetterFields {

    /** What a placeholder without data becomes in the document. */
    public static final String MISSING = "[…]";

    /** Name → description (Indonesian, English), in the order the README lists them. */
    public static final Map<String, Text> ALL;

    static {
        Map<String, Text> f = new LinkedHashMap<>();
        f.put("pemdaName", Text.of("Nama Pemerintah Daerah", "The Pemda's name"));
        f.put("today", Text.of("Tanggal dibuat, mis. 6 Desember 2026 (zona Pemda)", "The date generated, e.g. 6 Desember 2026 (Pemda's zone)"));
        f.put("trackingCode", Text.of("Kode pelacakan kasus", "The case's tracking code"));
        f.put("title", Text.of("Judul kerja sama", "The cooperation's title"));
        f.put("categoryLabel", Text.of("Jenis kerja sama", "The kind of cooperation"));
        f.put("partnerName", Text.of("Nama mitra", "The partner's name"));
        f.put("partnerTypeLabel", Text.of("Jenis mitra", "The kind of partner"));
        f.put("partnerRegion", Text.of("Daerah atau negara mitra", "The partner's region or country"));
        f.put("partnerAddress", Text.of("Alamat mitra", "The partner's address"));
        f.put("partnerRepresentative", Text.of("Wakil/narahubung mitra", "The partner's representative"));
        f.put("pemdaSignatory", Text.of("Penanda tangan pihak Pemda (Kepala Daerah atau pejabat dengan surat kuasa)",
                "Who signs for the Pemda (the Kepala Daerah or an official with a power of attorney)"));
        f.put("departments", Text.of("Perangkat daerah pelaksana", "The departments that carry it out"));
        f.put("background", Text.of("Latar belakang", "Background"));
        f.put("purpose", Text.of("Maksud dan tujuan", "Goal"));
        f.put("scope", Text.of("Objek dan ruang lingkup", "Object and scope"));
        f.put("expectedBenefits", Text.of("Manfaat yang diharapkan", "Expected benefits"));
        f.put("location", Text.of("Lokasi", "Location"));
        f.put("financing", Text.of("Pembiayaan", "Financing"));
        f.put("termMonths", Text.of("Jangka waktu dalam bulan, dengan huruf: 12 (dua belas)", "The term in months, with words"));
        f.put("termStart", Text.of("Tanggal mulai berlaku", "The start date"));
        f.put("termEnd", Text.of("Tanggal berakhir", "The end date"));
        f.put("agreementNumber", Text.of("Nomor perjanjian", "The agreement's number"));
        f.put("budgetAmount", Text.of("Nilai anggaran (APBD), mis. Rp1.250.000.000,00", "The budget amount (APBD)"));
        f.put("budgetYear", Text.of("Tahun anggaran", "The budget year"));
        f.put("burdensPublic", Text.of("Apakah membebani masyarakat dan daerah", "Whether it burdens the public and the region"));
        f.put("fundingUnbudgeted", Text.of("Apakah pendanaan belum teranggarkan dalam APBD tahun berjalan",
                "Whether its funding is not in the current year's APBD"));
        f.put("kbSignedOn", Text.of("Tanggal penandatanganan KB", "The date the KB was signed"));
        ALL = java.util.Collections.unmodifiableMap(f);
    }

    private LetterFields() {
    }

    public static Set<String> names() {
        return ALL.keySet();
    }
}
