package id.sikerja.local.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The local user pool's accounts: the seeded demo users and those admins create through the Cognito stand-in
 * ({@link CognitoStandIn}). As in a Cognito pool with e-mail sign-in, an account's user name is its {@code sub}
 * and its address names it too; the local sign-in ({@code POST /_local/token}) also knows the seeded users by
 * their short local names (admin, opd-dinkes, …). A disabled account gets no token. Thread-safe.
 */
public final class LocalUserPool {

    /** One account; mutable, guarded by the pool. */
    static final class Account {
        final String sub;
        final String localName;
        String email;
        String name;
        final Set<String> groups = new LinkedHashSet<>();
        String opd;
        boolean enabled = true;
        String status;
        final Instant created;
        Instant modified;

        Account(String sub, String localName, String email, String name, Collection<String> groups, String opd,
                String status, Instant created) {
            this.sub = sub;
            this.localName = localName;
            this.email = email;
            this.name = name;
            this.groups.addAll(groups);
            this.opd = opd;
            this.status = status;
            this.created = created;
            this.modified = created;
        }

        DemoUser demoUser() {
            return new DemoUser(localName, sub, email, name == null ? email : name, List.copyOf(groups), opd);
        }
    }

    private final String poolId;
    private final List<String> groupNames;
    private final Clock clock;
    private final Map<String, Account> accounts = new LinkedHashMap<>();

    public LocalUserPool(String poolId, Collection<String> groupNames, List<DemoUser> seeded, Clock clock) {
        this.poolId = poolId;
        this.groupNames = List.copyOf(groupNames);
        this.clock = clock;
        Instant now = clock.instant();
        for (DemoUser user : seeded) {
            accounts.put(user.sub(), new Account(user.sub(), user.username(), user.email(), user.name(), user.groups(),
                    user.opd(), "CONFIRMED", now));
        }
    }

    public String poolId() {
        return poolId;
    }

    public List<String> groupNames() {
        return groupNames;
    }

    /** Every account, as the local sign-in lists them. */
    public synchronized List<DemoUser> users() {
        return accounts.values().stream().map(Account::demoUser).toList();
    }

    /** The account with this local name, address or {@code sub}. */
    public synchronized Optional<DemoUser> user(String name) {
        return account(name).map(Account::demoUser);
    }

    public synchronized boolean enabled(String sub) {
        Account account = accounts.get(sub);
        return account != null && account.enabled;
    }

    synchronized Optional<Account> account(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Account bySub = accounts.get(name);
        if (bySub != null) {
            return Optional.of(bySub);
        }
        return accounts.values().stream()
                .filter(a -> a.localName.equals(name) || a.email.equalsIgnoreCase(name))
                .findFirst();
    }

    synchronized List<Account> accounts() {
        return new ArrayList<>(accounts.values());
    }

    /** Creates an account; empty when the address has one already. */
    synchronized Optional<Account> create(String email, String name, String opd) {
        if (account(email).isPresent()) {
            return Optional.empty();
        }
        String sub = UUID.randomUUID().toString();
        Account account = new Account(sub, email.toLowerCase(Locale.ROOT), email, name, List.of(), opd,
                "FORCE_CHANGE_PASSWORD", clock.instant());
        accounts.put(sub, account);
        return Optional.of(account);
    }

    synchronized void touch(Account account) {
        account.modified = clock.instant();
    }
}
