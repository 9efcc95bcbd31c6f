package id.sikerja.core.notifications;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.Visibility;
import id.sikerja.core.workflow.ActionRule;
import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.StageRule;
import id.sikerja.core.workflow.TimelineEvent;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a committed change of a case tells officers, read from the process table: the case entering a stage whose
 * way forward an officer's role may take (and whose case the officer sees) → {@link NotificationKind#STAGE_ENTERED};
 * a document a partner or department registered → {@link NotificationKind#DOCUMENT_TO_CHECK} for the admins. Each
 * notification's cause is the change's event (case, version, position), the same identity its domain event has, so
 * that a change handled twice (a retry, a re-delivered event) notifies once. The actor who made the change is not
 * told of it.
 */
public final class CaseNotifier {

    private final Notifications notifications;
    private final OfficerRoster roster;

    public CaseNotifier(Notifications notifications, OfficerRoster roster) {
        this.notifications = notifications;
        this.roster = roster;
    }

    /** Notifies what the change's events concern; returns how many notifications were new. */
    public int onChange(CaseRecord record, List<TimelineEvent> events) {
        List<Recipient> officers = roster.all();
        int added = 0;
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            String source = record.id() + "|v" + record.version() + "|" + i;
            if (e.changedStage() && !e.to().isTerminal()) {
                Set<Role> acting = actingRoles(record, e.to());
                for (Recipient r : officers) {
                    if (r.id().equals(e.actorId())) {
                        continue;
                    }
                    boolean concerned = r.actors().stream()
                            .anyMatch(a -> acting.contains(a.role()) && Visibility.canSee(a, record.state()));
                    if (concerned && notifications.notify(r.id(), NotificationKind.STAGE_ENTERED, record.id(), source,
                            e.at(), params(record, e.to()))) {
                        added++;
                    }
                }
            }
            if ((e.actorRole() == Role.PARTNER || e.actorRole() == Role.OPD) && !e.documents().isEmpty()) {
                for (DocumentRef ref : e.documents()) {
                    Map<String, String> p = params(record, e.to());
                    p.put("documentType", ref.type().name());
                    p.put("documentVersion", Integer.toString(ref.version()));
                    for (Recipient r : officers) {
                        if (r.roles().contains(Role.ADMIN) && !r.id().equals(e.actorId())
                                && notifications.notify(r.id(), NotificationKind.DOCUMENT_TO_CHECK, record.id(),
                                source + "|" + ref.type() + "|" + ref.version(), e.at(), p)) {
                            added++;
                        }
                    }
                }
            }
        }
        return added;
    }

    /**
     * The roles that act in the stage, from the process table: those that may take its way forward (as
     * {@code OfficerTasks} reads it) and those that supply the documents the stage declares (as {@code CaseHolder}
     * reads who may supply what a stage waits for). Not the partner: it has no inbox.
     */
    static Set<Role> actingRoles(CaseRecord record, Stage stage) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        ProcessDefinitions.table(record.state().category()).rule(stage).ifPresent((StageRule rule) -> {
            for (ActionRule a : rule.actions()) {
                if (a.target().isPresent() && !a.target().get().isTerminal() && a.onlyWhen().isEmpty()) {
                    roles.addAll(a.roles());
                }
            }
            rule.documents().forEach(d -> roles.addAll(d.roles()));
        });
        roles.remove(Role.PARTNER);
        roles.remove(Role.SYSTEM);
        return roles;
    }

    static Map<String, String> params(CaseRecord record, Stage stage) {
        Map<String, String> p = new LinkedHashMap<>();
        if (record.proposal() != null && record.proposal().title() != null) {
            p.put("title", record.proposal().title());
        }
        if (record.trackingCode() != null) {
            p.put("trackingCode", record.trackingCode());
        }
        p.put("stage", stage.name());
        return p;
    }
}
