package id.sikerja.reports;

import id.sikerja.adapters.dynamo.DynamoAnswerLinks;
import id.sikerja.adapters.dynamo.DynamoDepartmentStore;
import id.sikerja.adapters.dynamo.DynamoPotentialStore;
import id.sikerja.core.answers.PotentialReport;
import id.sikerja.core.settings.DepartmentSettings;
import id.sikerja.core.settings.ShippedDepartments;
import id.sikerja.adapters.AwsClients;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.adapters.dynamo.DynamoDocumentStore;
import id.sikerja.adapters.dynamo.DynamoHolidayStore;
import id.sikerja.adapters.dynamo.DynamoImportLedger;
import id.sikerja.adapters.dynamo.ImportFaultHook;
import id.sikerja.adapters.dynamo.DynamoReportCases;
import id.sikerja.api.Env;
import id.sikerja.api.Settings;
import id.sikerja.api.HttpFunction;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.documents.RegisteredUploads;
import id.sikerja.core.documents.StorageKeys;
import id.sikerja.core.imports.ImportService;
import id.sikerja.core.reports.ForeignAnnualReport;
import id.sikerja.core.reports.Reports;
import id.sikerja.core.settings.CurrentWorkflow;
import id.sikerja.core.settings.HolidaySettings;
import id.sikerja.core.time.HolidayCsv;
import id.sikerja.core.workflow.RegionLevel;
import id.sikerja.core.workflow.WorkflowSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Builds the reports function from its configuration (environment variables set by template.yaml). */
public final class ReportsWiring {

    private ReportsWiring() {
    }

    /** The deployed function: no fault injected. */
    public static HttpFunction function(Env env) {
        return function(env, ImportFaultHook.NONE);
    }

    /**
     * The function with a fault hook in its import (rehearsals: the local runtime injects one, see ReportsApp);
     * the deployed wiring passes {@link ImportFaultHook#NONE}.
     */
    public static HttpFunction function(Env env, ImportFaultHook importFaults) {
        String table = env.require("TABLE_NAME");
        WorkflowSettings settings = Settings.workflow(env);
        ZoneId zone = settings.zone();
        RegionLevel level = settings.regionLevel();
        Duration holidayCache = Duration.ofSeconds(Long.parseLong(env.require("HOLIDAY_CACHE_SECONDS")));
        Clock clock = Clock.systemUTC();
        DynamoDbClient dynamo = AwsClients.dynamo();
        HolidaySettings holidays = new HolidaySettings(new DynamoHolidayStore(dynamo, table), HolidayCsv.loadDefault(), HolidayCsv.defaultConfirmedYears(),
                clock, holidayCache);
        DynamoDocumentStore documents = new DynamoDocumentStore(dynamo, table, clock);
        // imported rows are entered exactly as POST /cooperations/legacy enters one agreement
        CaseService cases = new CaseService(new DynamoCaseStore(dynamo, table, clock),
                new CurrentWorkflow(settings, holidays), new RegisteredUploads(documents), clock);
        ImportService imports = new ImportService(cases,
                id -> documents.find(new StorageKeys.UploadId(Optional.empty(), id)),
                new DynamoImportLedger(dynamo, table, clock, importFaults), clock);
        DynamoReportCases reportCases = new DynamoReportCases(dynamo, table);
        // issue 16: the potentials and needs report reads the entries by status, the answer links and the case rows
        DynamoPotentialStore potentials = new DynamoPotentialStore(dynamo, table, clock);
        DynamoAnswerLinks links = new DynamoAnswerLinks(dynamo, table);
        DepartmentSettings departments = new DepartmentSettings(new DynamoDepartmentStore(dynamo, table),
                ShippedDepartments.LIST, clock,
                Duration.ofSeconds(Long.parseLong(env.require("DEPARTMENT_CACHE_SECONDS"))));
        // issue 18: each foreign agreement's verified activities, read from its own partition (a Query, no scan)
        id.sikerja.adapters.dynamo.DynamoActivityStore activities = new id.sikerja.adapters.dynamo.DynamoActivityStore(
                dynamo, table, new DynamoCaseStore(dynamo, table, clock), clock);
        return new ReportsRoutes(new Reports(reportCases, zone), new ForeignAnnualReport(reportCases, level,
                caseId -> activities.ofCase(caseId).stream().filter(id.sikerja.core.activities.Activity::verified)
                        .toList()), imports,
                actor -> PotentialReport.of(actor, PotentialReport.allEntries(potentials), links.all(),
                        reportCases.all(), departments.directory().departments()),
                reportCases) // issue 18 (h18-owner): the value report reads the same cases
                // issue 18: the reports page's activities per agreement and year, each case's partition queried
                .withActivities(new id.sikerja.core.reports.ActivityReport(reportCases, activities::ofCase))
                .function();
    }
}
