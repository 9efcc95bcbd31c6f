package id.sikerja.core.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * Issue 17: the letters and drafts Si Kerja writes from a DOCX template with the case's data, each registered as the
 * next version of its {@link DocumentType}. Who may generate which one in which stage is in
 * {@link ProcessDefinitions#LETTERS}. {@link #slug} names it in the API ({@code surat-penawaran}).
 */
public enum LetterTemplate {
    SURAT_PENAWARAN("surat-penawaran", DocumentType.SURAT_PENAWARAN,
            "Surat penawaran kerja sama", "Offer letter"),
    SURAT_JAWABAN("surat-jawaban", DocumentType.SURAT_JAWABAN,
            "Surat jawaban atas penawaran", "Reply to an offer"),
    PERMOHONAN_DPRD("permohonan-dprd", DocumentType.DPRD_REQUEST,
            "Surat permohonan persetujuan DPRD", "Request for the DPRD's approval"),
    RANCANGAN_KB("rancangan-kb", DocumentType.KB_DRAFT,
            "Rancangan Kesepakatan Bersama", "Draft framework agreement (KB)"),
    RANCANGAN_PKS("rancangan-pks", DocumentType.PKS_DRAFT,
            "Rancangan Perjanjian Kerja Sama", "Draft cooperation agreement (PKS)");

    private final String slug;
    private final DocumentType documentType;
    private final Text label;

    LetterTemplate(String slug, DocumentType documentType, String id, String en) {
        this.slug = slug;
        this.documentType = documentType;
        this.label = Text.of(id, en);
    }

    /** The name in the API and in file names. */
    public String slug() {
        return slug;
    }

    /** The document type the generated file is registered as. */
    public DocumentType documentType() {
        return documentType;
    }

    public Text label() {
        return label;
    }

    /** The template of an API name; empty for any other text. */
    public static Optional<LetterTemplate> ofSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}
