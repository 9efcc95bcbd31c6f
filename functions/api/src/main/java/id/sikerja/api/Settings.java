package id.sikerja.api;

import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.workflow.RegionLevel;
import id.sikerja.core.workflow.WorkflowSettings;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Settings every function builds the same way from the environment the template sets. */
public final class Settings {

    private Settings() {
    }

    /** The Pemda: name, time zone, web origin, sender, and the Bagian Kerja Sama's inbox(es). */
    public static PemdaSettings pemda(Env env) {
        List<String> admins = Arrays.stream(env.optional("ADMIN_NOTIFY_EMAILS", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new PemdaSettings(env.require("PEMDA_NAME"), ZoneId.of(env.require("PEMDA_ZONE")),
                env.require("WEB_BASE_URL"), env.require("MAIL_FROM"), admins);
    }

    /**
     * The process's numbers for this Pemda: its zone, its level, and the grace before the system ends an agreement;
     * every other time limit keeps its default ({@link id.sikerja.core.workflow.TimeLimit}).
     */
    public static WorkflowSettings workflow(Env env) {
        return WorkflowSettings.builder()
                .zone(ZoneId.of(env.require("PEMDA_ZONE")))
                .regionLevel(RegionLevel.valueOf(env.require("PEMDA_LEVEL")))
                .expiryGraceDays(Integer.parseInt(env.require("REMINDER_GRACE_DAYS")))
                .build();
    }
}
