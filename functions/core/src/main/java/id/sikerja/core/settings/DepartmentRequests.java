package id.sikerja.core.settings;

import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an admin's department directory, or throws {@link InvalidInput} naming every bad field:
 * <pre>
 * {"version": 0, "departments": [{"code": "DINKES", "name": "Dinas Kesehatan"}]}
 * </pre>
 * {@code version} is the version of the directory the admin edited (0 for the shipped one); codes are 2–20
 * upper-case letters, digits or {@code _}, each once; names are required, at most 120 characters.
 */
public final class DepartmentRequests {

    public static final Pattern CODE = Pattern.compile("^[A-Z0-9_]{2,20}$");
    public static final int MAX_NAME = 120;
    public static final int MAX_DEPARTMENTS = 200;

    private DepartmentRequests() {
    }

    /** The directory with the version it replaces. */
    public record DirectoryList(long version, List<Department> departments) {
        public DirectoryList {
            departments = List.copyOf(departments);
        }
    }

    public static DirectoryList list(Map<String, Object> body) {
        Fields f = Fields.of(body);
        body.keySet().stream().filter(k -> !k.equals("version") && !k.equals("departments")).sorted()
                .forEach(k -> f.reject(k, "unknown_field", Map.of()));
        Integer version = f.integer("version", 0, Integer.MAX_VALUE);
        List<Department> departments = new ArrayList<>();
        Object raw = body.get("departments");
        if (raw == null) {
            f.reject("departments", "required", Map.of());
        } else if (!(raw instanceof List<?> items)) {
            f.reject("departments", "not_list", Map.of());
        } else if (items.isEmpty()) {
            f.reject("departments", "required", Map.of());
        } else if (items.size() > MAX_DEPARTMENTS) {
            f.reject("departments", "too_many", Map.of("max", MAX_DEPARTMENTS));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "departments[" + i + "]";
                Object item = items.get(i);
                Fields d = Fields.of(Map.of(path, item == null ? "" : item)).object(path);
                if (d == null) {
                    f.reject(path, "not_object", Map.of());
                    continue;
                }
                String code = d.text("code", 1, 100);
                if (code != null && !CODE.matcher(code).matches()) {
                    d.reject("code", "directory_code", Map.of());
                    code = null;
                } else if (code != null && !seen.add(code)) {
                    d.reject("code", "duplicate", Map.of("value", code));
                    code = null;
                }
                String name = d.text("name", 1, MAX_NAME);
                d.errors().forEach(e -> f.reject(e.field(), e.code(), e.params()));
                if (code != null && name != null) {
                    departments.add(new Department(code, name));
                }
            }
        }
        f.throwIfInvalid();
        return new DirectoryList(version, departments);
    }
}
