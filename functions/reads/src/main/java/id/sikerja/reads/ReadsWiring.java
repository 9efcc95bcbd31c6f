package id.sikerja.reads;

import id.sikerja.adapters.AwsClients;
import id.sikerja.adapters.dynamo.DynamoDepartmentStore;
import id.sikerja.adapters.dynamo.DynamoPotentialStore;
import id.sikerja.adapters.dynamo.DynamoDisabledOfficers;
import id.sikerja.adapters.dynamo.DynamoSummarySource;
import id.sikerja.adapters.dynamo.DynamoAnswerLinks;
import id.sikerja.core.answers.EntryAnswers;
import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;
import id.sikerja.core.reads.OfficerReads;
import id.sikerja.core.reads.OfficerTasks;
import id.sikerja.core.reads.Registry;
import id.sikerja.core.reads.SummaryCache;
import id.sikerja.core.settings.DepartmentSettings;
import id.sikerja.core.settings.ShippedDepartments;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Builds the read functions from their configuration (environment variables set by template.yaml). Each keeps the
 * case summaries of its warm instance ({@link SummaryCache}) and reads only what changed on each request.
 */
public final class ReadsWiring {

    private ReadsWiring() {
    }

    private static SummaryCache summaries(Env env, Clock clock) {
        return new SummaryCache(new DynamoSummarySource(AwsClients.dynamo(), env.require("TABLE_NAME")), clock);
    }

    public static HttpFunction officers(Env env) {
        Clock clock = Clock.systemUTC();
        ZoneId zone = ZoneId.of(env.require("PEMDA_ZONE"));
        SummaryCache summaries = summaries(env, clock);
        // issue 18 (h18-owner): the disabled officers' set (one GetItem a request: a disabling shows at once) flags cases they hold
        DynamoDisabledOfficers disabled = new DynamoDisabledOfficers(AwsClients.dynamo(), env.require("TABLE_NAME"),
                clock, Duration.ZERO);
        OfficerReads reads = new OfficerReads(summaries, clock, zone, disabled::usernames);
        // issue 17: the calendar reads the month's signings from GSI1 (the same index the summaries are read from)
        id.sikerja.core.reads.SigningCalendar calendar = new id.sikerja.core.reads.SigningCalendar(summaries,
                new id.sikerja.adapters.dynamo.DynamoSigningScheduleStore(AwsClients.dynamo(), env.require("TABLE_NAME")),
                zone);
        return new OfficerReadsRoutes(reads, new OfficerTasks(summaries, reads)).withCalendar(calendar).function();
    }

    public static HttpFunction registry(Env env) {
        Clock clock = Clock.systemUTC();
        ZoneId zone = ZoneId.of(env.require("PEMDA_ZONE"));
        // the department directory's one item (GetItem), cached per instance like the holiday list
        DepartmentSettings departments = new DepartmentSettings(
                new DynamoDepartmentStore(AwsClients.dynamo(), env.require("TABLE_NAME")), ShippedDepartments.LIST, clock,
                Duration.ofSeconds(Long.parseLong(env.require("DEPARTMENT_CACHE_SECONDS"))));
        Registry registry = new Registry(summaries(env, clock), clock, zone);
        // issue 16: an entry's answering cases, by key (GSI2 partition ANSWERS#<id>); public agreements only
        EntryAnswers answers = new EntryAnswers(
                new DynamoAnswerLinks(AwsClients.dynamo(), env.require("TABLE_NAME")), registry::find);
        return new PublicRegistryRoutes(registry, env.require("PEMDA_NAME"), departments,
                new DynamoPotentialStore(AwsClients.dynamo(), env.require("TABLE_NAME"), clock), answers).function();
    }
}
