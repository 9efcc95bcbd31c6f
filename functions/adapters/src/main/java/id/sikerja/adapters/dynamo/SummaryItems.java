package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.reads.CaseSummary;
import id.sikerja.core.reads.Summaries;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Stage;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * A case's summary as an item: {@code CASE#<id> / SUMMARY}, under GSI1 {@code CASES / <updatedAt>#<id>}. Written
 * with the case in every transaction that writes the case ({@link DynamoCaseStore#caseWrites},
 * {@link DynamoCaseStore}), so it is never stale. It carries no contact data of the partner.
 */
public final class SummaryItems {

    private SummaryItems() {
    }

    public static Map<String, AttributeValue> toItem(CaseRecord record) {
        return toItem(Summaries.of(record));
    }

    public static Map<String, AttributeValue> toItem(CaseSummary s) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.casePk(s.id())));
        item.put(Keys.SK, s(Keys.CASE_SUMMARY));
        item.put(Keys.GSI1PK, s(Keys.SUMMARIES_PK));
        item.put(Keys.GSI1SK, s(Keys.summarySk(s.updatedAt(), s.id())));
        item.put("type", s("SUMMARY"));
        item.put("id", s(s.id()));
        item.put("version", n(s.version()));
        putIfPresent(item, "trackingCode", s.trackingCode());
        item.put("title", s(s.title()));
        item.put("category", s(s.category().name()));
        item.put("stage", s(s.stage().name()));
        item.put("partnerName", s(s.partnerName()));
        putIfPresent(item, "partnerType", s.partnerType() == null ? null : s.partnerType().name());
        putIfPresent(item, "partnerRegion", s.partnerRegion());
        item.put("departments", strings(s.departments()));
        putIfPresent(item, "field", s.field());
        item.put("createdAt", s(s.createdAt().toString()));
        item.put("updatedAt", s(s.updatedAt().toString()));
        putIfPresent(item, "startDate", s.startDate() == null ? null : s.startDate().toString());
        putIfPresent(item, "endDate", s.endDate() == null ? null : s.endDate().toString());
        putIfPresent(item, "signedOn", s.signedOn() == null ? null : s.signedOn().toString());
        // compact: KIND@yyyy-MM-dd
        item.put("due", strings(s.dueDates().stream().map(d -> d.kind().name() + "@" + d.date()).toList()));
        item.put("inBudget", bool(s.inBudget()));
        putIfPresent(item, "endReason", s.endReason() == null ? null : s.endReason().name());
        item.put("signed", AttributeValue.fromL(s.signedDocuments().stream().map(d -> map(Map.of(
                "type", s(d.type().name()), "version", n(d.version()), "sha256", s(d.sha256()),
                "registeredAt", s(d.registeredAt().toString())))).toList()));
        item.put("words", s(String.join(" ", s.words())));
        if (s.refusedMandatory()) { // issue 13 item 7; absent is false (summaries written before it)
            item.put("refusedMandatory", bool(true));
        }
        putIfPresent(item, "responsibleOfficer", s.responsibleOfficer()); // issue 18 (h18-owner)
        putIfPresent(item, "responsibleOfficerName", s.responsibleOfficerName());
        // issue 18 (h18-amend): signed amendments and an early ending; absent when none (and before issue 18)
        if (!s.changes().amendments().isEmpty()) {
            item.put("amendments", AttributeValue.fromL(s.changes().amendments().stream().map(a -> {
                Map<String, AttributeValue> m = new HashMap<>();
                m.put("number", n(a.number()));
                m.put("signedOn", s(a.signedOn().toString()));
                m.put("changed", s(String.join(",", a.changed())));
                putIfPresent(m, "termEndBefore", a.termEndBefore() == null ? null : a.termEndBefore().toString());
                putIfPresent(m, "termEndAfter", a.termEndAfter() == null ? null : a.termEndAfter().toString());
                m.put("documentVersion", n(a.documentVersion()));
                return map(m);
            }).toList()));
        }
        putIfPresent(item, "endedOn", s.changes().endedOn() == null ? null : s.changes().endedOn().toString());
        if (s.changes().endedEarly()) {
            item.put("endedEarly", bool(true));
        }
        return item;
    }

    public static CaseSummary fromItem(Map<String, AttributeValue> item) {
        String type = str(item, "partnerType");
        String words = str(item, "words");
        return new CaseSummary(str(item, "id"), num(item, "version"), str(item, "trackingCode"), str(item, "title"),
                Category.valueOf(str(item, "category")), Stage.valueOf(str(item, "stage")), str(item, "partnerName"),
                type == null ? null : PartnerType.valueOf(type), str(item, "partnerRegion"), list(item, "departments"),
                str(item, "field"), instant(item, "createdAt"), instant(item, "updatedAt"), date(item, "startDate"),
                date(item, "endDate"), date(item, "signedOn"),
                list(item, "due").stream().map(d -> {
                    int at = d.indexOf('@');
                    return new CaseSummary.Due(DueDateKind.valueOf(d.substring(0, at)), LocalDate.parse(d.substring(at + 1)));
                }).toList(),
                flag(item, "inBudget"),
                item.containsKey("endReason") ? EndReason.valueOf(str(item, "endReason")) : null,
                item.containsKey("signed") ? item.get("signed").l().stream().map(v -> {
                    Map<String, AttributeValue> m = v.m();
                    return new CaseSummary.SignedDocument(DocumentType.valueOf(str(m, "type")), (int) num(m, "version"),
                            str(m, "sha256"), Instant.parse(str(m, "registeredAt")));
                }).toList() : List.of(),
                words == null || words.isEmpty() ? List.of() : Arrays.asList(words.split(" ")),
                flag(item, "refusedMandatory"),
                str(item, "responsibleOfficer"), str(item, "responsibleOfficerName"), // issue 18 (h18-owner)
                changes(item)); // issue 18 (h18-amend)
    }

    /** Issue 18 (h18-amend): what the summary holds of signed amendments and an early ending. */
    private static CaseSummary.AgreementChanges changes(Map<String, AttributeValue> item) {
        if (!item.containsKey("amendments") && !item.containsKey("endedOn")) {
            return CaseSummary.AgreementChanges.NONE;
        }
        List<CaseSummary.Amendment> amendments = item.containsKey("amendments")
                ? item.get("amendments").l().stream().map(v -> {
                    Map<String, AttributeValue> m = v.m();
                    String changed = str(m, "changed");
                    return new CaseSummary.Amendment((int) num(m, "number"), date(m, "signedOn"),
                            changed == null || changed.isEmpty() ? List.of() : Arrays.asList(changed.split(",")),
                            date(m, "termEndBefore"), date(m, "termEndAfter"), (int) num(m, "documentVersion"));
                }).toList() : List.of();
        return new CaseSummary.AgreementChanges(amendments, date(item, "endedOn"), flag(item, "endedEarly"));
    }

    private static LocalDate date(Map<String, AttributeValue> item, String name) {
        String v = str(item, name);
        return v == null ? null : LocalDate.parse(v);
    }
}
