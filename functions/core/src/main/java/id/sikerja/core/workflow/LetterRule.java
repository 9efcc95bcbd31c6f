package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Issue 17: who may generate a letter or draft from its template, in which stages of which categories
 * ({@link ProcessDefinitions#LETTERS}). The generated file is then registered like an upload of its document type,
 * so the stage must also accept that type from the caller (an OPD: on its own department's case).
 */
public record LetterRule(LetterTemplate template, Set<Category> categories, Set<Stage> stages, Set<Role> roles) {

    public LetterRule {
        Objects.requireNonNull(template, "template");
        categories = Set.copyOf(categories);
        stages = Set.copyOf(stages);
        roles = Set.copyOf(roles);
    }

    /** Whether the rule lets {@code role} generate its template on a case of {@code category} in {@code stage}. */
    public boolean allows(Category category, Stage stage, Role role) {
        return categories.contains(category) && stages.contains(stage) && roles.contains(role);
    }

    static Builder letter(LetterTemplate template) {
        return new Builder(template);
    }

    static final class Builder {
        private final LetterTemplate template;
        private Set<Category> categories = EnumSet.allOf(Category.class);
        private Set<Stage> stages = EnumSet.noneOf(Stage.class);

        private Builder(LetterTemplate template) {
            this.template = template;
        }

        Builder forCategories(Category... cs) {
            categories = EnumSet.copyOf(List.of(cs));
            return this;
        }

        Builder in(Stage... ss) {
            stages = EnumSet.copyOf(List.of(ss));
            return this;
        }

        LetterRule by(Role... roles) {
            return new LetterRule(template, categories, stages, EnumSet.copyOf(List.of(roles)));
        }
    }
}
