package id.sikerja.workflow;

import id.sikerja.core.activities.Activity;
import id.sikerja.core.activities.ActivityEvent;
import id.sikerja.core.activities.ActivityStatus;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An activity as JSON, in the caller's language: every code with its label, its evidence with each file's name and
 * registered version (to download it through the documents routes), and what the caller may do with it now. No
 * officer's id or name: the partner reads the same shape.
 */
final class ActivityJson {

    private final Language lang;
    private final Actor actor;
    private final Map<String, Upload> uploads;

    ActivityJson(Language lang, Actor actor, Map<String, Upload> uploads) {
        this.lang = lang;
        this.actor = actor;
        this.uploads = uploads;
    }

    Map<String, Object> activity(Activity a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("version", a.version());
        m.put("title", a.draft().title());
        m.put("description", a.draft().description());
        m.put("startDate", a.draft().startDate().toString());
        m.put("endDate", a.draft().endDate().toString());
        m.put("party", a.draft().party().name());
        m.put("partyLabel", pick(a.draft().party().label()));
        m.put("outputs", a.draft().outputs());
        a.draft().indicator().ifPresent(i -> {
            Map<String, Object> ind = new LinkedHashMap<>();
            ind.put("name", i.name());
            ind.put("unit", i.unit());
            ind.put("target", i.target());
            ind.put("achievement", i.achievement());
            m.put("indicator", ind);
        });
        m.put("evidence", a.draft().evidence().stream().map(this::evidence).toList());
        m.put("status", a.status().name());
        m.put("statusLabel", pick(a.status().label()));
        a.returnReason().ifPresent(r -> m.put("returnReason", r));
        m.put("submittedByRole", a.submitterRole().name());
        m.put("submittedByLabel", pick(a.submitterRole().label()));
        m.put("submittedAt", a.submittedAt().toString());
        a.verifiedAt().ifPresent(v -> m.put("verifiedAt", v.toString()));
        m.put("history", a.history().stream().map(this::step).toList());
        m.put("mayCorrect", a.status() != ActivityStatus.VERIFIED
                && may(Action.CORRECT_ACTIVITY)
                && (a.submitterRole() == Role.PARTNER) == (actor.role() == Role.PARTNER));
        boolean decide = a.status() == ActivityStatus.SUBMITTED && !a.submitterId().equals(actor.id());
        m.put("mayVerify", decide && may(Action.VERIFY_ACTIVITY));
        m.put("mayReturn", decide && may(Action.RETURN_ACTIVITY));
        return m;
    }

    private boolean may(Action action) {
        return ProcessDefinitions.ACTIVITY_ROLES.get(action).contains(actor.role());
    }

    private Map<String, Object> evidence(String documentId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documentId", documentId);
        Upload u = uploads.get(documentId);
        if (u != null) {
            m.put("fileName", u.fileName());
            m.put("status", u.status().name());
            u.version().ifPresent(v -> m.put("version", v));
        }
        return m;
    }

    private Map<String, Object> step(ActivityEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.at().toString());
        m.put("role", e.role().name());
        m.put("roleLabel", pick(e.role().label()));
        m.put("action", e.action().name());
        m.put("actionLabel", pick(e.action().label()));
        if (!e.reason().isEmpty()) {
            m.put("reason", e.reason());
        }
        return m;
    }

    private String pick(Text t) {
        return lang.pick(t.id(), t.en());
    }

    static List<String> statuses() {
        return java.util.Arrays.stream(ActivityStatus.values()).map(Enum::name).toList();
    }
}
