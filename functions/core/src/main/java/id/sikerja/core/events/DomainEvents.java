package id.sikerja.core.events;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore.CaseWrite;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.DocumentVersion;
import id.sikerja.core.workflow.TimelineEvent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The domain events a case write owes, derived from it alone: the same write always gives the same events with the
 * same ids (the outbox item is written once, conditionally, with the change; a retried request writes nothing new).
 * <ul>
 *   <li>{@code CooperationSubmitted}: a case is created (a partner's proposal, a department's initiative, an
 *       extension, a child PKS, a legacy entry or an import: {@code action} says which);</li>
 *   <li>{@code StageChanged}: an event moved the case from one stage to another;</li>
 *   <li>{@code AgreementSigned}: a KB, PKS, foreign agreement or Nota Kesepakatan signing was recorded;</li>
 *   <li>{@code AgreementEnded}: an agreement was ended ({@code END}, with its reason) or ended by the system at the
 *       end of its term ({@code EXPIRE});</li>
 *   <li>{@code DocumentRegistered}: a document version became part of the case (type, version, SHA-256), once: by
 *       the event that registered it, not by a later action that cites it.</li>
 * </ul>
 * The detail names the case, its tracking code, category, stages, action and documents, never a person: no partner
 * name, e-mail, phone, address, contact person, officer id or note.
 */
public final class DomainEvents {

    public static final String COOPERATION_SUBMITTED = "CooperationSubmitted";
    public static final String STAGE_CHANGED = "StageChanged";
    public static final String AGREEMENT_SIGNED = "AgreementSigned";
    public static final String AGREEMENT_ENDED = "AgreementEnded";
    public static final String DOCUMENT_REGISTERED = "DocumentRegistered";
    public static final List<String> TYPES = List.of(COOPERATION_SUBMITTED, STAGE_CHANGED, AGREEMENT_SIGNED,
            AGREEMENT_ENDED, DOCUMENT_REGISTERED);

    private static final Set<Action> SIGNINGS = EnumSet.of(Action.SIGN_KB, Action.SIGN_PKS, Action.SIGN_NASKAH,
            Action.SIGN_NOTA);
    private static final Set<Action> ENDINGS = EnumSet.of(Action.END, Action.EXPIRE);

    private DomainEvents() {
    }

    /** The events of one case write, in the order of its timeline events. */
    public static List<DomainEvent> of(CaseWrite write) {
        CaseRecord record = write.record();
        List<DomainEvent> out = new ArrayList<>();
        for (TimelineEvent e : write.events()) {
            if (write.expectedVersion() == 0 && e.from().isEmpty()) {
                Map<String, Object> d = common(record, e);
                d.put("stage", e.to().name());
                d.put("departments", record.state().departments());
                out.add(event(record, COOPERATION_SUBMITTED, out.size(), e, d));
            } else if (e.changedStage()) {
                Map<String, Object> d = common(record, e);
                d.put("stageFrom", e.from().map(Enum::name).orElse(null));
                d.put("stageTo", e.to().name());
                out.add(event(record, STAGE_CHANGED, out.size(), e, d));
            }
            if (SIGNINGS.contains(e.action())) {
                Map<String, Object> d = common(record, e);
                d.put("stage", e.to().name());
                d.put("signedDocuments", documents(record, e));
                out.add(event(record, AGREEMENT_SIGNED, out.size(), e, d));
            }
            if (ENDINGS.contains(e.action())) {
                Map<String, Object> d = common(record, e);
                d.put("stageFrom", e.from().map(Enum::name).orElse(null));
                d.put("stageTo", e.to().name());
                d.put("endReason", e.endReason().map(Enum::name).orElse(null));
                out.add(event(record, AGREEMENT_ENDED, out.size(), e, d));
            }
            for (DocumentRef ref : e.documents()) {
                Optional<DocumentVersion> stored = record.state().documents().find(ref);
                // only a version this event registered: an action citing a version registered before (an upload
                // that arrived first) does not register it again
                if (stored.isEmpty() || !stored.get().registeredAt().equals(e.at())) {
                    continue;
                }
                Map<String, Object> d = common(record, e);
                d.put("stage", e.to().name());
                d.put("documentType", ref.type().name());
                d.put("documentVersion", ref.version());
                d.put("sha256", stored.get().sha256());
                out.add(event(record, DOCUMENT_REGISTERED, out.size(), e, d));
            }
        }
        return out;
    }

    private static Map<String, Object> common(CaseRecord record, TimelineEvent e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("caseId", record.id());
        d.put("trackingCode", record.trackingCode());
        d.put("category", record.proposal() == null || record.proposal().category() == null ? null
                : record.proposal().category().name());
        d.put("caseVersion", record.version());
        d.put("action", e.action().name());
        d.put("actorRole", e.actorRole().name());
        return d;
    }

    private static List<Map<String, Object>> documents(CaseRecord record, TimelineEvent e) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DocumentRef ref : e.documents()) {
            record.state().documents().find(ref).ifPresent(v -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("documentType", ref.type().name());
                doc.put("documentVersion", ref.version());
                doc.put("sha256", v.sha256());
                out.add(doc);
            });
        }
        return out;
    }

    private static DomainEvent event(CaseRecord record, String type, int position, TimelineEvent e,
                                     Map<String, Object> body) {
        String id = UUID.nameUUIDFromBytes((record.id() + "|v" + record.version() + "|" + position + "|" + type)
                .getBytes(StandardCharsets.UTF_8)).toString();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("eventId", id);
        detail.put("occurredAt", e.at().toString());
        detail.putAll(body);
        return new DomainEvent(id, type, e.at(), record.id(), JsonText.write(detail));
    }
}
