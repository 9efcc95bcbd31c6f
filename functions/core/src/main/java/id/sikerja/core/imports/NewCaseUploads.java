package id.sikerja.core.imports;

import id.sikerja.core.documents.Upload;

import java.util.Optional;

/** The uploads made for a case not created yet ({@code POST /uploads}), by document id. */
@FunctionalInterface
public interface NewCaseUploads {

    Optional<Upload> find(String documentId);
}
