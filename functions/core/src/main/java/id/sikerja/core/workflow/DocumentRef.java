package id.sikerja.core.workflow;

import java.util.Objects;

/** Points at one version of a document of the same case. */
public record DocumentRef(DocumentType type, int version) {

    public DocumentRef {
        Objects.requireNonNull(type, "type");
    }
}
