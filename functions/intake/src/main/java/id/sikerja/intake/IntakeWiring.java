package id.sikerja.intake;

import id.sikerja.adapters.AwsClients;
import id.sikerja.adapters.events.DomainEventBus;
import id.sikerja.adapters.dynamo.DynamoDocumentStore;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.adapters.dynamo.DynamoPotentialStore;
import id.sikerja.core.answers.PotentialEntries;
import id.sikerja.adapters.dynamo.DynamoProposalCounter;
import id.sikerja.adapters.ses.SesMailer;
import id.sikerja.api.Env;
import id.sikerja.api.Settings;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.JsonLog;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.documents.RegisteredUploads;
import id.sikerja.core.intake.IntakeService;
import id.sikerja.core.intake.ProposalLimits;
import id.sikerja.core.intake.TrackingService;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.adapters.dynamo.DynamoHolidayStore;
import id.sikerja.core.settings.CurrentWorkflow;
import id.sikerja.core.settings.HolidaySettings;
import id.sikerja.core.time.HolidayCsv;
import id.sikerja.core.workflow.WorkflowSettings;

import java.time.Clock;
import java.time.Duration;

/** Builds the intake function from its configuration; shared by the Spring and the plain entry points. */
public final class IntakeWiring {

    private IntakeWiring() {
    }

    public static HttpFunction function(Env env) {
        PemdaSettings pemda = Settings.pemda(env);
        String table = env.require("TABLE_NAME");
        JsonLog log = JsonLog.get(IntakeService.class);
        // The validation deadline counts working days with the holiday list admins maintain.
        Clock clock = Clock.systemUTC();
        // the new proposal's domain events are published right after its commit (the sweep retries what fails)
        DynamoCaseStore store = DomainEventBus.publishing(new DynamoCaseStore(AwsClients.dynamo(), table, clock),
                env.optional("EVENT_BUS_NAME", ""), AwsClients.dynamo(), table, clock, message -> log.warn(message));
        DynamoDocumentStore documents = new DynamoDocumentStore(AwsClients.dynamo(), table, clock);
        HolidaySettings holidays = new HolidaySettings(new DynamoHolidayStore(AwsClients.dynamo(), table),
                HolidayCsv.loadDefault(), HolidayCsv.defaultConfirmedYears(), clock, Duration.ofSeconds(Long.parseLong(env.require("HOLIDAY_CACHE_SECONDS"))));
        WorkflowSettings settings = Settings.workflow(env);
        // a proposal is created as every case is: by the case service, in one commit
        CurrentWorkflow workflow = new CurrentWorkflow(settings, holidays);
        CaseService cases = new CaseService(store, workflow,
                new RegisteredUploads(documents), clock);
        // anonymous and mailing the partner's address: capped per address and per source IP a day
        ProposalLimits limits = new ProposalLimits(Integer.parseInt(env.require("PROPOSAL_DAILY_LIMIT_PER_ADDRESS")),
                Integer.parseInt(env.require("PROPOSAL_DAILY_LIMIT_PER_SOURCE_IP")));
        IntakeService intake = new IntakeService(cases, store, new SesMailer(AwsClients.ses()), clock, pemda,
                new DynamoProposalCounter(AwsClients.dynamo(), table), limits, message -> log.warn(message));
        // the tracking page lists the partner's uploads and what became of them
        TrackingService tracking = new TrackingService(store, documents, clock, workflow);
        // issue 16: a proposal may answer a department's potential or need (checked: it exists, not closed)
        return new IntakeRoutes(intake, tracking, pemda, new PotentialEntries(
                new DynamoPotentialStore(AwsClients.dynamo(), table, clock), clock)).function();
    }

}
