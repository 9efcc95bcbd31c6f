package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a case ended (domain.md §2.3; PP 28/2018 Ps 9 and 22; Permendagri 25/2020 Ps 34). A change of Kepala
 * Daerah is deliberately absent: it does not end a cooperation.
 */
public enum EndReason {
    // termination of an agreement in force
    MASA_BERLAKU_HABIS(Kind.TERMINATION, all(), "Jangka waktu kerja sama berakhir", "The term expired"),
    TUJUAN_TERCAPAI(Kind.TERMINATION, all(), "Tujuan kerja sama telah tercapai", "The goal was reached"),
    KESEPAKATAN_PARA_PIHAK(Kind.TERMINATION, all(), "Kesepakatan para pihak", "Both parties agreed"),
    PERUBAHAN_KEBIJAKAN(Kind.TERMINATION, all(), "Perubahan peraturan perundang-undangan atau kebijakan",
            "A change of law or policy"),
    OBJEK_TIDAK_ADA(Kind.TERMINATION, all(), "Objek kerja sama tidak ada lagi", "The object no longer exists"),
    PUTUSAN_PENGADILAN(Kind.TERMINATION, EnumSet.of(Category.KSDPK), "Putusan pengadilan yang berkekuatan hukum tetap",
            "A final court ruling"),
    MITRA_PAILIT(Kind.TERMINATION, EnumSet.of(Category.KSDPK), "Pihak ketiga dinyatakan pailit", "The partner is bankrupt"),
    DIGANTI_PERJANJIAN_BARU(Kind.TERMINATION, EnumSet.of(Category.KSDPL, Category.KSDLL), "Digantikan perjanjian baru",
            "Replaced by a new agreement"),

    // other endings of a case
    DITOLAK_SAAT_INTAKE(Kind.REJECTION, all(), "Ditolak pada validasi permohonan", "Rejected at intake"),
    DITOLAK_TKKSD(Kind.REJECTION, all(), "Ditolak berdasarkan kajian TKKSD", "Rejected on the TKKSD's assessment"),
    DITOLAK_DPRD(Kind.REJECTION, all(), "Tidak disetujui DPRD", "Not approved by the DPRD"),
    DITOLAK_MENTERI(Kind.REJECTION, EnumSet.of(Category.KSDPL, Category.KSDLL), "Tidak disetujui Menteri",
            "Not approved by the Minister"),
    DITARIK_PEMOHON(Kind.WITHDRAWAL, all(), "Ditarik oleh pemohon", "Withdrawn by the proposer");

    /** What kind of ending. */
    public enum Kind {
        /** An agreement in force ended (stage SELESAI, for domestic cases after Penatausahaan and Pelaporan). */
        TERMINATION,
        /** The case was rejected (stage DITOLAK). */
        REJECTION,
        /** The proposer withdrew (stage DIBATALKAN). */
        WITHDRAWAL
    }

    private final Kind kind;
    private final Set<Category> categories;
    private final Text label;

    EndReason(Kind kind, Set<Category> categories, String id, String en) {
        this.kind = kind;
        this.categories = categories;
        this.label = Text.of(id, en);
    }

    private static Set<Category> all() {
        return EnumSet.allOf(Category.class);
    }

    public Kind kind() {
        return kind;
    }

    public Text label() {
        return label;
    }

    /** Whether the law allows this reason for the category. */
    public boolean appliesTo(Category category) {
        return categories.contains(category);
    }

    /**
     * Whether an admin may choose this reason with {@link Action#END}. Term expiry has its own action
     * ({@link Action#EXPIRE}) because it is checked against the recorded term.
     */
    public boolean isChosenAtEnd() {
        return kind == Kind.TERMINATION && this != MASA_BERLAKU_HABIS;
    }
}
