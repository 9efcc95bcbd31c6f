package id.sikerja.core.users;

import java.util.List;
import java.util.Optional;

/** The officers' accounts (the Cognito user pool in AWS, the local identity provider locally). */
public interface UserDirectory {

    /** Every account of the pool, with its Si Kerja groups. */
    List<UserAccount> all();

    Optional<UserAccount> find(String username);

    /**
     * Creates the account and sends the pool's invitation (a temporary password) to its address.
     *
     * @throws AlreadyExists when an account has this address
     */
    UserAccount create(NewUser user);

    /** Looks an account up by its sign-in address. */
    Optional<UserAccount> findByEmail(String email);

    void addToGroup(String username, OfficerGroup group);

    void removeFromGroup(String username, OfficerGroup group);

    /** Sets the department ({@code custom:opd}); null removes it. */
    void setDepartment(String username, String department);

    void setEnabled(String username, boolean enabled);

    /** An account with the address exists already. */
    final class AlreadyExists extends RuntimeException {
        public AlreadyExists() {
            super("an account with this address exists", null, false, false);
        }
    }

    /** The directory cannot be reached or refused to answer now (throttled, unavailable): try again later. */
    final class Unavailable extends RuntimeException {
        public Unavailable(Throwable cause) {
            super("the user directory is unavailable", cause);
        }
    }
}
