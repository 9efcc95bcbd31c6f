package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The process of one category as data: the stages before the path (intake, revision), the path in legal order,
 * and for each stage its actions (target, roles, gates, recorded facts, effects) and documents. Built from the
 * declarations in {@link ProcessDefinitions}; {@link #describe()} prints it for checking against the regulation.
 */
public final class ProcessTable {

    /** Something declared inside a stage: an action, a document rule, a deadline or a condition on the stage. */
    public interface StagePart {
    }

    /** A stage applies only when the case has the property (e.g. the conditional DPRD stage). */
    public record OnlyWhen(When when) implements StagePart {
    }

    /** Several parts declared once and used in several stages (e.g. the monev actions). */
    public record Group(List<StagePart> parts) implements StagePart {
        public Group {
            parts = List.copyOf(parts);
        }
    }

    /** A stage with its parts, before building. */
    public record StageDeclaration(Stage stage, List<StagePart> parts) {
        public StageDeclaration {
            parts = List.copyOf(parts);
        }
    }

    private final Category category;
    private final List<Stage> path;
    private final Map<Stage, StageRule> rules;

    private ProcessTable(Category category, List<Stage> path, Map<Stage, StageRule> rules) {
        this.category = category;
        this.path = List.copyOf(path);
        this.rules = Collections.unmodifiableMap(rules);
    }

    public Category category() {
        return category;
    }

    /** The stages after intake, in legal order (including conditional ones). */
    public List<Stage> path() {
        return path;
    }

    /** Where an accepted application or a department's initiative starts. */
    public Stage firstStage() {
        return path.get(0);
    }

    /** Every stage with rules (intake, revision and the path), in order. */
    public List<StageRule> stages() {
        return List.copyOf(rules.values());
    }

    public Optional<StageRule> rule(Stage stage) {
        return Optional.ofNullable(rules.get(stage));
    }

    public Optional<ActionRule> actionRule(Stage stage, Action action) {
        return rule(stage).flatMap(r -> r.action(action));
    }

    /**
     * The document types a role may register in a stage. Admins: any type declared in this stage, an earlier stage
     * of the path, or intake. Others: what the stage declares for their role.
     */
    public Set<DocumentType> documentTypes(Stage stage, Role role) {
        EnumSet<DocumentType> out = EnumSet.noneOf(DocumentType.class);
        StageRule current = rules.get(stage);
        if (current == null) {
            return out;
        }
        if (role == Role.ADMIN) {
            for (StageRule r : rules.values()) {
                boolean include;
                if (r.stage() == stage || !path.contains(r.stage())) {
                    include = true; // this stage, or intake/revision documents
                } else {
                    include = path.contains(stage) && path.indexOf(r.stage()) < path.indexOf(stage);
                }
                if (include) {
                    r.documents().forEach(d -> out.addAll(d.types()));
                }
            }
            return out;
        }
        current.documents().stream().filter(d -> d.roles().contains(role)).forEach(d -> out.addAll(d.types()));
        return out;
    }

    /** The outcome of resolving a target stage: the stage, or the facts needed to decide. */
    public record Resolution(Optional<Stage> stage, List<Fact<?>> missingFacts) {
        public Resolution {
            missingFacts = List.copyOf(missingFacts);
        }
    }

    /**
     * The stage an action targeting {@code target} actually leads to for this case: conditional stages that do not
     * apply are skipped (e.g. SIGN_KB → PERSETUJUAN_DPRD becomes PENYUSUNAN_PKS when the DPRD need not approve).
     */
    public Resolution resolve(Stage target, CaseState state, WorkflowSettings settings) {
        int i = path.indexOf(target);
        if (i < 0) {
            return new Resolution(Optional.of(target), List.of());
        }
        for (; i < path.size(); i++) {
            StageRule r = rules.get(path.get(i));
            if (r.onlyWhen().isEmpty()) {
                return new Resolution(Optional.of(r.stage()), List.of());
            }
            When w = r.onlyWhen().get();
            List<Fact<?>> missing = w.missing(state);
            if (!missing.isEmpty()) {
                return new Resolution(Optional.empty(), missing);
            }
            if (w.test(state, settings)) {
                return new Resolution(Optional.of(r.stage()), List.of());
            }
        }
        throw new IllegalStateException("the last stage of a path cannot be conditional");
    }

    /** A plain-text rendering of the table, one stage per block, for reading against the regulation. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("Alur ").append(category).append(": ")
                .append(path.stream().map(Enum::name).collect(Collectors.joining(" → "))).append('\n');
        for (StageRule r : rules.values()) {
            sb.append('\n').append(r.stage()).append(" (").append(r.stage().label().id()).append(')');
            r.onlyWhen().ifPresent(w -> sb.append("  hanya jika ").append(w.label().id()));
            sb.append('\n');
            for (Deadline d : r.deadlines()) {
                sb.append("  tenggat ").append(d.kind()).append(": ").append(d.words().id()).append(" / ")
                        .append(d.words().en());
                d.onlyWhen().ifPresent(w -> sb.append("  hanya jika ").append(w.label().id()));
                sb.append('\n');
                if (!d.metBy().isEmpty()) {
                    sb.append("      dipenuhi oleh: ").append(d.metBy().stream().map(m -> m.label().id())
                            .collect(Collectors.joining("; "))).append('\n');
                }
                d.onLapse().ifPresent(l -> sb.append("      bila lewat: ").append(l.id()).append('\n'));
                sb.append("      pengingat untuk: ").append(d.recipients()).append('\n');
                List<String> settings = new ArrayList<>();
                d.span().limit().ifPresent(l -> settings.add(l.setting()));
                d.within().flatMap(Deadline.Span::limit).ifPresent(l -> settings.add(l.setting()));
                if (d.repeat() == Deadline.Repeat.EACH_EXPIRY_REMINDER_DAY) {
                    settings.add("expiryReminderDays");
                }
                if (!settings.isEmpty()) {
                    sb.append("      setelan: ").append(String.join(", ", settings)).append('\n');
                }
                sb.append("      dasar: ").append(d.source()).append('\n');
            }
            for (DocumentRule d : r.documents()) {
                sb.append("  dokumen ").append(d.types()).append(" oleh ").append(d.roles()).append('\n');
            }
            for (ActionRule a : r.actions()) {
                sb.append("  ").append(a.action()).append(" → ")
                        .append(a.target().map(Enum::name).orElse("(tetap)"))
                        .append("  oleh ").append(a.roles()).append(a.proposer() ? " + pemohon" : "");
                a.onlyWhen().ifPresent(w -> sb.append("  hanya jika ").append(w.label().id()));
                sb.append('\n');
                if (!a.gates().isEmpty()) {
                    sb.append("      syarat: ").append(a.gates().stream().map(c -> c.description().id())
                            .collect(Collectors.joining("; "))).append('\n');
                }
                if (!a.records().isEmpty()) {
                    sb.append("      mencatat: ").append(a.records()).append('\n');
                }
                if (!a.effects().isEmpty()) {
                    sb.append("      akibat: ").append(a.effects().stream().map(e -> e.description().id())
                            .collect(Collectors.joining("; "))).append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "ProcessTable[" + category + "]";
    }

    // ------------------------------------------------------------------ building

    public static Builder builder(Category category) {
        return new Builder(category);
    }

    /** Assembles a table; shared actions are added to the stages that do not declare them themselves. */
    public static final class Builder {
        private final Category category;
        private final List<StageDeclaration> before = new ArrayList<>();
        private final List<StageDeclaration> path = new ArrayList<>();
        private final List<ActionRule.Builder> everyOpenStage = new ArrayList<>();
        private final List<ActionRule.Builder> beforeImplementation = new ArrayList<>();
        private Stage implementation;

        private Builder(Category category) {
            this.category = Objects.requireNonNull(category);
        }

        /** Stages outside the path: intake and revision. */
        public Builder beforePath(StageDeclaration... stages) {
            before.addAll(List.of(stages));
            return this;
        }

        /** The path, in legal order. */
        public Builder path(StageDeclaration... stages) {
            path.addAll(List.of(stages));
            return this;
        }

        /** Actions available in every stage of the table. */
        public Builder inEveryStage(ActionRule.Builder... actions) {
            everyOpenStage.addAll(List.of(actions));
            return this;
        }

        /** Actions available in intake, revision and every path stage before {@code stage}. */
        public Builder inEveryStageBefore(Stage stage, ActionRule.Builder... actions) {
            this.implementation = stage;
            beforeImplementation.addAll(List.of(actions));
            return this;
        }

        public ProcessTable build() {
            Map<Stage, StageRule> rules = new LinkedHashMap<>();
            List<Stage> pathStages = path.stream().map(StageDeclaration::stage).toList();
            int implIndex = implementation == null ? -1 : pathStages.indexOf(implementation);
            List<StageDeclaration> all = new ArrayList<>(before);
            all.addAll(path);
            for (StageDeclaration decl : all) {
                if (rules.containsKey(decl.stage())) {
                    throw new IllegalStateException("stage declared twice: " + decl.stage());
                }
                When onlyWhen = null;
                List<DocumentRule> docs = new ArrayList<>();
                List<ActionRule.Builder> actions = new ArrayList<>();
                List<Deadline> deadlines = new ArrayList<>();
                for (StagePart p : flatten(decl.parts())) {
                    if (p instanceof Deadline.Builder d) {
                        deadlines.add(d.build());
                    } else if (p instanceof OnlyWhen ow) {
                        onlyWhen = ow.when();
                    } else if (p instanceof DocumentRule.Builder d) {
                        docs.add(d.build());
                    } else if (p instanceof ActionRule.Builder a) {
                        actions.add(a);
                    } else {
                        throw new IllegalStateException("unknown stage part " + p);
                    }
                }
                int idx = pathStages.indexOf(decl.stage());
                boolean beforeImpl = idx < 0 || idx < implIndex;
                if (beforeImpl) {
                    addMissing(actions, beforeImplementation);
                }
                addMissing(actions, everyOpenStage);
                EnumSet<Role> uploaders = EnumSet.noneOf(Role.class);
                docs.forEach(d -> uploaders.addAll(d.roles()));
                List<ActionRule> built = new ArrayList<>();
                EnumMap<Action, Boolean> seen = new EnumMap<>(Action.class);
                for (ActionRule.Builder a : actions) {
                    if (seen.put(a.action(), true) != null) {
                        throw new IllegalStateException(a.action() + " declared twice in " + decl.stage());
                    }
                    built.add(a.build(category, uploaders));
                }
                for (Deadline d : deadlines) {
                    checkMetBy(decl.stage(), d, built);
                }
                rules.put(decl.stage(), new StageRule(decl.stage(), Optional.ofNullable(onlyWhen), built, docs,
                        deadlines));
            }
            if (pathStages.isEmpty() || rules.get(pathStages.get(pathStages.size() - 1)).onlyWhen().isPresent()) {
                throw new IllegalStateException("a path needs an unconditional last stage");
            }
            return new ProcessTable(category, pathStages, rules);
        }

        /** What meets a deadline is done in its stage: the actions exist there and record what shows it. */
        private static void checkMetBy(Stage stage, Deadline d, List<ActionRule> actions) {
            for (Deadline.Met m : d.metBy()) {
                for (Action a : m.actions()) {
                    ActionRule rule = actions.stream().filter(r -> r.action() == a).findFirst()
                            .orElseThrow(() -> new IllegalStateException(d.kind() + " in " + stage + " is met by " + a
                                    + ", which is not an action of the stage"));
                    for (Fact<?> f : m.records()) {
                        if (!rule.records().contains(f)) {
                            throw new IllegalStateException(d.kind() + " in " + stage + ": " + a + " does not record "
                                    + f.key());
                        }
                    }
                }
            }
        }

        private static List<StagePart> flatten(List<StagePart> parts) {
            List<StagePart> out = new ArrayList<>();
            for (StagePart p : parts) {
                if (p instanceof Group g) {
                    out.addAll(flatten(g.parts()));
                } else {
                    out.add(p);
                }
            }
            return out;
        }

        private static void addMissing(List<ActionRule.Builder> actions, List<ActionRule.Builder> shared) {
            for (ActionRule.Builder s : shared) {
                if (actions.stream().noneMatch(a -> a.action() == s.action())) {
                    actions.add(s);
                }
            }
        }
    }
}
