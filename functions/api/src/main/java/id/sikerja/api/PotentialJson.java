package id.sikerja.api;

import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialAttachment;
import id.sikerja.core.workflow.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one JSON shape of an entry of the map of potentials and needs (issue 16), for the public catalogue and the
 * officers' answers alike. Built field by field from what may be published: the department is the contact (its name
 * from the directory, and the Bagian Kerja Sama that coordinates); never the account that wrote it, never a
 * person's name, address or number.
 */
public final class PotentialJson {

    private PotentialJson() {
    }

    /**
     * @param pemdaName       the Pemda's name (the contact's office)
     * @param departmentNames a department's name from the directory (its code when unknown)
     */
    public static Map<String, Object> entry(Potential p, String pemdaName, Function<String, String> departmentNames) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("kind", p.kind().name());
        out.put("kindLabel", text(p.kind().label()));
        Map<String, Object> department = new LinkedHashMap<>();
        department.put("code", p.departmentCode());
        department.put("name", departmentNames.apply(p.departmentCode()));
        out.put("department", department);
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("department", departmentNames.apply(p.departmentCode()));
        contact.put("office", "Bagian Kerja Sama " + pemdaName);
        out.put("contact", contact);
        out.put("title", p.title());
        out.put("description", p.description());
        out.put("titleEn", p.titleEn().orElse(null));
        out.put("descriptionEn", p.descriptionEn().orElse(null));
        out.put("field", p.field().name());
        out.put("fieldLabel", text(p.field().label()));
        out.put("partnerKinds", p.partnerKindsInOrder().stream().map(Enum::name).toList());
        out.put("location", p.location().orElse(null));
        out.put("expectedForm", p.expectedForm().map(Enum::name).orElse(null));
        out.put("expectedFormLabel", p.expectedForm().map(f -> text(f.label())).orElse(null));
        out.put("inRkpd", p.inRkpd());
        out.put("rkpdYear", p.rkpdYear().orElse(null));
        out.put("indicativeValue", p.indicativeValue().orElse(null));
        out.put("status", p.status().name());
        out.put("statusLabel", text(p.status().label()));
        out.put("suggestedCategory", p.suggestedCategory().name());
        out.put("attachments", p.attachments().stream().map(PotentialJson::attachment).toList());
        out.put("version", p.version());
        out.put("createdAt", p.createdAt().toString());
        out.put("updatedAt", p.updatedAt().toString());
        return out;
    }

    static Map<String, Object> attachment(PotentialAttachment a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documentId", a.documentId());
        out.put("fileName", a.fileName());
        out.put("contentType", a.kind().mediaType());
        out.put("size", a.size());
        out.put("sha256", a.sha256());
        out.put("addedAt", a.addedAt().toString());
        return out;
    }

    static Map<String, Object> text(Text t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("en", t.en());
        return m;
    }

    /** The CSV columns of the open-data export (codes as in the JSON; the department also by name). */
    public static final List<String> CSV_COLUMNS = List.of("id", "kind", "departmentCode", "departmentName", "title",
            "description", "titleEn", "descriptionEn", "field", "partnerKinds", "location", "expectedForm", "inRkpd",
            "rkpdYear", "indicativeValue", "status", "updatedAt");

    /** One entry's cells, in the order of {@link #CSV_COLUMNS}; lists within a cell are separated by "; ". */
    public static List<String> csvRow(Potential p, Function<String, String> departmentNames) {
        return java.util.Arrays.asList(p.id(), p.kind().name(), p.departmentCode(),
                departmentNames.apply(p.departmentCode()), p.title(), p.description(), p.titleEn().orElse(""),
                p.descriptionEn().orElse(""), p.field().name(),
                String.join("; ", p.partnerKindsInOrder().stream().map(Enum::name).toList()),
                p.location().orElse(""), p.expectedForm().map(Enum::name).orElse(""), String.valueOf(p.inRkpd()),
                p.rkpdYear().map(String::valueOf).orElse(""), p.indicativeValue().map(String::valueOf).orElse(""),
                p.status().name(), p.updatedAt().toString());
    }
}
