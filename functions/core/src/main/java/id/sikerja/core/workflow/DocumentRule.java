package id.sikerja.core.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may register which documents in a stage. Admins may in addition register any document of the current or an
 * earlier stage of the path (late or corrected versions).
 */
public record DocumentRule(Set<DocumentType> types, Set<Role> roles) {

    public DocumentRule {
        types = java.util.Collections.unmodifiableSet(EnumSet.copyOf(types));
        roles = java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** Starts a declaration: {@code documents(KB_SIGNED).by(ADMIN, OPD, PARTNER)}. */
    public static Builder of(DocumentType... types) {
        return new Builder(List.of(types));
    }

    public static final class Builder implements ProcessTable.StagePart {
        private final List<DocumentType> types;
        private DocumentRule rule;

        private Builder(List<DocumentType> types) {
            this.types = types;
        }

        public Builder by(Role... roles) {
            this.rule = new DocumentRule(EnumSet.copyOf(types), EnumSet.copyOf(List.of(roles)));
            return this;
        }

        DocumentRule build() {
            if (rule == null) {
                throw new IllegalStateException("documents " + types + " declared without .by(roles)");
            }
            return rule;
        }
    }
}
