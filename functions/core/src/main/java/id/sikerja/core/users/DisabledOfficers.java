package id.sikerja.core.users;

import java.util.Set;

/**
 * Issue 18 (h18-owner): the user names of the directory's disabled officers, kept as one item of the table by the
 * users function whenever an account is enabled or disabled (the whole set, read from the directory then), so that
 * the read functions can flag cases whose responsible officer left without calling the directory or scanning.
 * Accounts disabled before issue 18 count from the next change of any account's status.
 */
public interface DisabledOfficers {

    Set<String> usernames();

    void replace(Set<String> usernames);
}
