package id.sikerja.letters;

import id.sikerja.adapters.AwsClients;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.adapters.dynamo.DynamoDocumentStore;
import id.sikerja.adapters.dynamo.DynamoHolidayStore;
import id.sikerja.adapters.events.DomainEventBus;
import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Settings;
import id.sikerja.core.letters.LetterService;
import id.sikerja.core.settings.CurrentWorkflow;
import id.sikerja.core.settings.HolidaySettings;
import id.sikerja.core.time.HolidayCsv;
import id.sikerja.core.workflow.WorkflowSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Builds the letters function from its configuration (environment variables set by template.yaml): the table, the
 * documents bucket and how to address it ({@code S3_PATH_STYLE}), the Pemda's name and zone, the workflow's settings
 * and holiday cache. The SDK clients are shared per container ({@link AwsClients}).
 */
final class LettersWiring {

    private LettersWiring() {
    }

    static HttpFunction function(Env env) {
        Clock clock = Clock.systemUTC();
        String table = env.require("TABLE_NAME");
        boolean pathStyle = Boolean.parseBoolean(env.require("S3_PATH_STYLE"));
        DynamoDbClient dynamo = AwsClients.dynamo();
        WorkflowSettings settings = Settings.workflow(env);
        HolidaySettings holidays = new HolidaySettings(new DynamoHolidayStore(dynamo, table),
                HolidayCsv.loadDefault(), HolidayCsv.defaultConfirmedYears(), clock,
                Duration.ofSeconds(Long.parseLong(env.require("HOLIDAY_CACHE_SECONDS"))));
        DynamoCaseStore plain = new DynamoCaseStore(dynamo, table, clock);
        var cases = DomainEventBus.publishing(plain, env.optional("EVENT_BUS_NAME", ""), dynamo, table, clock,
                message -> JsonLog.get(LettersWiring.class).warn(message));
        DynamoDocumentStore documents = new DynamoDocumentStore(dynamo, table, cases);
        AwsLetterStorage storage = new AwsLetterStorage(dynamo, table, AwsClients.s3(pathStyle),
                env.require("DOCUMENT_BUCKET"));
        LetterService service = new LetterService(cases, documents, storage, storage, new PoiTlRenderer(),
                ShippedTemplates::docx, new CurrentWorkflow(settings, holidays), env.require("PEMDA_NAME"),
                ZoneId.of(env.require("PEMDA_ZONE")), clock);
        return new LettersRoutes(service).function();
    }
}
