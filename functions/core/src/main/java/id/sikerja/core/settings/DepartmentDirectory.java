package id.sikerja.core.settings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Pemda's departments as admins keep them, in the admins' order.
 *
 * @param version   1 for the first stored list, +1 with every replacement; 0 for the shipped list (not stored)
 * @param updatedBy the admin who stored it (empty for the shipped list)
 */
public record DepartmentDirectory(long version, List<Department> departments, Instant updatedAt, String updatedBy) {

    public DepartmentDirectory {
        departments = List.copyOf(departments);
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }

    /** Whether admins stored this list (else it is the one shipped with Si Kerja). */
    public boolean stored() {
        return version > 0;
    }

    /** The department of the code, if the directory lists it. */
    public Optional<Department> find(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The department's name, or the code itself for a code the directory does not list. */
    public String nameOf(String code) {
        return find(code).map(Department::name).orElse(code);
    }
}
