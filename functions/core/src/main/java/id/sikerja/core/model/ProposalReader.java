package id.sikerja.core.model;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.Partner;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a proposal request body (a parsed JSON object) into a {@link Proposal}, or throws
 * {@link InvalidInput} naming every bad field. Limits follow what a letter-sized form holds; the
 * proposed term is at most 60 months (agreements run at most five years, Permendagri 25/2020 Ps 32).
 */
public final class ProposalReader {

    public static final int MAX_DURATION_MONTHS = 60;
    static final Pattern DEPARTMENT = Pattern.compile("^[A-Z0-9_-]{2,32}$");
    private static final int NAME = 200;
    private static final int LONG_TEXT = 5000;

    private ProposalReader() {
    }

    public static Proposal read(Map<String, Object> body) {
        Fields f = Fields.of(body);
        Category category = f.choice("category", Category.class);

        KsddKind ksddKind = null;
        KsdpkInitiative initiative = null;
        if (category == Category.KSDD) {
            ksddKind = f.choice("ksddKind", KsddKind.class);
        } else if (f.has("ksddKind")) {
            f.reject("ksddKind", "only_for", Map.of("category", "KSDD"));
        }
        if (category == Category.KSDPK) {
            initiative = f.choice("ksdpkInitiative", KsdpkInitiative.class);
        } else if (f.has("ksdpkInitiative")) {
            f.reject("ksdpkInitiative", "only_for", Map.of("category", "KSDPK"));
        }

        Partner partner = readPartner(f, category);
        String title = f.text("title", 5, 300);
        String background = f.longText("background", 1, LONG_TEXT);
        String purpose = f.longText("purpose", 1, LONG_TEXT);
        String scope = f.longText("scope", 1, LONG_TEXT);
        String benefits = f.longText("expectedBenefits", 1, LONG_TEXT);
        String location = f.text("location", 1, 300);
        Integer duration = f.integer("durationMonths", 1, MAX_DURATION_MONTHS);
        String financing = f.longText("financing", 1, 2000);
        List<String> departments = f.codes("departments", DEPARTMENT, "department_code", 20);

        f.throwIfInvalid();
        return new Proposal(category, ksddKind, initiative, partner, title, background, purpose, scope, benefits,
                location, duration, financing, departments);
    }

    private static Partner readPartner(Fields body, Category category) {
        Fields p = body.object("partner");
        if (p == null) {
            return null;
        }
        String name = p.text("name", 2, NAME);
        PartnerType type = p.choice("type", PartnerType.class);
        if (type == PartnerType.KEMENTERIAN_LEMBAGA && category == Category.KSDPK) {
            // issue 13 item 8 (h-legal-c): a ministry/agency is not a third party (PP 28/2018 Ps 46): use SINERGI
            p.reject("type", "partner_type_use_sinergi", Map.of("type", type.name()));
        } else if (type != null && category != null && !type.fits(category)) {
            p.reject("type", "partner_type_mismatch", Map.of("type", type.name(), "category", category.name()));
        }
        String region = p.text("regionOrCountry", 2, NAME);
        String address = p.longText("address", 5, 500);
        String contact = p.text("contactPerson", 2, NAME);
        String email = p.email("email");
        String phone = p.phone("phone");
        return new Partner(name, type, region, address, contact, email, phone);
    }
}
