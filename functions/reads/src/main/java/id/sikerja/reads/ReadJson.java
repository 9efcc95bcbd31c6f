package id.sikerja.reads;

import id.sikerja.core.reads.CaseSummary;
import id.sikerja.core.reads.OfficerReads;
import id.sikerja.core.reads.OfficerTasks;
import id.sikerja.core.reads.Page;
import id.sikerja.core.reads.Registry;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON shapes of the read side. Codes are stable; texts for people carry both languages ({@code {id, en}}).
 * The public shapes ({@link #registryEntry}) are built field by field from what may be published: nothing of the
 * partner's contact, no tracking code, no officer.
 */
final class ReadJson {

    private ReadJson() {
    }

    static Map<String, Object> text(Text t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("en", t.en());
        return m;
    }

    static <T> Map<String, Object> page(Page<T> page) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", page.items());
        out.put("nextCursor", page.nextCursor());
        out.put("total", page.total());
        return out;
    }

    // ------------------------------------------------------------------ officers

    /** A case in an officer's list (CaseSummary of the contract). */
    static Map<String, Object> summary(CaseSummary s, LocalDate today) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("trackingCode", s.trackingCode());
        out.put("title", s.title());
        out.put("category", s.category().name());
        out.put("stage", s.stage().name());
        out.put("stageLabel", text(s.stage().label()));
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("name", s.partnerName());
        partner.put("type", s.partnerType() == null ? null : s.partnerType().name());
        partner.put("region", s.partnerRegion());
        out.put("partner", partner);
        out.put("departments", s.departments());
        out.put("field", s.field());
        out.put("createdAt", s.createdAt().toString());
        out.put("updatedAt", s.updatedAt().toString());
        out.put("startDate", date(s.startDate()));
        out.put("endDate", date(s.endDate()));
        out.put("nextDue", s.nextDue().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.kind().name());
            m.put("label", text(d.kind().label()));
            m.put("date", d.date().toString());
            m.put("overdue", d.date().isBefore(today));
            return m;
        }).orElse(null));
        out.put("inBudget", s.inBudget());
        if (s.responsibleOfficer() != null) { // issue 18 (h18-owner): present once a case has one
            out.put("responsibleOfficer", responsible(s));
        }
        return out;
    }

    /** Issue 18 (h18-owner): the responsible officer {username, name}, or null while none is recorded. */
    static Map<String, Object> responsible(CaseSummary s) {
        if (s.responsibleOfficer() == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", s.responsibleOfficer());
        m.put("name", s.responsibleOfficerName() == null ? s.responsibleOfficer() : s.responsibleOfficerName());
        return m;
    }

    /** "My tasks" (TaskList of the contract): the page, and the counts over every task. */
    static Map<String, Object> tasks(OfficerTasks.Tasks tasks) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("asOf", tasks.asOf().toString());
        out.put("horizonDays", OfficerTasks.HORIZON_DAYS);
        out.put("horizonUnit", "CALENDAR_DAYS");
        out.put("items", tasks.page().items().stream().map(ReadJson::task).toList());
        out.put("nextCursor", tasks.page().nextCursor());
        out.put("total", tasks.page().total());
        out.put("overdue", tasks.overdue());
        out.put("dueSoon", tasks.dueSoon());
        return out;
    }

    static Map<String, Object> task(OfficerTasks.Task t) {
        CaseSummary s = t.summary();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caseId", s.id());
        out.put("trackingCode", s.trackingCode());
        out.put("title", s.title());
        out.put("category", s.category().name());
        out.put("stage", s.stage().name());
        out.put("stageLabel", text(s.stage().label()));
        out.put("departments", s.departments());
        out.put("kind", t.kind().name());
        out.put("action", t.action().map(Enum::name).orElse(null));
        out.put("actionLabel", t.action().map(a -> text(a.label())).orElse(null));
        out.put("dueKind", t.due().map(d -> d.kind().name()).orElse(null));
        out.put("dueLabel", t.due().map(d -> text(d.kind().label())).orElse(null));
        out.put("dueDate", t.due().map(d -> d.date().toString()).orElse(null));
        out.put("daysLeft", t.daysLeft().orElse(null));
        out.put("urgency", t.urgency().name());
        out.put("updatedAt", s.updatedAt().toString());
        if (s.responsibleOfficer() != null) { // issue 18 (h18-owner): present once a case has one
            out.put("responsibleOfficer", responsible(s));
        }
        return out;
    }

    /** Issue 17: the signing calendar of a month (SigningCalendar of the contract). */
    static Map<String, Object> calendar(id.sikerja.core.reads.SigningCalendar.Month c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("month", c.month().toString());
        out.put("zone", c.zone().getId());
        out.put("signings", c.signings().stream().map(g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseId", g.summary().id());
            m.put("title", g.summary().title());
            m.put("trackingCode", g.summary().trackingCode());
            m.put("mode", g.schedule().mode().name());
            m.put("modeLabel", text(g.schedule().mode().label()));
            m.put("start", g.schedule().start().toString());
            m.put("date", g.local().toLocalDate().toString());
            m.put("time", String.format("%02d:%02d", g.local().getHour(), g.local().getMinute()));
            m.put("durationMinutes", g.schedule().durationMinutes());
            m.put("place", g.schedule().place());
            m.put("status", g.schedule().status().name());
            m.put("statusLabel", text(g.schedule().status().label()));
            return m;
        }).toList());
        out.put("deadlines", c.deadlines().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseId", d.summary().id());
            m.put("title", d.summary().title());
            m.put("trackingCode", d.summary().trackingCode());
            m.put("kind", d.due().kind().name());
            m.put("kindLabel", text(d.due().kind().label()));
            m.put("date", d.due().date().toString());
            return m;
        }).toList());
        return out;
    }

    static Map<String, Object> dashboard(OfficerReads.Dashboard d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("asOf", d.asOf().toString());
        Map<String, Object> byStage = new LinkedHashMap<>();
        for (Map.Entry<Stage, Integer> e : d.byStage().entrySet()) {
            byStage.put(e.getKey().name(), e.getValue());
        }
        out.put("byStage", byStage);
        out.put("overdue", d.overdue());
        out.put("dueThisWeek", d.dueThisWeek());
        out.put("endingWithin180Days", d.endingWithin180Days());
        out.put("refusedMandatory", d.refusedMandatory()); // issue 13 item 7
        out.put("responsibleDisabled", d.responsibleDisabled()); // issue 18 (h18-owner)
        out.put("withoutActivity", d.withoutActivity()); // issue 18: berjalan tanpa kegiatan
        out.put("total", d.total());
        return out;
    }

    // ------------------------------------------------------------------ public

    /** An agreement of the public registry (RegistryEntry of the contract), field by field. */
    static Map<String, Object> registryEntry(CaseSummary s, String pemdaName, Function<String, String> departmentNames) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("title", s.title());
        out.put("category", s.category().name());
        out.put("parties", List.of(party(pemdaName, "PEMDA"),
                party(id.sikerja.core.reads.Registry.publicPartnerName(s),
                        s.partnerType() == null ? null : s.partnerType().name())));
        // names from the department directory; a code it does not list is its own name
        out.put("departments", s.departments().stream().map(code -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", code);
            m.put("name", departmentNames.apply(code));
            return m;
        }).toList());
        out.put("field", s.field());
        out.put("signedOn", date(s.signedOn()));
        out.put("startDate", date(s.startDate()));
        out.put("endDate", date(s.endDate()));
        out.put("status", s.status().orElseThrow());
        out.put("documents", s.signedDocuments().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", d.type().name());
            m.put("version", d.version());
            m.put("sha256", d.sha256());
            return m;
        }).toList());
        // issue 18 (h18-amend): the signed amendments with their copies' SHA-256, and how it ended (members present
        // only when there is something to show: entries of agreements never amended or ended read as before)
        if (!s.changes().amendments().isEmpty()) {
            out.put("amendments", s.changes().amendments().stream().map(a -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("number", a.number());
                m.put("signedOn", date(a.signedOn()));
                m.put("changed", a.changed());
                m.put("termEndBefore", date(a.termEndBefore()));
                m.put("termEndAfter", date(a.termEndAfter()));
                m.put("sha256", s.signedDocuments().stream()
                        .filter(d -> d.type() == id.sikerja.core.workflow.DocumentType.ADENDUM_SIGNED
                                && d.version() == a.documentVersion())
                        .map(CaseSummary.SignedDocument::sha256).findFirst().orElse(null));
                m.put("documentVersion", a.documentVersion());
                return m;
            }).toList());
        }
        if (s.endReason() != null && s.endReason().kind() == id.sikerja.core.workflow.EndReason.Kind.TERMINATION) {
            out.put("endReason", s.endReason().name());
            out.put("endedOn", date(s.changes().endedOn()));
            out.put("endedEarly", s.changes().endedEarly());
        }
        return out;
    }

    private static Map<String, Object> party(String name, String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("kind", kind);
        return m;
    }

    static Map<String, Object> stats(Registry.Stats s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", s.total());
        out.put("byYear", s.byYear());
        out.put("byCategory", s.byCategory());
        out.put("byStage", s.byStage());
        out.put("byDepartment", s.byDepartment());
        out.put("byPartnerRegion", s.byPartnerRegion());
        out.put("endingSoon", s.endingSoon().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("title", e.title());
            m.put("endDate", e.endDate().toString());
            return m;
        }).toList());
        return out;
    }

    static Map<String, Object> verified(String sha256, Registry.Verified v, String pemdaName,
                                        Function<String, String> departmentNames) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sha256", sha256);
        out.put("genuine", v != null);
        out.put("agreement", v == null ? null : registryEntry(v.agreement(), pemdaName, departmentNames));
        if (v == null) {
            out.put("document", null);
        } else {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("type", v.document().type().name());
            d.put("version", v.document().version());
            d.put("registeredAt", v.document().registeredAt().toString());
            out.put("document", d);
        }
        return out;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
