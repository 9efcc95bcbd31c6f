package id.sikerja.core.potentials;

import id.sikerja.core.model.PartnerType;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.Numbers;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the body of {@code POST /potentials} and {@code PUT /potentials/{id}}: every bad field is named at once
 * ({@link id.sikerja.core.validation.InvalidInput}, a 422).
 */
public final class PotentialRequests {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int LOCATION_MAX = 200;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    /** One quadrillion Rupiah: more than any region's budget, less than a JSON number loses precision at. */
    public static final long MAX_VALUE = 1_000_000_000_000_000L;
    private static final Pattern DEPARTMENT = Pattern.compile("^[A-Z0-9_-]{2,32}$");
    private static final Pattern CODE = Pattern.compile("^[A-Z_]{2,64}$");

    private PotentialRequests() {
    }

    /**
     * The draft in {@code body}.
     *
     * @throws id.sikerja.core.validation.InvalidInput naming every bad field
     */
    public static PotentialDraft draft(Map<String, Object> body) {
        Fields f = Fields.of(body);
        PotentialKind kind = f.choice("kind", PotentialKind.class);
        String department = null;
        if (f.has("departmentCode")) {
            String d = f.text("departmentCode", 2, 32);
            if (d != null && !DEPARTMENT.matcher(d).matches()) {
                f.reject("departmentCode", "department_code", Map.of());
            } else {
                department = d;
            }
        }
        String title = f.text("title", 3, TITLE_MAX);
        String description = f.longText("description", 10, DESCRIPTION_MAX);
        PotentialField field = f.choice("field", PotentialField.class);
        Set<PartnerType> partnerKinds = partnerKinds(f);
        Optional<String> location = Optional.ofNullable(f.optionalText("location", LOCATION_MAX));
        Optional<ExpectedForm> form = f.has("expectedForm")
                ? Optional.ofNullable(f.choice("expectedForm", ExpectedForm.class)) : Optional.empty();
        boolean inRkpd = bool(f, body, "inRkpd");
        Optional<Integer> rkpdYear = Optional.empty();
        if (inRkpd) {
            rkpdYear = Optional.ofNullable(f.integer("rkpdYear", MIN_YEAR, MAX_YEAR));
        }
        Optional<Long> value = Optional.empty();
        if (body.get("indicativeValue") != null) {
            Long v = Numbers.whole(body.get("indicativeValue"));
            if (v == null) {
                f.reject("indicativeValue", "not_integer", Map.of());
            } else if (v < 0 || v > MAX_VALUE) {
                f.reject("indicativeValue", "range", Map.of("min", 0, "max", MAX_VALUE));
            } else {
                value = Optional.of(v);
            }
        }
        Optional<PotentialStatus> status = f.has("status")
                ? Optional.ofNullable(f.choice("status", PotentialStatus.class)) : Optional.empty();
        Optional<String> titleEn = Optional.ofNullable(f.optionalText("titleEn", TITLE_MAX));
        Optional<String> descriptionEn = Optional.ofNullable(f.optionalLongText("descriptionEn", DESCRIPTION_MAX));
        f.throwIfInvalid();
        return new PotentialDraft(kind, department, title, description, field, partnerKinds, location, form, inRkpd,
                rkpdYear, value, status, titleEn, descriptionEn);
    }

    private static Set<PartnerType> partnerKinds(Fields f) {
        List<String> codes = f.codes("partnerKinds", CODE, "one_of", PartnerType.values().length);
        Set<PartnerType> out = EnumSet.noneOf(PartnerType.class);
        boolean bad = false;
        for (String c : codes) {
            try {
                out.add(PartnerType.valueOf(c));
            } catch (IllegalArgumentException e) {
                bad = true;
            }
        }
        if (bad) {
            f.reject("partnerKinds", "one_of", Map.of("allowed",
                    Arrays.stream(PartnerType.values()).map(Enum::name).collect(Collectors.joining(", "))));
        } else if (out.isEmpty() && f.errors().stream().map(FieldError::field).noneMatch(n -> n.startsWith("partnerKinds"))) {
            f.reject("partnerKinds", "required", Map.of());
        }
        return out;
    }

    private static boolean bool(Fields f, Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        f.reject(name, "not_boolean", Map.of());
        return false;
    }
}
