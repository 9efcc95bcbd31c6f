package id.sikerja.core.users;

import id.sikerja.core.workflow.Role;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The user pool's groups an officer can be in, in the order a user in several groups acts (as the API reads the
 * token's {@code cognito:groups}), each with its Si Kerja role and whether its members carry a department
 * ({@code custom:opd}): an OPD user must (the department whose cases it handles), a TKKSD member may (a "TKKSD
 * lokus", scoped to one department), an admin or a leader must not (they see every case).
 */
public enum OfficerGroup {
    ADMIN("admin", Role.ADMIN, Department.NEVER),
    TKKSD("tkksd", Role.TKKSD, Department.OPTIONAL),
    OPD("opd", Role.OPD, Department.REQUIRED),
    PIMPINAN("pimpinan", Role.PIMPINAN, Department.NEVER);

    /** Whether members of a group carry a department. */
    public enum Department { REQUIRED, OPTIONAL, NEVER }

    private final String groupName;
    private final Role role;
    private final Department department;

    OfficerGroup(String groupName, Role role, Department department) {
        this.groupName = groupName;
        this.role = role;
        this.department = department;
    }

    /** The Cognito group's name. */
    public String groupName() {
        return groupName;
    }

    public Role role() {
        return role;
    }

    public Department department() {
        return department;
    }

    public static Optional<OfficerGroup> of(String groupName) {
        return Arrays.stream(values()).filter(g -> g.groupName.equals(groupName)).findFirst();
    }

    /** "admin, tkksd, opd, pimpinan": what a request may name. */
    public static String allowed() {
        return Arrays.stream(values()).map(OfficerGroup::groupName).collect(Collectors.joining(", "));
    }
}
