package id.sikerja.core.workflow;

import java.util.Objects;

/**
 * Issue 13 item 9: the law a KSDPK's object falls under when its term may exceed five years (domain.md §3, "Longer
 * terms for KSDPK objects governed by their own law"). Each basis names the {@link TimeLimit} that caps its term;
 * {@link #NONE} keeps the five years of {@link TimeLimit#MAX_TERM}. A longer term needs its basis recorded with its
 * document ({@link DocumentType#DASAR_JANGKA_WAKTU}).
 */
public enum TermLegalBasis {
    /** No own law: at most {@link TimeLimit#MAX_TERM} (five years). */
    NONE(TimeLimit.MAX_TERM, "tanpa dasar hukum khusus", "no law of its own"),
    /** Utilisation of regional property (BMD) by lease (sewa): PP 27/2014 as amended by PP 28/2020 [S]. */
    BMD_SEWA(TimeLimit.MAX_TERM_BMD_SEWA, "sewa barang milik daerah", "lease of regional property"),
    /** BMD: kerja sama pemanfaatan (KSP) [S]. */
    BMD_KSP(TimeLimit.MAX_TERM_BMD_KSP, "kerja sama pemanfaatan barang milik daerah",
            "cooperative utilisation of regional property"),
    /** BMD: kerja sama pemanfaatan of infrastructure [S]. */
    BMD_KSP_INFRASTRUKTUR(TimeLimit.MAX_TERM_BMD_KSP_INFRASTRUCTURE,
            "kerja sama pemanfaatan barang milik daerah untuk infrastruktur",
            "cooperative utilisation of regional property for infrastructure"),
    /** BMD: bangun guna serah / bangun serah guna (BGS/BSG) [S]. */
    BMD_BGS_BSG(TimeLimit.MAX_TERM_BMD_BGS_BSG, "bangun guna serah / bangun serah guna",
            "build-operate-transfer / build-transfer-operate"),
    /** Kerja sama pemerintah dan badan usaha (KPBU, Perpres 38/2015): per its own contract, capped here [I]. */
    KPBU(TimeLimit.MAX_TERM_KPBU, "KPBU", "public-private partnership (KPBU)");

    private final TimeLimit limit;
    private final Text label;

    TermLegalBasis(TimeLimit limit, String id, String en) {
        this.limit = Objects.requireNonNull(limit);
        this.label = Text.of(id, en);
    }

    /** In words, for messages: "kerja sama pemanfaatan barang milik daerah". */
    public Text label() {
        return label;
    }

    /** The limit on the term of an agreement under this basis. */
    public TimeLimit limit() {
        return limit;
    }
}
