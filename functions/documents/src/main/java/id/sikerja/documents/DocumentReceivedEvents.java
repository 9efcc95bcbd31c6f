package id.sikerja.documents;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Metrics;
import id.sikerja.core.documents.DocumentReception;
import id.sikerja.core.documents.DocumentReception.Outcome;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.potentials.PotentialFiles;
import id.sikerja.core.potentials.PotentialUploads;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The thin consumer of S3 notifications ({@code ObjectCreated} or {@code ObjectTagging} under {@code incoming/}):
 * hands each record's object to {@link DocumentReception} and answers how many records ended how. A failure
 * (storage unreachable) fails the invocation, and Lambda retries the event.
 */
final class DocumentReceivedEvents {

    private static final JsonLog LOG = JsonLog.get(DocumentReceivedEvents.class);

    private final DocumentReception reception;

    private final PotentialUploads potentialUploads;

    DocumentReceivedEvents(DocumentReception reception, PotentialUploads potentialUploads) {
        this.reception = reception;
        this.potentialUploads = potentialUploads;
    }

    Map<String, Integer> handle(S3Event event) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (S3EventNotificationRecord record : event.getRecords()) {
            var object = record.getS3().getObject();
            if (object.getUrlDecodedKey().startsWith(PotentialFiles.INCOMING)) {
                // issue 16: an entry's profile PDF or photo
                PotentialUploads.Reception r = potentialUploads.receive(object.getUrlDecodedKey(),
                        Optional.ofNullable(object.getVersionId()));
                logPotential(record, r);
                if (r instanceof PotentialUploads.Reception.Attached) {
                    Metrics.count(Metrics.Metric.UploadsRegistered);
                } else if (r instanceof PotentialUploads.Reception.Rejected) {
                    Metrics.count(Metrics.Metric.UploadsRejected);
                }
                outcomes.merge(r.getClass().getSimpleName(), 1, Integer::sum);
                continue;
            }
            Outcome outcome = reception.receive(object.getUrlDecodedKey(), Optional.ofNullable(object.getVersionId()));
            log(record, outcome);
            if (outcome instanceof Outcome.Registered) {
                Metrics.count(Metrics.Metric.UploadsRegistered);
            } else if (outcome instanceof Outcome.Rejected) {
                Metrics.count(Metrics.Metric.UploadsRejected);
            }
            outcomes.merge(outcome.getClass().getSimpleName(), 1, Integer::sum);
        }
        return outcomes;
    }

    /** One line per record: ids, codes and sizes only (no file names, no URLs). */
    private static void log(S3EventNotificationRecord record, Outcome outcome) {
        Upload upload = null;
        if (outcome instanceof Outcome.Registered r) {
            upload = r.upload();
        } else if (outcome instanceof Outcome.Rejected r) {
            upload = r.upload();
        } else if (outcome instanceof Outcome.AwaitingScan r) {
            upload = r.upload();
        } else if (outcome instanceof Outcome.AlreadyDecided r) {
            upload = r.upload();
        }
        if (upload == null) {
            LOG.warn("object ignored", "event", record.getEventName(), "key", record.getS3().getObject().getUrlDecodedKey(),
                    "reason", ((Outcome.Ignored) outcome).reason());
            return;
        }
        LOG.info("upload " + outcome.getClass().getSimpleName(), "event", record.getEventName(),
                "documentId", upload.documentId(), "caseId", upload.caseId().orElse(null), "type", upload.type().name(),
                "status", upload.status().name(), "version", upload.version().orElse(null),
                "rejection", upload.rejection().map(Upload.Rejection::code).orElse(null));
    }

    /** Ids and codes only (no file names, no URLs). */
    private static void logPotential(S3EventNotificationRecord record, PotentialUploads.Reception r) {
        if (r instanceof PotentialUploads.Reception.Attached a) {
            LOG.info("entry file attached", "event", record.getEventName(), "potentialId", a.potential().id(),
                    "documentId", a.attachment().documentId(), "kind", a.attachment().kind().name(),
                    "size", a.attachment().size());
        } else if (r instanceof PotentialUploads.Reception.Rejected x) {
            LOG.info("entry file rejected", "event", record.getEventName(), "potentialId", x.potentialId(),
                    "documentId", x.documentId(), "rejection", x.code());
        } else if (r instanceof PotentialUploads.Reception.AlreadyAttached x) {
            LOG.info("entry file already attached", "event", record.getEventName(), "potentialId", x.potentialId(),
                    "documentId", x.documentId());
        } else {
            LOG.warn("object ignored", "event", record.getEventName(), "key",
                    record.getS3().getObject().getUrlDecodedKey(), "reason", ((PotentialUploads.Reception.Ignored) r).reason());
        }
    }
}
