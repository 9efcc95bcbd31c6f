package id.sikerja.core.letters;

import id.sikerja.core.workflow.LetterTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The templates admins keep (the table holds each template's current version, the bucket every uploaded DOCX, so
 * earlier versions are kept). A template without a record is the shipped default at version 0.
 */
public interface LetterTemplateStore {

    /**
     * One version of a template.
     *
     * @param custom   an admin's upload (its DOCX is stored); false: the shipped default (after a reset)
     * @param sha256   hex of the DOCX (of the upload; empty for the shipped default)
     * @param updatedBy the officer id ({@code sub}) who set it; empty for the shipped default
     */
    record TemplateVersion(LetterTemplate template, long version, boolean custom, String sha256, String fileName,
                           Optional<Instant> updatedAt, Optional<String> updatedBy) {
        public TemplateVersion {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(updatedAt, "updatedAt");
            Objects.requireNonNull(updatedBy, "updatedBy");
        }
    }

    /** Every template's current version that differs from the untouched default. */
    List<TemplateVersion> current();

    Optional<TemplateVersion> current(LetterTemplate template);

    /** The DOCX of a custom version. */
    byte[] read(TemplateVersion version);

    /**
     * Stores {@code next} (and its DOCX, for a custom one) as the current version, conditional on the current one
     * being {@code next.version() - 1}.
     *
     * @throws id.sikerja.core.cases.CaseStore.Conflict when another version was stored meanwhile
     */
    void save(TemplateVersion next, Optional<byte[]> docx);
}
