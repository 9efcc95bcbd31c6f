package id.sikerja.workflow;

import id.sikerja.core.cases.CaseOutcome.Change;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseView;
import id.sikerja.core.model.Partner;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.settings.DepartmentDirectory;
import id.sikerja.core.settings.HolidayYear;
import id.sikerja.core.time.Holiday;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.ActionAvailability;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentVersion;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.AmendmentStatus;
import id.sikerja.core.workflow.Amendments;
import id.sikerja.core.workflow.MonevEntry;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.UnmetCondition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON shapes of the workflow function, with labels and messages in the caller's language. Codes (stage,
 * action, fact keys...) are stable; labels are for people.
 */
final class CaseJson {

    private final Language lang;

    CaseJson(Language lang) {
        this.lang = lang;
    }

    private String t(Text text) {
        return text.in(lang);
    }

    // ------------------------------------------------------------------ the officer's view

    /** {@code GET /cooperations/{id}}. */
    Map<String, Object> view(CaseView v) {
        return view(v, java.util.Optional.empty());
    }

    /** {@code GET /cooperations/{id}}, with the potential or need the case answers (issue 16). */
    Map<String, Object> view(CaseView v, java.util.Optional<id.sikerja.core.answers.AnsweredEntry> entry) {
        Map<String, Object> out = summary(v.record());
        id.sikerja.core.answers.Answering.potentialOf(v.record().state()).ifPresent(potentialId -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", potentialId);
            entry.ifPresent(e -> {
                p.put("kind", e.kind());
                p.put("title", lang == Language.EN ? e.titleEn().orElse(e.title()) : e.title());
                p.put("department", e.department());
                p.put("status", e.status());
            });
            out.put("potential", p);
        });
        CaseState s = v.record().state();
        out.put("proposal", proposal(v.record().proposal()));
        out.put("facts", s.facts().toStrings().entrySet().stream().map(e -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("fact", e.getKey());
            f.put("label", Fact.byKey(e.getKey()).map(x -> t(x.label())).orElse(e.getKey()));
            f.put("value", e.getValue());
            return f;
        }).toList());
        out.put("documents", s.documents().all().stream().map(this::document).toList());
        out.put("monev", s.monev().stream().map(this::monev).toList());
        out.put("timeline", v.timeline().stream().map(this::event).toList());
        out.put("dueDates", v.dueDates().stream().map(this::dueDate).toList());
        out.put("warnings", unmet(v.warnings()));
        out.put("actions", v.actions().stream().map(this::action).toList());
        // issue 18 (h18-amend): the open amendment and the signed ones
        out.put("amendment", openAmendment(s));
        out.put("amendments", Amendments.signed(s).stream().map(a -> signedAmendment(s, a)).toList());
        return out;
    }

    /** The open amendment: its step, reason, and each term it changes with the value before and after. */
    private Map<String, Object> openAmendment(CaseState s) {
        Optional<AmendmentStatus> status = s.fact(Fact.AMENDMENT_STATUS);
        if (status.isEmpty()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.get().name());
        out.put("statusLabel", t(status.get().label()));
        out.put("reason", s.fact(Fact.AMENDMENT_REASON).orElse(null));
        List<Map<String, Object>> changes = new ArrayList<>();
        change(changes, "termEnd", s.fact(Fact.AMENDMENT_TERM_END_BEFORE).map(Object::toString),
                s.fact(Fact.AMENDMENT_TERM_END).map(Object::toString), Fact.AMENDMENT_TERM_END);
        change(changes, "value", s.fact(Fact.AMENDMENT_VALUE_BEFORE).map(BigDecimal::toPlainString),
                s.fact(Fact.AMENDMENT_VALUE).map(BigDecimal::toPlainString), Fact.AMENDMENT_VALUE);
        change(changes, "scope", s.fact(Fact.AMENDMENT_SCOPE_BEFORE), s.fact(Fact.AMENDMENT_SCOPE), Fact.AMENDMENT_SCOPE);
        change(changes, "obligations", s.fact(Fact.AMENDMENT_OBLIGATIONS_BEFORE), s.fact(Fact.AMENDMENT_OBLIGATIONS),
                Fact.AMENDMENT_OBLIGATIONS);
        change(changes, "departments", s.fact(Fact.AMENDMENT_DEPARTMENTS_BEFORE), s.fact(Fact.AMENDMENT_DEPARTMENTS),
                Fact.AMENDMENT_DEPARTMENTS);
        out.put("changes", changes);
        out.put("dprdRequired", Amendments.DPRD_REQUIRED.test(s, id.sikerja.core.workflow.WorkflowSettings.defaults()));
        return out;
    }

    private void change(List<Map<String, Object>> out, String term, Optional<String> before, Optional<String> after,
                        Fact<?> fact) {
        if (after.isEmpty()) {
            return;
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("term", term);
        c.put("label", t(fact.label()));
        c.put("before", before.orElse(null));
        c.put("after", after.get());
        out.add(c);
    }

    /** A signed amendment: number, date, what changed (the term's end and value before and after), its copy. */
    private Map<String, Object> signedAmendment(CaseState s, Amendments.SignedAmendment a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("number", a.number());
        out.put("signedOn", a.signedOn().toString());
        out.put("changed", a.changed());
        out.put("termEndBefore", a.termEndBefore().map(Object::toString).orElse(null));
        out.put("termEndAfter", a.termEndAfter().map(Object::toString).orElse(null));
        out.put("valueBefore", a.valueBefore().map(BigDecimal::toPlainString).orElse(null));
        out.put("valueAfter", a.valueAfter().map(BigDecimal::toPlainString).orElse(null));
        out.put("document", s.documents().versions(DocumentType.ADENDUM_SIGNED).stream()
                .filter(v -> v.version() == a.signedCopyVersion()).findFirst().map(this::document).orElse(null));
        return out;
    }

    /** What a case is and where it stands, without its history: also the "current" of a 409. */
    Map<String, Object> summary(CaseRecord r) {
        CaseState s = r.state();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("version", s.version());
        out.put("title", r.proposal().title());
        out.put("category", s.category().name());
        out.put("ksddKind", s.ksddKind().map(Enum::name).orElse(null));
        out.put("ksdpkInitiative", s.ksdpkInitiative().map(Enum::name).orElse(null));
        out.put("origin", s.origin().name());
        out.put("stage", stage(s.stage()));
        out.put("stageEnteredAt", s.stageEnteredAt().toString());
        out.put("departments", s.departments());
        out.put("trackingCode", r.trackingCode());
        out.put("parentId", s.parentId().orElse(null));
        out.put("previousAgreementId", s.previousAgreementId().orElse(null));
        out.put("endReason", s.endReason().map(this::endReason).orElse(null));
        out.put("createdAt", s.createdAt().toString());
        out.put("updatedAt", r.updatedAt().toString());
        // issue 18 (h18-owner): the responsible officer {username, name}, null while none is recorded
        out.put("responsibleOfficer", s.fact(Fact.RESPONSIBLE_OFFICER).map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("username", u);
            m.put("name", s.fact(Fact.RESPONSIBLE_OFFICER_NAME).orElse(u));
            return m;
        }).orElse(null));
        return out;
    }

    /** The answer to a stored transition or creation: the case as it now stands and the events written. */
    Map<String, Object> change(Change c) {
        Map<String, Object> out = summary(c.record());
        out.put("events", c.events().stream().map(this::event).toList());
        out.put("dueDates", c.record().state().dueDates().stream().map(this::dueDate).toList());
        out.put("linkedCaseId", c.linked().orElse(null));
        return out;
    }

    // ------------------------------------------------------------------ the partner's view

    /** The answer to a partner's transition: nothing internal (no officer ids, facts or documents). */
    Map<String, Object> partnerChange(Change c) {
        Map<String, Object> out = partnerCurrent(c.record());
        out.put("events", c.events().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", e.at().toString());
            m.put("action", e.action().name());
            m.put("actionLabel", t(e.action().label()));
            m.put("from", e.from().map(this::stage).orElse(null));
            m.put("to", stage(e.to()));
            m.put("note", e.note().isEmpty() ? null : e.note());
            return m;
        }).toList());
        return out;
    }

    /** Where the partner's case stands: also the "current" of a 409 on the partner's route. */
    Map<String, Object> partnerCurrent(CaseRecord r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("trackingCode", r.trackingCode());
        out.put("version", r.version());
        out.put("stage", stage(r.stage()));
        out.put("updatedAt", r.updatedAt().toString());
        return out;
    }

    // ------------------------------------------------------------------ holidays

    Map<String, Object> holidayYears(List<HolidayYear> years) {
        return Map.of("years", years.stream().map(this::holidayYear).toList());
    }

    Map<String, Object> holidayYear(HolidayYear y) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", y.year());
        out.put("version", y.version());
        out.put("source", y.stored() ? "STORED" : "SHIPPED");
        out.put("updatedAt", y.stored() ? y.updatedAt().toString() : null);
        out.put("updatedBy", y.stored() ? y.updatedBy() : null);
        out.put("confirmed", y.confirmed());
        out.put("holidays", y.holidays().stream().map(CaseJson::holiday).toList());
        return out;
    }

    private static Map<String, Object> holiday(Holiday h) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", h.date().toString());
        out.put("name", h.name());
        out.put("kind", h.kind().name());
        return out;
    }

    // ------------------------------------------------------------------ departments

    /** The department directory: public, so without who stored it. */
    static Map<String, Object> departments(DepartmentDirectory d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", d.version());
        out.put("source", d.stored() ? "STORED" : "SHIPPED");
        out.put("departments", d.departments().stream().map(dep -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", dep.code());
            m.put("name", dep.name());
            return m;
        }).toList());
        return out;
    }

    // ------------------------------------------------------------------ parts

    /** Unmet conditions with the request member that would fix each, where there is one. */
    List<Map<String, Object>> unmet(List<UnmetCondition> list) {
        return list.stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", u.kind().name());
            m.put("code", u.code());
            m.put("field", field(u.code()));
            m.put("message", t(u.message()));
            return m;
        }).toList();
    }

    /** The request member an unmet condition is about (a dotted path into the transition body), or null. */
    static String field(String code) {
        return UnmetCondition.fieldOf(code);
    }

    private Map<String, Object> stage(Stage s) {
        return Map.of("code", s.name(), "label", t(s.label()));
    }

    private Map<String, Object> endReason(EndReason r) {
        return Map.of("code", r.name(), "label", t(r.label()));
    }

    private static Map<String, Object> proposal(Proposal p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", p.title());
        out.put("background", p.background());
        out.put("purpose", p.purpose());
        out.put("scope", p.scope());
        out.put("expectedBenefits", p.expectedBenefits());
        out.put("location", p.location());
        out.put("durationMonths", p.durationMonths());
        out.put("financing", p.financing());
        Partner partner = p.partner();
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("name", partner.name());
        pm.put("type", partner.type().name());
        pm.put("regionOrCountry", partner.regionOrCountry());
        pm.put("address", partner.address());
        pm.put("contactPerson", partner.contactPerson());
        pm.put("email", partner.email());
        pm.put("phone", partner.phone());
        out.put("partner", pm);
        return out;
    }

    private Map<String, Object> document(DocumentVersion d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", d.type().name());
        out.put("label", t(d.type().label()));
        out.put("version", d.version());
        out.put("storageKey", d.storageKey());
        out.put("sha256", d.sha256());
        out.put("fileName", d.fileName());
        out.put("registeredAt", d.registeredAt().toString());
        out.put("registeredBy", d.registeredBy());
        out.put("registeredByRole", d.registeredByRole().name());
        return out;
    }

    private Map<String, Object> monev(MonevEntry m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", m.kind().name());
        out.put("period", m.period().label());
        out.put("periodStart", m.period().start().toString());
        out.put("periodEnd", m.period().end().toString());
        out.put("at", m.at().toString());
        out.put("actorId", m.actorId());
        out.put("role", m.role().name());
        out.put("summary", m.summary());
        out.put("documents", refs(m.documents()));
        out.put("evaluation", m.evaluation().map(e -> {
            Map<String, Object> ev = new LinkedHashMap<>();
            Map<String, Object> scores = new LinkedHashMap<>();
            e.scores().forEach((c, s) -> scores.put(c.name(), s));
            ev.put("scores", scores);
            ev.put("rating", e.rating());
            ev.put("recommendation", e.recommendation().name());
            // issue 18: the verified activities a criterion cites (ids; the case's activities list has them)
            Map<String, Object> cited = new LinkedHashMap<>();
            e.cited().forEach((c, ids) -> cited.put(c.name(), ids));
            ev.put("cited", cited);
            return ev;
        }).orElse(null));
        return out;
    }

    /** One timeline entry: who (id and role), when, from which stage to which, with what. */
    private Map<String, Object> event(TimelineEvent e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("at", e.at().toString());
        out.put("actor", Map.of("id", e.actorId(), "role", e.actorRole().name(), "roleLabel", t(e.actorRole().label())));
        out.put("action", e.action().name());
        out.put("actionLabel", t(e.action().label()));
        out.put("from", e.from().map(this::stage).orElse(null));
        out.put("to", stage(e.to()));
        out.put("note", e.note().isEmpty() ? null : e.note());
        out.put("facts", e.facts());
        out.put("documents", refs(e.documents()));
        out.put("endReason", e.endReason().map(this::endReason).orElse(null));
        return out;
    }

    private static List<Map<String, Object>> refs(List<DocumentRef> refs) {
        return refs.stream().map(r -> Map.<String, Object>of("type", r.type().name(), "version", r.version())).toList();
    }

    private Map<String, Object> dueDate(DueDate d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", d.kind().name());
        out.put("label", t(d.kind().label()));
        out.put("date", d.date().toString());
        out.put("recipients", d.recipients().stream().map(Enum::name).sorted().toList());
        String note = t(d.note());
        out.put("note", note.isEmpty() ? null : note);
        out.put("provisional", d.provisional());
        return out;
    }

    /** One action as the officer sees it: allowed or not and why not, and what its form asks for. */
    private Map<String, Object> action(ActionAvailability a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("action", a.action().name());
        out.put("label", t(a.label()));
        out.put("target", a.target().map(this::stage).orElse(null));
        out.put("permitted", a.permitted());
        out.put("allowed", a.allowed());
        out.put("reasons", unmet(a.reasons()));
        out.put("asks", a.asks().stream().map(this::ask).toList());
        out.put("inputs", a.inputs().stream().map(this::t).toList());
        out.put("documentTypes", a.documentTypes().stream().sorted().map(d -> Map.of("type", d.name(),
                "label", t(d.label()))).toList());
        return out;
    }

    /** A fact the action's form asks for, with its value type (and choices for an enumeration). */
    private Map<String, Object> ask(Fact<?> f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fact", f.key());
        out.put("label", t(f.label()));
        Class<?> type = f.type();
        String kind = type == LocalDate.class ? "date" : type == Boolean.class ? "boolean"
                : type == Integer.class ? "integer" : type == BigDecimal.class ? "number"
                : type.isEnum() ? "choice" : "text";
        out.put("type", kind);
        if (type.isEnum()) {
            out.put("choices", Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        return out;
    }
}
