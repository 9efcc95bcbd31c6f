package id.sikerja.workflow;

import id.sikerja.adapters.dynamo.DynamoPotentialStore;
import id.sikerja.core.answers.PotentialEntries;
import id.sikerja.api.Settings;
import id.sikerja.adapters.AwsClients;
import id.sikerja.adapters.events.DomainEventBus;
import id.sikerja.adapters.dynamo.DynamoActivityStore;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.adapters.dynamo.DynamoDocumentStore;
import id.sikerja.adapters.dynamo.DynamoDepartmentStore;
import id.sikerja.adapters.dynamo.DynamoHolidayStore;
import id.sikerja.adapters.dynamo.DynamoPotentialStore;
import id.sikerja.core.potentials.PotentialService;
import java.util.UUID;
import id.sikerja.adapters.dynamo.DynamoCommentStore;
import id.sikerja.adapters.dynamo.DynamoNotificationStore;
import id.sikerja.adapters.dynamo.DynamoOfficerDirectory;
import id.sikerja.adapters.dynamo.DynamoOfficerRoster;
import id.sikerja.core.discussion.DiscussionService;
import id.sikerja.core.notifications.CaseNotifier;
import id.sikerja.core.notifications.Notifications;
import id.sikerja.core.notifications.ImmediateMail;
import id.sikerja.adapters.dynamo.DynamoReviewStore;
import id.sikerja.adapters.dynamo.DynamoSigningScheduleStore;
import id.sikerja.core.signing.SigningSchedules;
import id.sikerja.core.reviews.MemberReviews;
import id.sikerja.api.Env;
import id.sikerja.api.JsonLog;
import id.sikerja.adapters.ses.SesMailer;
import id.sikerja.core.intake.PartnerNotices;
import id.sikerja.api.HttpFunction;
import id.sikerja.core.activities.ActivityReturnMails;
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

import id.sikerja.adapters.cognito.CognitoUserDirectory;
import id.sikerja.adapters.dynamo.DynamoOfficerDirectory;
import id.sikerja.adapters.dynamo.DynamoSummarySource;
import id.sikerja.core.reads.SummaryCache;
import id.sikerja.core.users.Handover;
import id.sikerja.core.users.ResponsibleOfficers;
import id.sikerja.core.users.UserDirectory;

import java.time.Clock;
import java.util.List;
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
        // issue 16: departments' potentials and needs, in the department directory's codes
        DynamoPotentialStore potentialStore = new DynamoPotentialStore(dynamo, table, clock);
        PotentialService potentials = new PotentialService(potentialStore,
                code -> departments.directory().find(code).isPresent() || departments.reload().find(code).isPresent(),
                clock, () -> UUID.randomUUID().toString());
        // issue 16 (h16-link): a department's initiative may answer a potential or need; the entry follows its cases
        PotentialEntries entries = new PotentialEntries(potentialStore, clock);
        // issue 17: the discussion, and the notifications a change or a comment owes officers
        DynamoOfficerRoster roster = new DynamoOfficerRoster(dynamo, table);
        Notifications notifications = new Notifications(new DynamoNotificationStore(dynamo, table), clock,
                new ImmediateMail(Settings.pemda(env), new SesMailer(AwsClients.ses()),
                        new DynamoOfficerDirectory(dynamo, table)::immediateChoice, message -> LOG.warn(message)));
        CaseNotifier notifier = new CaseNotifier(notifications, roster);
        DiscussionService discussion = new DiscussionService(store, new DynamoCommentStore(dynamo, table, clock), roster,
                notifications, clock);
        // issue 18 (h18-owner): the officers' directory (AdminGetUser, AdminListGroupsForUser) checks a responsible
        // officer; the hand-over reads the case summaries (GSI1 CASES) and the officers' digest choices
        String userPool = env.optional("USER_POOL_ID", "");
        ResponsibleOfficers officers = null;
        Handover handover = null;
        if (!userPool.isEmpty()) {
            UserDirectory directory = new CognitoUserDirectory(AwsClients.cognito(), userPool);
            handover = new Handover(directory,
                    new SummaryCache(new DynamoSummarySource(dynamo, table), clock), cases,
                    new DynamoOfficerDirectory(dynamo, table), List.of(notificationsStep(notifications)), clock);
            officers = new ResponsibleOfficers(directory);
        }
        // issue 18: implementation activities, beside their case in the same table
        DynamoDocumentStore documents = new DynamoDocumentStore(dynamo, table, store);
        // issue 18 (f18): a partner's returned activity owes it a mail with the reason (outbox, sent after the commit)
        ActivityReturnMails returnMails = new ActivityReturnMails(Settings.pemda(env), new SesMailer(AwsClients.ses()),
                store, clock, message -> LOG.warn(message));
        ActivityService activities = new ActivityService(store, new DynamoActivityStore(dynamo, table, store, clock),
                documents, new CurrentWorkflow(settings, holidays), clock).owingOnReturn(returnMails::owed);
        return new WorkflowRoutes(cases, holidays, departments, change -> {
            notices.deliver(change);
            notify(notifier, change);
        }, entries, officers, handover)
                .withPotentials(potentials, Settings.pemda(env).name())
                .withDiscussion(new DiscussionRoutes(cases, discussion, roster, clock))
                .withMonevCitations(activities::verified, settings::monevPeriodMonths) // issue 18: monev cites activities
                .withReviews(new MemberReviews(cases, new DynamoReviewStore(dynamo, table), clock)) // issue 17
                // issue 17: the signing schedule; the invitation's .ics goes out through SES on approval
                .withSigningSchedules(new SigningSchedules(cases, new DynamoSigningScheduleStore(dynamo, table),
                        new SesMailer(AwsClients.ses()), Settings.pemda(env), () -> java.util.UUID.randomUUID().toString(),
                        clock, message -> LOG.warn(message)))
                .serving(new ActivityRoutes(activities, cases, documents).afterReturn((caseId, a) -> store.find(caseId)
                        .ifPresent(c -> returnMails.deliver(c, a))).routes()).function();
    }

    /** Issue 17: a hand-over moves the leaving officer's unread notifications to the successor, still unread. */
    static Handover.Step notificationsStep(Notifications notifications) {
        return new Handover.Step() {
            @Override
            public String kind() {
                return "NOTIFICATIONS";
            }

            @Override
            public List<String> move(String from, String successor) {
                return notifications.moveUnread(from, successor);
            }
        };
    }

    /** After the commit: a notification that cannot be written now is logged, never fails the answered change. */
    private static void notify(CaseNotifier notifier, id.sikerja.core.cases.CaseOutcome.Change change) {
        try {
            notifier.onChange(change.record(), change.events());
        } catch (RuntimeException e) {
            LOG.warn("notifications of a change not written: " + e.getClass().getSimpleName());
        }
    }
}
