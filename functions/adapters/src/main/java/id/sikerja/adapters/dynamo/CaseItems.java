package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.Origin;
import id.sikerja.core.cases.TimelineEvent;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.Partner;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.model.Proposal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

import static id.sikerja.adapters.dynamo.Attr.*;

/** Cases and timeline events as items of the single table. */
public final class CaseItems {

    private CaseItems() {
    }

    public static Map<String, AttributeValue> toItem(CaseRecord c) {
        Proposal p = c.proposal();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.casePk(c.id())));
        item.put(Keys.SK, s(Keys.CASE_META));
        item.put("type", s("CASE"));
        item.put("id", s(c.id()));
        item.put("trackingCode", s(c.trackingCode()));
        item.put("origin", s(c.origin().name()));
        item.put("stage", s(c.stage()));
        item.put("version", n(c.version()));
        item.put("createdAt", s(c.createdAt().toString()));
        item.put("updatedAt", s(c.updatedAt().toString()));
        item.put(Keys.GSI1PK, s(Keys.stagePk(c.stage())));
        item.put(Keys.GSI1SK, s(c.updatedAt() + "#" + c.id()));
        item.put("category", s(p.category().name()));
        putIfPresent(item, "ksddKind", p.ksddKind() == null ? null : p.ksddKind().name());
        putIfPresent(item, "ksdpkInitiative", p.ksdpkInitiative() == null ? null : p.ksdpkInitiative().name());
        item.put("title", s(p.title()));
        item.put("background", s(p.background()));
        item.put("purpose", s(p.purpose()));
        item.put("scope", s(p.scope()));
        item.put("expectedBenefits", s(p.expectedBenefits()));
        item.put("location", s(p.location()));
        item.put("durationMonths", n(p.durationMonths()));
        item.put("financing", s(p.financing()));
        item.put("departments", strings(p.departments()));
        Partner partner = p.partner();
        Map<String, AttributeValue> pm = new HashMap<>();
        pm.put("name", s(partner.name()));
        pm.put("type", s(partner.type().name()));
        pm.put("regionOrCountry", s(partner.regionOrCountry()));
        pm.put("address", s(partner.address()));
        pm.put("contactPerson", s(partner.contactPerson()));
        pm.put("email", s(partner.email()));
        pm.put("phone", s(partner.phone()));
        item.put("partner", map(pm));
        return item;
    }

    public static CaseRecord fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> pm = item.get("partner").m();
        Partner partner = new Partner(str(pm, "name"), PartnerType.valueOf(str(pm, "type")), str(pm, "regionOrCountry"),
                str(pm, "address"), str(pm, "contactPerson"), str(pm, "email"), str(pm, "phone"));
        String kind = str(item, "ksddKind");
        String initiative = str(item, "ksdpkInitiative");
        Proposal p = new Proposal(Category.valueOf(str(item, "category")),
                kind == null ? null : KsddKind.valueOf(kind),
                initiative == null ? null : KsdpkInitiative.valueOf(initiative),
                partner, str(item, "title"), str(item, "background"), str(item, "purpose"), str(item, "scope"),
                str(item, "expectedBenefits"), str(item, "location"), (int) num(item, "durationMonths"),
                str(item, "financing"), list(item, "departments"));
        return new CaseRecord(str(item, "id"), str(item, "trackingCode"), Origin.valueOf(str(item, "origin")), p,
                str(item, "stage"), num(item, "version"), instant(item, "createdAt"), instant(item, "updatedAt"));
    }

    public static Map<String, AttributeValue> toItem(TimelineEvent e, String discriminator) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.casePk(e.caseId())));
        item.put(Keys.SK, s(Keys.eventSk(e.at(), discriminator)));
        item.put("type", s("EVENT"));
        item.put("caseId", s(e.caseId()));
        item.put("at", s(e.at().toString()));
        item.put("action", s(e.action()));
        item.put("actorRole", s(e.actorRole()));
        putIfPresent(item, "actorId", e.actorId());
        putIfPresent(item, "fromStage", e.fromStage());
        putIfPresent(item, "toStage", e.toStage());
        putIfPresent(item, "note", e.note());
        item.put("visibleToPartner", bool(e.visibleToPartner()));
        return item;
    }

    public static TimelineEvent eventFromItem(Map<String, AttributeValue> item) {
        return new TimelineEvent(str(item, "caseId"), instant(item, "at"), str(item, "action"), str(item, "actorRole"),
                str(item, "actorId"), str(item, "fromStage"), str(item, "toStage"), str(item, "note"),
                flag(item, "visibleToPartner"));
    }
}
