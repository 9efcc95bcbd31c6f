package id.sikerja.core.users;

import id.sikerja.core.settings.Department;
import id.sikerja.core.settings.DepartmentDirectory;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/** Who may manage accounts, which group and department an account may have, and that an admin cannot lock themself out. */
class UserAdministrationTest {

    private final FakeDirectory directory = new FakeDirectory();
    private final UserAdministration users = new UserAdministration(directory, () -> new DepartmentDirectory(0,
            List.of(new Department("DINKES", "Dinas Kesehatan"), new Department("DISHUB", "Dinas Perhubungan")),
            Instant.EPOCH, ""));

    @Test
    void onlyAdminsManageAccounts() {
        assertTrue(UserAdministration.mayManage(Set.of(Role.ADMIN)));
        assertTrue(UserAdministration.mayManage(Set.of(Role.TKKSD, Role.ADMIN)));
        for (Role role : List.of(Role.TKKSD, Role.OPD, Role.PIMPINAN)) {
            assertFalse(UserAdministration.mayManage(Set.of(role)), role.name());
        }
    }

    @Test
    void anOpdAccountNeedsADepartmentOfTheDirectoryAndAnAdminHasNone() {
        assertEquals(List.of("department:department_required"), codes(() -> users.create(
                new NewUser("a@x.go.id", "A", OfficerGroup.OPD, null))));
        assertEquals(List.of("department:unknown_department"), codes(() -> users.create(
                new NewUser("a@x.go.id", "A", OfficerGroup.OPD, "DINSOS"))));
        assertEquals(List.of("department:department_not_for_group"), codes(() -> users.create(
                new NewUser("a@x.go.id", "A", OfficerGroup.ADMIN, "DINKES"))));
        assertTrue(directory.accounts.isEmpty(), "a refused account is not created");

        UserAccount opd = users.create(new NewUser("a@x.go.id", "A", OfficerGroup.OPD, "DINKES"));
        assertEquals(OfficerGroup.OPD, opd.group());
        assertEquals("DINKES", opd.department());
        UserAccount lokus = users.create(new NewUser("t@x.go.id", "T", OfficerGroup.TKKSD, "DISHUB"));
        assertEquals("DISHUB", lokus.department(), "a TKKSD member may be scoped to a department");
        assertThrows(UserDirectory.AlreadyExists.class,
                () -> users.create(new NewUser("a@x.go.id", "B", OfficerGroup.PIMPINAN, null)));
    }

    @Test
    void aChangedGroupReplacesTheOldOneAndALeaderKeepsNoDepartment() {
        UserAccount opd = users.create(new NewUser("a@x.go.id", "A", OfficerGroup.OPD, "DINKES"));
        UserAccount tkksd = users.change("admin-sub", opd.username(), new UserChange(Optional.of(OfficerGroup.TKKSD),
                Optional.empty(), Optional.empty())).orElseThrow();
        assertEquals(List.of(OfficerGroup.TKKSD), tkksd.groups());
        assertEquals("DINKES", tkksd.department());
        assertEquals(List.of(OfficerGroup.TKKSD), directory.find(opd.username()).orElseThrow().groups());

        UserAccount leader = users.change("admin-sub", opd.username(), new UserChange(Optional.of(OfficerGroup.PIMPINAN),
                Optional.empty(), Optional.empty())).orElseThrow();
        assertNull(leader.department());
        assertNull(directory.find(opd.username()).orElseThrow().department(), "the department is removed in the pool");

        assertEquals(List.of("department:department_required"), codes(() -> users.change("admin-sub",
                opd.username(), new UserChange(Optional.of(OfficerGroup.OPD), Optional.empty(), Optional.empty()))));
        assertEquals(List.of(OfficerGroup.PIMPINAN), directory.find(opd.username()).orElseThrow().groups(),
                "a refused change changes nothing");
        assertEquals(Optional.empty(), users.change("admin-sub", "nobody", new UserChange(Optional.empty(),
                Optional.empty(), Optional.of(false))));
    }

    @Test
    void anAdminCannotDisableThemselfOrLeaveTheAdminGroup() {
        UserAccount me = users.create(new NewUser("me@x.go.id", "Me", OfficerGroup.ADMIN, null));
        assertEquals(List.of("enabled:own_account"), codes(() -> users.change(me.username(), me.username(),
                new UserChange(Optional.empty(), Optional.empty(), Optional.of(false)))));
        assertEquals(List.of("group:own_account"), codes(() -> users.change(me.username(), me.username(),
                new UserChange(Optional.of(OfficerGroup.OPD), Optional.of(Optional.of("DINKES")), Optional.empty()))));
        assertTrue(directory.find(me.username()).orElseThrow().enabled());
        // another admin may
        assertFalse(users.change("other-admin", me.username(), new UserChange(Optional.empty(), Optional.empty(),
                Optional.of(false))).orElseThrow().enabled());
        assertFalse(directory.find(me.username()).orElseThrow().enabled());
    }

    @Test
    void listsFilterSearchAndPage() {
        users.create(new NewUser("budi@x.go.id", "Budi Santoso", OfficerGroup.OPD, "DINKES"));
        users.create(new NewUser("siti@x.go.id", "Siti Rahayu", OfficerGroup.OPD, "DISHUB"));
        users.create(new NewUser("andi@x.go.id", "Andi Wijaya", OfficerGroup.TKKSD, null));
        assertEquals(List.of("budi@x.go.id"), emails(users.list(query(Map.of("department", "DINKES")))));
        assertEquals(List.of("budi@x.go.id", "siti@x.go.id"), emails(users.list(query(Map.of("group", "opd")))));
        assertEquals(List.of("siti@x.go.id"), emails(users.list(query(Map.of("q", "rahay")))));
        UserAdministration.Page first = users.list(query(Map.of("limit", "2")));
        assertEquals(List.of("andi@x.go.id", "budi@x.go.id"), emails(first));
        assertEquals(3, first.total());
        UserAdministration.Page second = users.list(query(Map.of("limit", "2", "cursor", first.nextCursor())));
        assertEquals(List.of("siti@x.go.id"), emails(second));
        assertNull(second.nextCursor());
        InvalidInput bad = assertThrows(InvalidInput.class, () -> query(Map.of("group", "boss", "enabled", "ya",
                "limit", "0", "cursor", "xyz")));
        assertEquals(Set.of("group", "enabled", "limit", "cursor"),
                Set.copyOf(bad.errors().stream().map(FieldError::field).toList()));
    }

    @Test
    void requestsNameEveryBadMember() {
        Map<String, Object> body = new HashMap<>();
        body.put("email", "bukan-email");
        body.put("name", "");
        body.put("group", "boss");
        body.put("role", "admin");
        InvalidInput bad = assertThrows(InvalidInput.class, () -> UserRequests.newUser(body));
        assertEquals(Set.of("email", "name", "group", "role"),
                Set.copyOf(bad.errors().stream().map(FieldError::field).toList()));
        InvalidInput empty = assertThrows(InvalidInput.class, () -> UserRequests.change(Map.of()));
        assertEquals("nothing_to_change", empty.errors().get(0).code());
        InvalidInput notBoolean = assertThrows(InvalidInput.class, () -> UserRequests.change(Map.of("enabled", "no")));
        assertEquals("enabled", notBoolean.errors().get(0).field());
        Map<String, Object> clear = new HashMap<>();
        clear.put("department", null);
        assertEquals(Optional.of(Optional.empty()), UserRequests.change(clear).department());
        assertEquals("a@x.go.id", UserRequests.newUser(Map.of("email", "A@X.go.id", "name", "A", "group", "pimpinan"))
                .email(), "addresses are kept in lower case");
    }

    private static UserQuery query(Map<String, String> parameters) {
        return UserQuery.read(parameters::get);
    }

    private static List<String> emails(UserAdministration.Page page) {
        return page.items().stream().map(UserAccount::email).toList();
    }

    private static List<String> codes(Runnable call) {
        InvalidInput e = assertThrows(InvalidInput.class, call::run);
        return e.errors().stream().map(err -> err.field() + ":" + err.code()).toList();
    }

    /** The pool in memory. */
    static final class FakeDirectory implements UserDirectory {
        final Map<String, UserAccount> accounts = new LinkedHashMap<>();

        @Override
        public List<UserAccount> all() {
            return new ArrayList<>(accounts.values());
        }

        @Override
        public Optional<UserAccount> find(String username) {
            return Optional.ofNullable(accounts.get(username));
        }

        @Override
        public UserAccount create(NewUser user) {
            if (findByEmail(user.email()).isPresent()) {
                throw new AlreadyExists();
            }
            UserAccount account = new UserAccount(UUID.randomUUID().toString(), user.email(), user.name(),
                    List.of(user.group()), user.department(), true, "FORCE_CHANGE_PASSWORD", Instant.EPOCH);
            accounts.put(account.username(), account);
            return account;
        }

        @Override
        public Optional<UserAccount> findByEmail(String email) {
            return accounts.values().stream().filter(a -> a.email().equals(email)).findFirst();
        }

        @Override
        public void addToGroup(String username, OfficerGroup group) {
            UserAccount a = accounts.get(username);
            List<OfficerGroup> groups = new ArrayList<>(a.groups());
            groups.add(group);
            replace(a, groups, a.department(), a.enabled());
        }

        @Override
        public void removeFromGroup(String username, OfficerGroup group) {
            UserAccount a = accounts.get(username);
            List<OfficerGroup> groups = new ArrayList<>(a.groups());
            groups.remove(group);
            replace(a, groups, a.department(), a.enabled());
        }

        @Override
        public void setDepartment(String username, String department) {
            UserAccount a = accounts.get(username);
            replace(a, a.groups(), department, a.enabled());
        }

        @Override
        public void setEnabled(String username, boolean enabled) {
            UserAccount a = accounts.get(username);
            replace(a, a.groups(), a.department(), enabled);
        }

        private void replace(UserAccount a, List<OfficerGroup> groups, String department, boolean enabled) {
            accounts.put(a.username(), new UserAccount(a.username(), a.email(), a.name(), groups, department, enabled,
                    a.status(), a.createdAt()));
        }
    }
}
