package id.sikerja.documents;

import id.sikerja.api.Settings;
import id.sikerja.adapters.AwsClients;
import id.sikerja.adapters.events.DomainEventBus;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.adapters.dynamo.DynamoDocumentStore;
import id.sikerja.adapters.dynamo.DynamoHolidayStore;
import id.sikerja.adapters.dynamo.DynamoPotentialStore;
import id.sikerja.adapters.dynamo.DynamoPotentialUploads;
import id.sikerja.adapters.s3.S3Storage;
import id.sikerja.api.Env;
import id.sikerja.api.JsonLog;
import id.sikerja.api.HttpFunction;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.documents.DocumentReception;
import id.sikerja.core.documents.DocumentService;
import id.sikerja.core.documents.RegisteredUploads;
import id.sikerja.core.potentials.PotentialService;
import id.sikerja.core.potentials.PotentialUploads;
import id.sikerja.core.settings.CurrentWorkflow;
import id.sikerja.core.settings.HolidaySettings;
import id.sikerja.core.time.HolidayCsv;
import id.sikerja.core.workflow.WorkflowSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Builds the two documents functions from their configuration (environment variables set by template.yaml; both
 * functions get the same ones): the table, the bucket and how to address it ({@code S3_PATH_STYLE}), whether a
 * clean malware scan is required ({@code REQUIRE_MALWARE_SCAN}), and the workflow's zone, level and holiday cache.
 */
final class DocumentsWiring {

    private DocumentsWiring() {
    }

    /** The HTTP function: uploads requested and listed, downloads. */
    static HttpFunction function(Env env) {
        Parts p = new Parts(env);
        CaseService cases = new CaseService(p.cases, p.workflow, new RegisteredUploads(p.documents), p.clock);
        DocumentService service = new DocumentService(p.cases, p.documents, p.objects, p.workflow, cases::partnerCase,
                p.clock);
        return new DocumentsRoutes(service, p.potentialUploads()).function();
    }

    /** Issue 16: an entry's files are checked and attached by the same S3 function. */
    static PotentialUploads potentialUploads(Env env) {
        return new Parts(env).potentialUploads();
    }

    /** The S3 function's work: checking and registering what arrives under incoming/. */
    static DocumentReception reception(Env env) {
        Parts p = new Parts(env);
        boolean requireScan = Boolean.parseBoolean(env.require("REQUIRE_MALWARE_SCAN"));
        // issue 17: a partner's or department's upload registered here tells the admins (DOCUMENT_TO_CHECK) and the
        // officers a stage it opened concerns (STAGE_ENTERED), as a registration through the workflow API does
        String table = env.require("TABLE_NAME");
        id.sikerja.core.notifications.CaseNotifier notifier = new id.sikerja.core.notifications.CaseNotifier(
                new id.sikerja.core.notifications.Notifications(
                        new id.sikerja.adapters.dynamo.DynamoNotificationStore(AwsClients.dynamo(), table), p.clock),
                new id.sikerja.adapters.dynamo.DynamoOfficerRoster(AwsClients.dynamo(), table));
        return new DocumentReception(p.cases, p.documents, p.objects, p.workflow, p.clock, requireScan)
                .afterRegistering(change -> {
                    try {
                        notifier.onChange(change.record(), change.events());
                    } catch (RuntimeException e) {
                        JsonLog.get(DocumentsWiring.class).warn("notifications of an upload not written",
                                "error", e.getClass().getSimpleName());
                    }
                });
    }

    /** What both functions are made of; the SDK clients are shared per container ({@link AwsClients}). */
    private static final class Parts {
        final Clock clock = Clock.systemUTC();
        final DynamoCaseStore cases;
        final DynamoDocumentStore documents;
        final S3Storage objects;
        final CurrentWorkflow workflow;

        Parts(Env env) {
            String table = env.require("TABLE_NAME");
            boolean pathStyle = Boolean.parseBoolean(env.require("S3_PATH_STYLE"));
            DynamoDbClient dynamo = AwsClients.dynamo();
            WorkflowSettings settings = Settings.workflow(env);
            HolidaySettings holidays = new HolidaySettings(new DynamoHolidayStore(dynamo, table),
                    HolidayCsv.loadDefault(), HolidayCsv.defaultConfirmedYears(), clock,
                    Duration.ofSeconds(Long.parseLong(env.require("HOLIDAY_CACHE_SECONDS"))));
            cases = DomainEventBus.publishing(new DynamoCaseStore(dynamo, table, clock),
                    env.optional("EVENT_BUS_NAME", ""), dynamo, table, clock,
                    message -> JsonLog.get(DocumentsWiring.class).warn(message));
            documents = new DynamoDocumentStore(dynamo, table, cases);
            objects = new S3Storage(AwsClients.s3(pathStyle), AwsClients.s3Presigner(pathStyle),
                    env.require("DOCUMENT_BUCKET"));
            workflow = new CurrentWorkflow(settings, holidays);
            this.dynamo = dynamo;
            this.table = table;
        }

        final DynamoDbClient dynamo;
        final String table;

        /** Issue 16: entries' files; no entry is created or edited here (so no department is ever "known"). */
        PotentialUploads potentialUploads() {
            PotentialService potentials = new PotentialService(new DynamoPotentialStore(dynamo, table, clock),
                    department -> false, clock, () -> UUID.randomUUID().toString());
            return new PotentialUploads(potentials, new DynamoPotentialUploads(dynamo, table), objects, clock,
                    () -> UUID.randomUUID().toString());
        }
    }
}
