package id.sikerja.core.documents;

import id.sikerja.core.workflow.DocumentType;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static id.sikerja.core.documents.FileKind.DOCX;
import static id.sikerja.core.documents.FileKind.JPEG;
import static id.sikerja.core.documents.FileKind.PDF;
import static id.sikerja.core.documents.FileKind.PNG;

/**
 * Which kinds of file each document type accepts, and how large: signed documents and letters as PDF (what was
 * signed cannot be edited), drafts and working documents as PDF or Word, supporting evidence as PDF or a photo.
 */
public final class DocumentFormats {

    /** The size limit of a type that sets none. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final Set<FileKind> SIGNED = EnumSet.of(PDF);
    private static final Set<FileKind> EDITABLE = EnumSet.of(PDF, DOCX);
    private static final Set<FileKind> EVIDENCE = EnumSet.of(PDF, PNG, JPEG);

    private static final Map<DocumentType, Set<FileKind>> KINDS = new EnumMap<>(DocumentType.class);
    private static final Map<DocumentType, Long> MAX_BYTES = new EnumMap<>(DocumentType.class);

    static {
        for (DocumentType t : DocumentType.values()) {
            KINDS.put(t, SIGNED);
        }
        for (DocumentType t : EnumSet.of(DocumentType.KAK, DocumentType.STUDI_KELAYAKAN, DocumentType.KAJIAN_TKKSD,
                DocumentType.KB_DRAFT, DocumentType.PKS_DRAFT, DocumentType.NASKAH_DRAFT, DocumentType.RKS,
                DocumentType.MONEV_REPORT, DocumentType.RENCANA_KEGIATAN_TAHUNAN, DocumentType.LAPORAN)) {
            KINDS.put(t, EDITABLE);
        }
        KINDS.put(DocumentType.ADENDUM_DRAFT, EDITABLE); // issue 18 (h18-amend): a draft, like the PKS's
        KINDS.put(DocumentType.EVIDENCE, EVIDENCE);
        // a photo as evidence needs less room than a scanned agreement
        MAX_BYTES.put(DocumentType.EVIDENCE, 10L * 1024 * 1024);
    }

    private DocumentFormats() {
    }

    /** The kinds of file accepted for the type. */
    public static Set<FileKind> kinds(DocumentType type) {
        return KINDS.get(type);
    }

    /** The largest file accepted for the type, in bytes. */
    public static long maxBytes(DocumentType type) {
        return MAX_BYTES.getOrDefault(type, DEFAULT_MAX_BYTES);
    }
}
