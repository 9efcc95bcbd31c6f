package id.sikerja.intake;

import id.sikerja.adapters.AwsClients;
import id.sikerja.adapters.dynamo.DynamoIntakeStore;
import id.sikerja.adapters.ses.SesMailer;
import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.JsonLog;
import id.sikerja.core.intake.IntakeService;
import id.sikerja.core.intake.TrackingService;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.time.HolidayCalendar;
import id.sikerja.core.time.HolidayCsv;
import id.sikerja.core.workflow.Workflow;
import id.sikerja.core.workflow.WorkflowSettings;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Builds the intake function from its configuration; shared by the Spring and the plain entry points. */
public final class IntakeWiring {

    private IntakeWiring() {
    }

    public static HttpFunction function(Env env) {
        PemdaSettings pemda = pemda(env);
        DynamoIntakeStore store = new DynamoIntakeStore(AwsClients.dynamo(), env.require("TABLE_NAME"));
        JsonLog log = JsonLog.get(IntakeService.class);
        // Intake's only deadline is the validation SLA; the holiday list admins edit arrives with the workflow
        // function (issue 3), until then the shipped list counts the working days.
        Workflow workflow = new Workflow(WorkflowSettings.defaults().withZone(pemda.zone()),
                HolidayCalendar.of(HolidayCsv.loadDefault()));
        IntakeService intake = new IntakeService(store, workflow, new SesMailer(AwsClients.ses()), Clock.systemUTC(), pemda,
                message -> log.warn(message));
        return new IntakeRoutes(intake, new TrackingService(store), pemda).function();
    }

    static PemdaSettings pemda(Env env) {
        List<String> admins = Arrays.stream(env.optional("ADMIN_NOTIFY_EMAILS", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new PemdaSettings(env.require("PEMDA_NAME"), ZoneId.of(env.require("PEMDA_ZONE")),
                env.require("WEB_BASE_URL"), env.require("MAIL_FROM"), admins);
    }
}
