package id.sikerja.core.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 18 (h18-owner): the responsible officer (penanggung jawab) of a case, recorded as two facts: the user name
 * (what filters and the hand-over compare) and the name shown on pages. The directory check (enabled, the right
 * group and department) needs the officers' directory and is made where it is reachable
 * ({@code id.sikerja.core.users.ResponsibleOfficers}); here only what the process table requires.
 */
public final class ResponsibleOfficer {

    /** The facts {@link Action#SET_RESPONSIBLE_OFFICER} and {@link Action#ASSIGN_DEPARTMENTS} record. */
    public static final List<Fact<?>> FACTS = List.of(Fact.RESPONSIBLE_OFFICER, Fact.RESPONSIBLE_OFFICER_NAME);

    private ResponsibleOfficer() {
    }

    /** The case's responsible officer's user name, when one is recorded. */
    public static Optional<String> of(CaseState state) {
        return state.fact(Fact.RESPONSIBLE_OFFICER);
    }

    /** The command names the officer. */
    static Condition given() {
        return Gates.simple(UnmetCondition.Kind.INPUT, Text.of("penanggung jawab yang dipilih",
                        "the chosen responsible officer"), Set.of(),
                ctx -> ctx.command().facts().has(Fact.RESPONSIBLE_OFFICER) ? List.of()
                        : List.of(new UnmetCondition(UnmetCondition.Kind.INPUT, "FACT:" + Fact.RESPONSIBLE_OFFICER.key(),
                        Text.of("Penanggung jawab belum dipilih", "No responsible officer was chosen"))));
    }

    /** A user name is recorded with the name the directory holds for it, never one without the other. */
    static Condition namedTogether() {
        return Gates.simple(UnmetCondition.Kind.INPUT, Text.of("penanggung jawab dengan namanya",
                        "the responsible officer with their name"), Set.of(),
                ctx -> {
                    Facts f = ctx.command().facts();
                    boolean user = f.has(Fact.RESPONSIBLE_OFFICER);
                    boolean name = f.has(Fact.RESPONSIBLE_OFFICER_NAME);
                    if (user == name) {
                        return List.of();
                    }
                    Fact<?> missing = user ? Fact.RESPONSIBLE_OFFICER_NAME : Fact.RESPONSIBLE_OFFICER;
                    return List.of(new UnmetCondition(UnmetCondition.Kind.INPUT, "FACT:" + missing.key(),
                            Text.of(missing.label().id() + " belum diisi", missing.label().en() + " is missing")));
                });
    }
}
