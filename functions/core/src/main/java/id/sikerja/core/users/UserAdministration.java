package id.sikerja.core.users;

import id.sikerja.core.reads.SearchText;
import id.sikerja.core.settings.DepartmentDirectory;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Officers' accounts as admins manage them: who may (admins only), which group and department an account may have
 * (see {@link OfficerGroup}: an OPD user names a department of the directory, a TKKSD member may, an admin or a leader
 * does not), and that an admin cannot lock themself out (disable their own account or leave the admin group).
 */
public final class UserAdministration {

    private final UserDirectory directory;
    private final Supplier<DepartmentDirectory> departments;

    public UserAdministration(UserDirectory directory, Supplier<DepartmentDirectory> departments) {
        this.directory = directory;
        this.departments = departments;
    }

    /** Only admins (Bagian Kerja Sama) manage accounts. */
    public static boolean mayManage(Set<Role> roles) {
        return roles.contains(Role.ADMIN);
    }

    /** One page of accounts, ordered by address. */
    public record Page(List<UserAccount> items, String nextCursor, int total) {
    }

    /** Issue 18 (h18-owner): the user names of every disabled account. */
    public java.util.Set<String> disabledUsernames() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        directory.all().stream().filter(u -> !u.enabled()).forEach(u -> out.add(u.username()));
        return out;
    }

    public Page list(UserQuery query) {
        List<String> words = query.q() == null ? List.of() : SearchText.words(query.q());
        List<UserAccount> matching = directory.all().stream()
                .filter(u -> query.group() == null || u.groups().contains(query.group()))
                .filter(u -> query.department() == null || query.department().equals(u.department()))
                .filter(u -> query.enabled() == null || query.enabled() == u.enabled())
                .filter(u -> words.isEmpty() || SearchText.matches(words, SearchText.words(u.name(), u.email())))
                .sorted(Comparator.comparing((UserAccount u) -> u.email() == null ? "" : u.email())
                        .thenComparing(UserAccount::username))
                .toList();
        int from = Math.min(query.offset(), matching.size());
        int to = Math.min(from + query.limit(), matching.size());
        return new Page(matching.subList(from, to), to < matching.size() ? UserQuery.cursor(to) : null, matching.size());
    }

    /**
     * Creates the account, in its group, with its department; the pool sends the invitation.
     *
     * @throws InvalidInput              naming the department when it does not fit the group or is not listed
     * @throws UserDirectory.AlreadyExists when the address has an account
     */
    public UserAccount create(NewUser user) {
        check(user);
        return directory.create(user);
    }

    /**
     * Whether the account may be created as asked (its department fits its group and is listed), before anything is
     * written for the request.
     *
     * @throws InvalidInput naming the department
     */
    public void check(NewUser user) {
        List<FieldError> errors = new ArrayList<>();
        checkDepartment(user.group(), user.department(), true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** How far the user pool's clock may be behind the function's when comparing an account's creation with a claim. */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

    /**
     * Finishes a create whose first attempt (same request, same Idempotency-Key, claimed at {@code claimedAt}) may
     * have stopped after creating the account: the account of the address, put in the request's group and department
     * if it is not yet. Empty when the address has no account, or one created before the first attempt (someone
     * else's: the retry must not take it over; the caller answers 409).
     */
    public Optional<UserAccount> resume(NewUser user, java.time.Instant claimedAt) {
        Optional<UserAccount> existing = directory.findByEmail(user.email());
        if (existing.isEmpty() || existing.get().createdAt() == null
                || existing.get().createdAt().isBefore(claimedAt.minus(CLOCK_SKEW))) {
            return Optional.empty();
        }
        UserAccount found = existing.get();
        List<OfficerGroup> groups = new ArrayList<>(found.groups());
        if (!groups.contains(user.group())) {
            directory.addToGroup(found.username(), user.group());
            groups.add(user.group());
        }
        if (!Objects.equals(found.department(), user.department())) {
            directory.setDepartment(found.username(), user.department());
        }
        return Optional.of(new UserAccount(found.username(), found.email(), found.name(), groups, user.department(),
                found.enabled(), found.status(), found.createdAt()));
    }

    /**
     * Applies the change; empty when there is no such account.
     *
     * @param actor the caller's user name: an admin may not disable their own account or leave the admin group
     * @throws InvalidInput naming each member that cannot be applied
     */
    public Optional<UserAccount> change(String actor, String username, UserChange change) {
        Optional<UserAccount> found = directory.find(username);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserAccount current = found.get();
        List<FieldError> errors = new ArrayList<>();
        if (username.equals(actor)) {
            if (change.enabled().equals(Optional.of(false))) {
                errors.add(FieldError.of("enabled", "own_account"));
            }
            if (change.group().isPresent() && change.group().get() != OfficerGroup.ADMIN
                    && current.groups().contains(OfficerGroup.ADMIN)) {
                errors.add(FieldError.of("group", "own_account"));
            }
        }
        OfficerGroup group = change.group().orElse(current.group());
        String department = change.department().map(d -> d.orElse(null)).orElse(current.department());
        if (group != null && group.department() == OfficerGroup.Department.NEVER && change.department().isEmpty()) {
            department = null; // an admin or leader keeps no department from an earlier group
        }
        if (group != null) {
            checkDepartment(group, department, change.department().isPresent(), errors);
        } else if (change.department().isPresent() && department != null) {
            errors.add(FieldError.of("group", "required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (change.group().isPresent() && !(current.groups().size() == 1 && current.group() == group)) {
            directory.addToGroup(username, group);
            for (OfficerGroup other : current.groups()) {
                if (other != group) {
                    directory.removeFromGroup(username, other);
                }
            }
        }
        if (!Objects.equals(department, current.department())) {
            directory.setDepartment(username, department);
        }
        boolean enabled = change.enabled().orElse(current.enabled());
        if (enabled != current.enabled()) {
            directory.setEnabled(username, enabled);
        }
        List<OfficerGroup> groups = change.group().isPresent() ? List.of(group) : current.groups();
        return Optional.of(new UserAccount(current.username(), current.email(), current.name(), groups, department,
                enabled, current.status(), current.createdAt()));
    }

    /**
     * @param named whether the request named the department (an inherited one that the new group cannot have is
     *              dropped by the caller, not refused)
     */
    private void checkDepartment(OfficerGroup group, String department, boolean named, List<FieldError> errors) {
        if (group == null) {
            return;
        }
        switch (group.department()) {
            case REQUIRED -> {
                if (department == null) {
                    errors.add(FieldError.of("department", "department_required", "group", group.groupName()));
                    return;
                }
            }
            case NEVER -> {
                if (department != null && named) {
                    errors.add(FieldError.of("department", "department_not_for_group", "group", group.groupName()));
                }
                return;
            }
            default -> {
                if (department == null) {
                    return;
                }
            }
        }
        if (departments.get().find(department).isEmpty()) {
            errors.add(new FieldError("department", "unknown_department", Map.of("value", department)));
        }
    }
}
