package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.reminders.ReminderRules;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.Partner;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentVersion;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.MonevCriterion;
import id.sikerja.core.workflow.MonevEntry;
import id.sikerja.core.workflow.MonevEvaluation;
import id.sikerja.core.workflow.MonevKind;
import id.sikerja.core.workflow.MonevPeriod;
import id.sikerja.core.workflow.MonevRecommendation;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import id.sikerja.core.workflow.TimelineEvent;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * Cases, timeline events and due dates as items of the single table. A case is one item holding what was
 * proposed and the whole workflow state (facts, document versions, monev, due dates), so that a transition reads
 * one item and writes it back conditionally on its version. Each due date is also an item of its own in the
 * case's partition, indexed by month and date (GSI2), so that everything due in a date range is found with
 * queries.
 */
public final class CaseItems {

    private CaseItems() {
    }

    public static Map<String, AttributeValue> toItem(CaseRecord c) {
        CaseState st = c.state();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.casePk(st.id())));
        item.put(Keys.SK, s(Keys.CASE_META));
        item.put("type", s("CASE"));
        item.put("id", s(st.id()));
        putIfPresent(item, "trackingCode", c.trackingCode());
        item.put("updatedAt", s(c.updatedAt().toString()));
        item.put(Keys.GSI1PK, s(Keys.stagePk(st.stage().name())));
        item.put(Keys.GSI1SK, s(c.updatedAt() + "#" + st.id()));
        item.put("proposal", map(proposal(c.proposal())));
        // the workflow state
        item.put("category", s(st.category().name()));
        st.ksddKind().ifPresent(k -> item.put("ksddKind", s(k.name())));
        st.ksdpkInitiative().ifPresent(k -> item.put("ksdpkInitiative", s(k.name())));
        item.put("origin", s(st.origin().name()));
        item.put("stage", s(st.stage().name()));
        item.put("stageEnteredAt", s(st.stageEnteredAt().toString()));
        item.put("departments", strings(st.departments()));
        item.put("version", n(st.version()));
        item.put("facts", map(st.facts().toStrings().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> s(e.getValue())))));
        item.put("documents", AttributeValue.fromL(st.documents().all().stream().map(CaseItems::version).toList()));
        item.put("monev", AttributeValue.fromL(st.monev().stream().map(CaseItems::monev).toList()));
        item.put("dueDates", AttributeValue.fromL(st.dueDates().stream().map(CaseItems::dueDate).toList()));
        st.parentId().ifPresent(p -> item.put("parentId", s(p)));
        st.previousAgreementId().ifPresent(p -> item.put("previousAgreementId", s(p)));
        st.endReason().ifPresent(r -> item.put("endReason", s(r.name())));
        item.put("createdAt", s(st.createdAt().toString()));
        return item;
    }

    public static CaseRecord fromItem(Map<String, AttributeValue> item) {
        CaseState st = new CaseState(
                str(item, "id"),
                Category.valueOf(str(item, "category")),
                Optional.ofNullable(str(item, "ksddKind")).map(KsddKind::valueOf),
                Optional.ofNullable(str(item, "ksdpkInitiative")).map(KsdpkInitiative::valueOf),
                Origin.valueOf(str(item, "origin")),
                Stage.valueOf(str(item, "stage")),
                instant(item, "stageEnteredAt"),
                list(item, "departments"),
                num(item, "version"),
                Facts.fromStrings(item.get("facts").m().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().s()))),
                Documents.of(item.get("documents").l().stream().map(v -> version(v.m())).toList()),
                item.get("monev").l().stream().map(v -> monev(v.m())).toList(),
                item.get("dueDates").l().stream().map(v -> dueDate(v.m())).toList(),
                Optional.ofNullable(str(item, "parentId")),
                Optional.ofNullable(str(item, "previousAgreementId")),
                Optional.ofNullable(str(item, "endReason")).map(EndReason::valueOf),
                instant(item, "createdAt"));
        return new CaseRecord(str(item, "trackingCode"), proposal(item.get("proposal").m()), st,
                instant(item, "updatedAt"));
    }

    private static Map<String, AttributeValue> proposal(Proposal p) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("category", s(p.category().name()));
        if (p.ksddKind() != null) {
            m.put("ksddKind", s(p.ksddKind().name()));
        }
        if (p.ksdpkInitiative() != null) {
            m.put("ksdpkInitiative", s(p.ksdpkInitiative().name()));
        }
        m.put("title", s(p.title()));
        m.put("background", s(p.background()));
        m.put("purpose", s(p.purpose()));
        m.put("scope", s(p.scope()));
        m.put("expectedBenefits", s(p.expectedBenefits()));
        m.put("location", s(p.location()));
        m.put("durationMonths", n(p.durationMonths()));
        m.put("financing", s(p.financing()));
        m.put("departments", strings(p.departments()));
        Partner partner = p.partner();
        Map<String, AttributeValue> pm = new HashMap<>();
        pm.put("name", s(partner.name()));
        pm.put("type", s(partner.type().name()));
        pm.put("regionOrCountry", s(partner.regionOrCountry()));
        pm.put("address", s(partner.address()));
        pm.put("contactPerson", s(partner.contactPerson()));
        pm.put("email", s(partner.email()));
        pm.put("phone", s(partner.phone()));
        m.put("partner", map(pm));
        return m;
    }

    private static Proposal proposal(Map<String, AttributeValue> m) {
        Map<String, AttributeValue> pm = m.get("partner").m();
        Partner partner = new Partner(str(pm, "name"), PartnerType.valueOf(str(pm, "type")), str(pm, "regionOrCountry"),
                str(pm, "address"), str(pm, "contactPerson"), str(pm, "email"), str(pm, "phone"));
        String kind = str(m, "ksddKind");
        String initiative = str(m, "ksdpkInitiative");
        return new Proposal(Category.valueOf(str(m, "category")),
                kind == null ? null : KsddKind.valueOf(kind),
                initiative == null ? null : KsdpkInitiative.valueOf(initiative),
                partner, str(m, "title"), str(m, "background"), str(m, "purpose"), str(m, "scope"),
                str(m, "expectedBenefits"), str(m, "location"), (int) num(m, "durationMonths"),
                str(m, "financing"), list(m, "departments"));
    }

    private static AttributeValue version(DocumentVersion v) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("type", s(v.type().name()));
        m.put("version", n(v.version()));
        m.put("storageKey", s(v.storageKey()));
        m.put("sha256", s(v.sha256()));
        if (!v.fileName().isEmpty()) {
            m.put("fileName", s(v.fileName()));
        }
        m.put("registeredAt", s(v.registeredAt().toString()));
        m.put("registeredBy", s(v.registeredBy()));
        m.put("registeredByRole", s(v.registeredByRole().name()));
        return map(m);
    }

    private static DocumentVersion version(Map<String, AttributeValue> m) {
        return new DocumentVersion(DocumentType.valueOf(str(m, "type")), (int) num(m, "version"), str(m, "storageKey"),
                str(m, "sha256"), str(m, "fileName"),
                instant(m, "registeredAt"), str(m, "registeredBy"), Role.valueOf(str(m, "registeredByRole")));
    }

    private static AttributeValue refs(List<DocumentRef> refs) {
        return AttributeValue.fromL(refs.stream().map(r -> map(Map.of("type", s(r.type().name()),
                "version", n(r.version())))).toList());
    }

    private static List<DocumentRef> refs(AttributeValue v) {
        return v == null ? List.of() : v.l().stream()
                .map(r -> new DocumentRef(DocumentType.valueOf(str(r.m(), "type")), (int) num(r.m(), "version")))
                .toList();
    }

    private static AttributeValue monev(MonevEntry e) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("kind", s(e.kind().name()));
        m.put("periodStart", s(e.period().start().toString()));
        m.put("periodEnd", s(e.period().end().toString()));
        m.put("periodLabel", s(e.period().label()));
        m.put("at", s(e.at().toString()));
        m.put("actorId", s(e.actorId()));
        m.put("role", s(e.role().name()));
        putIfPresent(m, "summary", e.summary());
        m.put("documents", refs(e.documents()));
        e.evaluation().ifPresent(ev -> {
            Map<String, AttributeValue> scores = new HashMap<>();
            ev.scores().forEach((criterion, score) -> scores.put(criterion.name(), n(score)));
            Map<String, AttributeValue> evaluation = new HashMap<>(Map.of("scores", map(scores), "rating", n(ev.rating()),
                    "recommendation", s(ev.recommendation().name())));
            if (!ev.cited().isEmpty()) { // issue 18: the verified activities a criterion cites
                Map<String, AttributeValue> cited = new HashMap<>();
                ev.cited().forEach((criterion, ids) -> cited.put(criterion.name(),
                        AttributeValue.fromL(ids.stream().map(AttributeValue::fromS).toList())));
                evaluation.put("cited", map(cited));
            }
            m.put("evaluation", map(evaluation));
        });
        return map(m);
    }

    private static MonevEntry monev(Map<String, AttributeValue> m) {
        Optional<MonevEvaluation> evaluation = Optional.ofNullable(m.get("evaluation")).map(AttributeValue::m)
                .map(ev -> {
                    Map<MonevCriterion, Integer> scores = new EnumMap<>(MonevCriterion.class);
                    ev.get("scores").m().forEach((k, v) -> scores.put(MonevCriterion.valueOf(k), Integer.parseInt(v.n())));
                    Map<MonevCriterion, List<String>> cited = new EnumMap<>(MonevCriterion.class);
                    Optional.ofNullable(ev.get("cited")).map(AttributeValue::m).ifPresent(c -> c.forEach(
                            (k, v) -> cited.put(MonevCriterion.valueOf(k), v.l().stream().map(AttributeValue::s).toList())));
                    return new MonevEvaluation(scores, (int) num(ev, "rating"),
                            MonevRecommendation.valueOf(str(ev, "recommendation")), cited);
                });
        return new MonevEntry(MonevKind.valueOf(str(m, "kind")),
                new MonevPeriod(LocalDate.parse(str(m, "periodStart")), LocalDate.parse(str(m, "periodEnd")),
                        str(m, "periodLabel")),
                instant(m, "at"), str(m, "actorId"), Role.valueOf(str(m, "role")), str(m, "summary"),
                refs(m.get("documents")), evaluation);
    }

    private static AttributeValue dueDate(DueDate d) {
        return map(Map.of("kind", s(d.kind().name()), "date", s(d.date().toString()),
                "recipients", strings(d.recipients().stream().map(Role::name).sorted().toList()),
                "noteId", s(d.note().id()), "noteEn", s(d.note().en()),
                "provisional", AttributeValue.fromBool(d.provisional())));
    }

    private static DueDate dueDate(Map<String, AttributeValue> m) {
        Set<Role> recipients = EnumSet.noneOf(Role.class);
        list(m, "recipients").forEach(r -> recipients.add(Role.valueOf(r)));
        return new DueDate(DueDateKind.valueOf(str(m, "kind")), LocalDate.parse(str(m, "date")), recipients,
                Text.of(str(m, "noteId"), str(m, "noteEn")),
                m.containsKey("provisional") && Boolean.TRUE.equals(m.get("provisional").bool()));
    }

    /** A timeline event; {@code seq} orders events written at the same instant. */
    public static Map<String, AttributeValue> toItem(String caseId, TimelineEvent e, int seq) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.casePk(caseId)));
        item.put(Keys.SK, s(Keys.eventSk(e.at(), String.format("%03d", seq))));
        item.put("type", s("EVENT"));
        item.put("at", s(e.at().toString()));
        item.put("actorId", s(e.actorId()));
        item.put("actorRole", s(e.actorRole().name()));
        item.put("action", s(e.action().name()));
        e.from().ifPresent(f -> item.put("from", s(f.name())));
        item.put("to", s(e.to().name()));
        if (!e.note().isEmpty()) {
            item.put("note", s(e.note()));
        }
        item.put("facts", map(e.facts().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, x -> s(x.getValue())))));
        item.put("documents", refs(e.documents()));
        e.endReason().ifPresent(r -> item.put("endReason", s(r.name())));
        return item;
    }

    public static TimelineEvent eventFromItem(Map<String, AttributeValue> item) {
        AttributeValue facts = item.get("facts");
        return new TimelineEvent(instant(item, "at"), str(item, "actorId"), Role.valueOf(str(item, "actorRole")),
                Action.valueOf(str(item, "action")), Optional.ofNullable(str(item, "from")).map(Stage::valueOf),
                Stage.valueOf(str(item, "to")), str(item, "note"),
                facts == null ? Map.of() : facts.m().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, x -> x.getValue().s())),
                refs(item.get("documents")), Optional.ofNullable(str(item, "endReason")).map(EndReason::valueOf));
    }

    /** The key of a due date's index item. */
    public static Map<String, AttributeValue> dueKey(String caseId, DueDate d) {
        return Map.of(Keys.PK, s(Keys.casePk(caseId)), Keys.SK, s(Keys.dueSk(d.kind().name(), d.date())));
    }

    /**
     * The index item of a due date: in the case's partition (replaced with the case), and in GSI2 where the
     * reminders job finds it (see {@link ReminderRules#indexing}): a deadline in the one "started" partition sorted
     * by the day reminding starts, a point reminder in the partition of its day. It holds what a reminder needs
     * (recipients, note, the case's stage and departments).
     */
    public static Map<String, AttributeValue> dueItem(CaseState st, DueDate d) {
        Map<String, AttributeValue> item = new HashMap<>(dueKey(st.id(), d));
        item.put("type", s("DUE"));
        item.put("caseId", s(st.id()));
        item.put("kind", s(d.kind().name()));
        item.put("date", s(d.date().toString()));
        item.put("recipients", strings(d.recipients().stream().map(Role::name).sorted().toList()));
        item.put("noteId", s(d.note().id()));
        item.put("noteEn", s(d.note().en()));
        item.put("stage", s(st.stage().name()));
        item.put("departments", strings(st.departments()));
        item.putAll(dueIndexKeys(st.id(), d.kind(), d.date()));
        return item;
    }

    /**
     * Where a due date is in GSI2 (see {@link #dueItem}); also what the migration of the old monthly index
     * ({@code DUE#<yyyy-MM>}) rewrites old items to.
     */
    public static Map<String, AttributeValue> dueIndexKeys(String caseId, id.sikerja.core.workflow.DueDateKind kind,
                                                           LocalDate date) {
        LocalDate indexDate = ReminderRules.DEFAULTS.indexDate(kind, date);
        String rest = caseId + "#" + kind.name() + "#" + date;
        if (ReminderRules.DEFAULTS.indexing(kind) == ReminderRules.Indexing.FROM) {
            return Map.of(Keys.GSI2PK, s(Keys.REMIND_FROM_PK), Keys.GSI2SK, s(indexDate + "#" + rest));
        }
        return Map.of(Keys.GSI2PK, s(Keys.remindOnDayPk(indexDate)), Keys.GSI2SK, s(rest));
    }

    public static DueDateIndex.Entry dueEntryFromItem(Map<String, AttributeValue> item) {
        Set<Role> recipients = EnumSet.noneOf(Role.class);
        list(item, "recipients").forEach(r -> recipients.add(Role.valueOf(r)));
        return new DueDateIndex.Entry(str(item, "caseId"), DueDateKind.valueOf(str(item, "kind")),
                LocalDate.parse(str(item, "date")), recipients, Text.of(str(item, "noteId"), str(item, "noteEn")),
                Stage.valueOf(str(item, "stage")), list(item, "departments"));
    }
}
