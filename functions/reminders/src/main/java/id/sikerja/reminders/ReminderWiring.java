package id.sikerja.reminders;

import id.sikerja.adapters.AwsClients;
import id.sikerja.adapters.events.DomainEventBus;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.adapters.dynamo.DynamoDigestLedger;
import id.sikerja.adapters.dynamo.DynamoHolidayStore;
import id.sikerja.adapters.dynamo.DynamoOfficerDirectory;
import id.sikerja.adapters.ses.SesMailer;
import id.sikerja.api.Env;
import id.sikerja.api.Settings;
import id.sikerja.api.JsonLog;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.DocumentRegistry;
import id.sikerja.core.intake.PartnerNotices;
import id.sikerja.core.events.EventRelay;
import id.sikerja.core.reminders.DigestMails;
import id.sikerja.core.reminders.DigestRecipients;
import id.sikerja.core.reminders.Officer;
import id.sikerja.core.reminders.PartnerContacts;
import id.sikerja.core.reminders.ReminderRules;
import id.sikerja.core.settings.CurrentWorkflow;
import id.sikerja.core.settings.HolidaySettings;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.time.HolidayCsv;
import id.sikerja.core.workflow.WorkflowSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Builds the reminders function's parts from its configuration. */
final class ReminderWiring {

    private static final JsonLog LOG = JsonLog.get(ReminderWiring.class);

    private ReminderWiring() {
    }


    static ReminderJob job(Env env) {
        String table = env.require("TABLE_NAME");
        PemdaSettings pemda = Settings.pemda(env);
        DynamoDbClient dynamo = AwsClients.dynamo();
        Clock clock = Clock.systemUTC();
        HolidaySettings holidays = new HolidaySettings(new DynamoHolidayStore(dynamo, table), HolidayCsv.loadDefault(), HolidayCsv.defaultConfirmedYears(),
                clock, Duration.ofSeconds(Long.parseLong(env.require("HOLIDAY_CACHE_SECONDS"))));
        WorkflowSettings settings = Settings.workflow(env);
        DynamoCaseStore caseStore = new DynamoCaseStore(dynamo, table, clock);
        CurrentWorkflow workflow = new CurrentWorkflow(settings, holidays);
        // a run may be asked to act as of another instant (a re-run after an outage, a test): the case service
        // that records system endings then uses the same clock
        // the partner of an agreement the system ends is told, as of any other ending: the notice is owed in the
        // ending's commit (outbox) and sent right after, so that a re-run of the same day sends it once;
        // its endings' domain events are published right after each commit (the sweep retries what fails)
        SesMailer mailer = new SesMailer(AwsClients.ses());
        java.util.function.Function<Clock, PartnerNotices> notices = runClock -> new PartnerNotices(pemda, mailer,
                new DynamoCaseStore(dynamo, table, runClock), runClock, message -> LOG.warn(message));
        String bus = env.optional("EVENT_BUS_NAME", "");
        java.util.function.Function<Clock, CaseService> cases = runClock -> new CaseService(
                DomainEventBus.publishing(new DynamoCaseStore(dynamo, table, runClock), bus, dynamo, table, runClock,
                        message -> JsonLog.get(ReminderWiring.class).warn(message)),
                workflow, DocumentRegistry.unverified(), runClock, notices.apply(runClock)::owed);
        DynamoOfficerDirectory officers = new DynamoOfficerDirectory(dynamo, table);
        ReminderRules rules = ReminderRules.DEFAULTS;
        PartnerContacts partners = caseId -> caseStore.find(caseId)
                .filter(c -> c.trackingCode() != null)
                .map(c -> new PartnerContacts.Contact(c.proposal().partner().email(), c.trackingCode()));
        return new ReminderJob(caseStore, () -> recipients(officers, pemda), partners,
                new DynamoDigestLedger(dynamo, table), mailer,
                digest -> DigestMails.render(digest, pemda), pemda, rules, cases,
                runClock -> notices.apply(runClock)::deliver,
                // notices the mail service refused when they were owed: at most 50 a run, 5 minutes old at least
                runClock -> () -> notices.apply(runClock).resendPending(caseStore::find, 50, Duration.ofMinutes(5)))
                // issue 17: deadlines entering their 7-day window notify the officers who meet them (DEADLINE_SOON)
                .notifyingDeadlines(runClock -> new id.sikerja.core.notifications.DeadlineNotifier(
                        new id.sikerja.core.notifications.Notifications(
                                new id.sikerja.adapters.dynamo.DynamoNotificationStore(dynamo, table), runClock),
                        new id.sikerja.adapters.dynamo.DynamoOfficerRoster(dynamo, table), pemda.zone())::onDue)
                // issue 16: a department's digest lists new proposals answering its entries and its entries
                // unanswered for a year (reads by key: GSI3 for its entries, GSI1/GSI2 for the answer links)
                .withEntryNews(new id.sikerja.core.reminders.EntryNews(
                        new id.sikerja.adapters.dynamo.DynamoPotentialStore(dynamo, table, clock),
                        new id.sikerja.adapters.dynamo.DynamoAnswerLinks(dynamo, table), pemda.zone()));
    }

    /** The sweep of the domain-event outbox: publishes every event still pending to the bus EVENT_BUS_NAME. */
    static EventRelay eventRelay(Env env) {
        return DomainEventBus.relay(env.require("EVENT_BUS_NAME"), AwsClients.dynamo(), env.require("TABLE_NAME"),
                Clock.systemUTC(), message -> JsonLog.get(EventRelay.class).warn(message));
    }

    /** Every data migration, in order; run by {@link MigrationEvents} (the deploy, or local/run at start). */
    static id.sikerja.core.migrations.MigrationRunner migrations(Env env) {
        String table = env.require("TABLE_NAME");
        DynamoDbClient dynamo = AwsClients.dynamo();
        return new id.sikerja.core.migrations.MigrationRunner(List.of(
                new id.sikerja.adapters.migrations.DueIndexMigration(dynamo, table)),
                new id.sikerja.adapters.migrations.DynamoMigrationLedger(dynamo, table), Clock.systemUTC());
    }

    static DigestPreferenceRoutes preferences(Env env) {
        String table = env.require("TABLE_NAME");
        Clock clock = Clock.systemUTC();
        // issue 17: the officer's inbox is served beside the digest preferences (the same "me" scope and table)
        NotificationRoutes inbox = new NotificationRoutes(new id.sikerja.core.notifications.Notifications(
                new id.sikerja.adapters.dynamo.DynamoNotificationStore(AwsClients.dynamo(), table), clock),
                new id.sikerja.adapters.dynamo.DynamoOfficerRoster(AwsClients.dynamo(), table), clock);
        return new DigestPreferenceRoutes(new DynamoOfficerDirectory(AwsClients.dynamo(), table), clock)
                .withInbox(inbox);
    }

    /** The digest's recipients ({@link DigestRecipients}): the officers who chose one and the admins' inboxes. */
    static List<Officer> recipients(DynamoOfficerDirectory officers, PemdaSettings pemda) {
        return DigestRecipients.of(officers.all(), pemda.adminEmails());
    }
}
