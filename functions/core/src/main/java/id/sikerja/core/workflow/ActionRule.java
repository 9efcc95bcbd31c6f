package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the process table: in a stage, {@code action} leads to {@code target} (empty: stays), may be
 * performed by {@code roles} (and by the proposer when {@code proposer}), requires {@code gates}, records
 * {@code records} from the command and has {@code effects}.
 */
public record ActionRule(
        Action action,
        Optional<Stage> target,
        Set<Role> roles,
        boolean proposer,
        Optional<When> onlyWhen,
        List<Condition> gates,
        List<Fact<?>> records,
        List<Effect> effects,
        boolean acceptsDepartments) {

    public ActionRule {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        roles = java.util.Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        Objects.requireNonNull(onlyWhen, "onlyWhen");
        gates = List.copyOf(gates);
        records = List.copyOf(records);
        effects = List.copyOf(effects);
    }

    public boolean acceptsEndReason() {
        return effects.stream().anyMatch(e -> e.consumes() == Effect.Consumes.END_REASON);
    }

    public boolean acceptsMonev() {
        return effects.stream().anyMatch(e -> e.consumes() == Effect.Consumes.MONEV);
    }

    /** Starts a declaration; see {@link ProcessDefinitions}. */
    public static Builder of(Action action) {
        return new Builder(action);
    }

    /** Fluent declaration of an action rule. Builders may be shared: {@link #build} copies. */
    public static final class Builder implements ProcessTable.StagePart {
        private final Action action;
        private Stage target;
        private final EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        private boolean proposer;
        private boolean rolesFromDocuments;
        private When onlyWhen;
        private final List<Condition> gates = new ArrayList<>();
        private final List<Fact<?>> records = new ArrayList<>();
        private final List<Effect> effects = new ArrayList<>();
        private boolean acceptsDepartments;

        private Builder(Action action) {
            if (!action.isStageAction()) {
                throw new IllegalArgumentException(action + " is a creation or record-only event, not a stage action");
            }
            this.action = action;
        }

        /** Where the action leads. A target stage that does not apply to the case is skipped. */
        public Builder to(Stage stage) {
            this.target = stage;
            return this;
        }

        /** The roles allowed. */
        public Builder by(Role... allowed) {
            roles.addAll(List.of(allowed));
            return this;
        }

        /** The proposer may also act: the partner on a partner's application, else the case's department. */
        public Builder orProposer() {
            this.proposer = true;
            return this;
        }

        /** Also every role that may upload some document in the stage (for {@link Action#UPLOAD_DOCUMENT}). */
        public Builder orDocumentUploaders() {
            this.rolesFromDocuments = true;
            return this;
        }

        /** The action exists only for cases with the property. */
        public Builder onlyWhen(When when) {
            this.onlyWhen = when;
            return this;
        }

        public Builder requires(Condition... conditions) {
            gates.addAll(List.of(conditions));
            return this;
        }

        /** Facts the command may carry and the action records. */
        public Builder records(Fact<?>... facts) {
            records.addAll(List.of(facts));
            return this;
        }

        public Builder records(List<Fact<?>> facts) {
            records.addAll(facts);
            return this;
        }

        public Builder effect(Effect... e) {
            effects.addAll(List.of(e));
            return this;
        }

        /** The command may carry the list of responsible departments. */
        public Builder acceptsDepartments() {
            this.acceptsDepartments = true;
            return this;
        }

        Action action() {
            return action;
        }

        ActionRule build(Category category, Set<Role> documentUploaders) {
            EnumSet<Role> r = EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
            if (rolesFromDocuments) {
                r.addAll(documentUploaders);
            }
            List<Condition> flat = new ArrayList<>();
            for (Condition c : gates) {
                if (c instanceof Gates.CategoryCondition cc) {
                    if (cc.categories().contains(category)) {
                        flat.addAll(cc.conditions());
                    }
                } else {
                    flat.add(c);
                }
            }
            return new ActionRule(action, Optional.ofNullable(target), r, proposer, Optional.ofNullable(onlyWhen), flat,
                    records, effects, acceptsDepartments);
        }
    }
}
