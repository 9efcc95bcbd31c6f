package id.sikerja.core.documents;

import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.workflow.TimelineEvent;

import java.util.Optional;

/**
 * What the documents need from storage (the single DynamoDB table in AWS): the uploads, and the record-only events
 * of a case's timeline. Every change of an upload is conditional on it still being PENDING, so that a duplicated
 * storage event decides nothing twice.
 */
public interface DocumentStore extends CaseUploads {

    /** Stores a new pending upload. */
    void create(Upload pending);

    /** The upload (a strongly consistent read). */
    Optional<Upload> find(StorageKeys.UploadId id);

    /**
     * Marks the upload REGISTERED and writes the case change that registers its version, in one transaction.
     *
     * @throws CaseStore.Conflict when the upload is no longer pending or the case is no longer at the version the
     *                            change was decided on; nothing was written
     */
    void register(Upload registered, CaseStore.CaseWrite change);

    /**
     * Marks an upload made for a new case REGISTERED (no case changes: it is registered when a case is created
     * with it).
     *
     * @throws CaseStore.Conflict when it is no longer pending
     */
    void registerForNewCase(Upload registered);

    /**
     * Marks the upload REJECTED.
     *
     * @throws CaseStore.Conflict when it is no longer pending
     */
    void reject(Upload rejected);

    /** Appends an event that changes nothing (a download) to the case's timeline. */
    void record(String caseId, TimelineEvent event);
}
