package id.sikerja.core.users;

import id.sikerja.core.validation.FieldError;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Issue 18 (h18-owner): who may be a case's responsible officer (penanggung jawab), checked against the officers'
 * directory: an enabled account, in the admin group (the Bagian Kerja Sama may hold any case), or in the OPD group
 * with a department among the case's [I]. TKKSD members and leaders take no action on a case's way forward, so they
 * are not offered. The name recorded with the user name is the directory's (else the address): a request never
 * supplies it.
 */
public final class ResponsibleOfficers {

    private final UserDirectory directory;

    public ResponsibleOfficers(UserDirectory directory) {
        this.directory = directory;
    }

    /**
     * The problems of {@code username} as the responsible officer of a case of {@code departments}, under the request
     * member {@code field}; empty when it may be.
     */
    public List<FieldError> problems(String field, String username, Collection<String> departments, String caseLabel) {
        Optional<UserAccount> account = directory.find(username);
        return account.map(a -> problems(field, a, departments, caseLabel))
                .orElseGet(() -> List.of(FieldError.of(field, "unknown_officer")));
    }

    /** As {@link #problems(String, String, Collection, String)}, for an account already read. */
    public static List<FieldError> problems(String field, UserAccount a, Collection<String> departments,
                                            String caseLabel) {
        List<FieldError> out = new ArrayList<>();
        if (!a.enabled()) {
            out.add(FieldError.of(field, "officer_disabled"));
        } else if (a.group() == OfficerGroup.OPD) {
            if (a.department() == null || !departments.contains(a.department())) {
                out.add(FieldError.of(field, "officer_wrong_department", "case", caseLabel));
            }
        } else if (a.group() != OfficerGroup.ADMIN) {
            out.add(FieldError.of(field, "officer_not_eligible"));
        }
        return out;
    }

    /** The name pages show for the account: its name, else its address, else its user name. */
    public static String displayName(UserAccount a) {
        if (a.name() != null && !a.name().isBlank()) {
            return a.name().strip();
        }
        return a.email() != null && !a.email().isBlank() ? a.email() : a.username();
    }

    /**
     * The command with the responsible officer it names checked against the directory and the directory's name
     * recorded with it; a command naming none is returned as it is, minus any name a request supplied.
     *
     * @throws id.sikerja.core.validation.InvalidInput naming {@code facts.responsibleOfficer}
     */
    public Command checked(Command command, Collection<String> departments, String caseLabel) {
        Optional<String> username = command.facts().get(Fact.RESPONSIBLE_OFFICER);
        Facts facts = command.facts().without(Fact.RESPONSIBLE_OFFICER_NAME);
        if (username.isEmpty()) {
            return command.withOnlyFacts(facts);
        }
        String field = "facts." + Fact.RESPONSIBLE_OFFICER.key();
        Optional<UserAccount> account = directory.find(username.get());
        List<FieldError> errors = account.map(a -> problems(field, a, departments, caseLabel))
                .orElseGet(() -> List.of(FieldError.of(field, "unknown_officer")));
        if (!errors.isEmpty()) {
            throw new id.sikerja.core.validation.InvalidInput(errors);
        }
        return command.withOnlyFacts(facts.with(Fact.RESPONSIBLE_OFFICER_NAME, displayName(account.get())));
    }
}
