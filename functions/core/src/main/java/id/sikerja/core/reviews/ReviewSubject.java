package id.sikerja.core.reviews;

import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.Text;

import java.util.Optional;

/**
 * What a TKKSD member gives an opinion on: the proposal itself (the application and its studies), or a draft of the
 * KB, the PKS or the foreign agreement, one version at a time. Which subject a stage takes is in
 * {@link id.sikerja.core.workflow.ProcessDefinitions#MEMBER_REVIEWS}.
 */
public enum ReviewSubject {
    PROPOSAL("Usulan kerja sama", "Cooperation proposal", null),
    KB_DRAFT("Rancangan KB", "KB draft", DocumentType.KB_DRAFT),
    PKS_DRAFT("Rancangan PKS", "PKS draft", DocumentType.PKS_DRAFT),
    NASKAH_DRAFT("Rancangan naskah kerja sama", "Draft agreement", DocumentType.NASKAH_DRAFT);

    private final Text label;
    private final DocumentType document;

    ReviewSubject(String id, String en, DocumentType document) {
        this.label = Text.of(id, en);
        this.document = document;
    }

    public Text label() {
        return label;
    }

    /** The draft whose versions are reviewed; empty for the proposal. */
    public Optional<DocumentType> document() {
        return Optional.ofNullable(document);
    }
}
