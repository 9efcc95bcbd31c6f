/**
 * Documents as evidence: uploads straight to storage through pre-signed URLs, checked when their bytes arrive,
 * kept as versions that are never overwritten, and read only by the people who may see the case.
 *
 * <ol>
 *   <li>{@link id.sikerja.core.documents.DocumentService#requestUpload}: a caller declares a file (document type,
 *       name, content type, size, SHA-256); if the workflow lets its role upload that type in the case's stage, a
 *       pending {@link id.sikerja.core.documents.Upload} is stored and a pre-signed PUT is issued for an object key
 *       the server chooses ({@link id.sikerja.core.documents.StorageKeys}).</li>
 *   <li>{@link id.sikerja.core.documents.DocumentReception#receive}: when the object is created, its size, content
 *       type, file signature and SHA-256 (computed from the bytes) are checked against the declaration. A file that
 *       passes is copied under {@code documents/} and registered as the next version of its type on the case, by the
 *       workflow's {@code UPLOAD_DOCUMENT} action, in the transaction that moves the upload from PENDING to
 *       REGISTERED; one that fails is REJECTED with a reason. The incoming object is removed either way.</li>
 *   <li>{@link id.sikerja.core.documents.RegisteredUploads}: transitions (and new cases) may reference registered
 *       uploads only.</li>
 *   <li>{@link id.sikerja.core.documents.DocumentService#download}: a pre-signed GET for those who may see the case,
 *       recorded in its timeline.</li>
 * </ol>
 */
package id.sikerja.core.documents;
