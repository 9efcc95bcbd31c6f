package id.sikerja.workflow;

import id.sikerja.api.Settings;
import id.sikerja.adapters.AwsClients;
import id.sikerja.adapters.events.DomainEventBus;
import id.sikerja.adapters.dynamo.DynamoActivityStore;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.adapters.dynamo.DynamoDocumentStore;
import id.sikerja.adapters.dynamo.DynamoDepartmentStore;
import id.sikerja.adapters.dynamo.DynamoHolidayStore;
import id.sikerja.api.Env;
import id.sikerja.api.JsonLog;
import id.sikerja.adapters.ses.SesMailer;
import id.sikerja.core.intake.PartnerNotices;
import id.sikerja.api.HttpFunction;
import id.sikerja.core.activities.ActivityService;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.documents.RegisteredUploads;
import id.sikerja.core.settings.CurrentWorkflow;
import id.sikerja.core.settings.DepartmentSettings;
import id.sikerja.core.settings.HolidaySettings;
import id.sikerja.core.settings.ShippedDepartments;
import id.sikerja.core.time.HolidayCsv;
import id.sikerja.core.workflow.WorkflowSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;

/** Builds the workflow function from its configuration (environment variables set by template.yaml). */
public final class WorkflowWiring {

    private static final JsonLog LOG = JsonLog.get(WorkflowWiring.class);

    private WorkflowWiring() {
    }

    public static HttpFunction function(Env env) {
        String table = env.require("TABLE_NAME");
        WorkflowSettings settings = Settings.workflow(env);
        Duration holidayCache = Duration.ofSeconds(Long.parseLong(env.require("HOLIDAY_CACHE_SECONDS")));
        Clock clock = Clock.systemUTC();
        DynamoDbClient dynamo = AwsClients.dynamo();
        HolidaySettings holidays = new HolidaySettings(new DynamoHolidayStore(dynamo, table), HolidayCsv.loadDefault(), HolidayCsv.defaultConfirmedYears(),
                clock, holidayCache);
        // a command may reference registered uploads only: files whose bytes arrived and were checked
        // each transition's domain events are published right after its commit (the sweep retries what fails)
        DynamoCaseStore store = DomainEventBus.publishing(new DynamoCaseStore(dynamo, table, clock),
                env.optional("EVENT_BUS_NAME", ""), dynamo, table, clock, message -> LOG.warn(message));
        // the partner hears of every change that concerns it: owed in the change's commit, sent right after
        PartnerNotices notices = new PartnerNotices(Settings.pemda(env), new SesMailer(AwsClients.ses()), store,
                clock, message -> LOG.warn(message));
        CaseService cases = new CaseService(store, new CurrentWorkflow(settings, holidays),
                new RegisteredUploads(new DynamoDocumentStore(dynamo, table, clock)), clock, notices::owed);
        DepartmentSettings departments = new DepartmentSettings(new DynamoDepartmentStore(dynamo, table),
                ShippedDepartments.LIST, clock,
                Duration.ofSeconds(Long.parseLong(env.require("DEPARTMENT_CACHE_SECONDS"))));
        // issue 18: implementation activities, beside their case in the same table
        DynamoDocumentStore documents = new DynamoDocumentStore(dynamo, table, store);
        ActivityService activities = new ActivityService(store, new DynamoActivityStore(dynamo, table, store, clock),
                documents, new CurrentWorkflow(settings, holidays), clock);
        return new WorkflowRoutes(cases, holidays, departments, notices::deliver)
                .serving(new ActivityRoutes(activities, cases, documents).routes()).function();
    }
}
