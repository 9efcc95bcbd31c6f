package id.sikerja.core.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds a case now, what comes next and by when, as the partner reads it on its tracking page (issue 14).
 * Derived from the process table, never written per stage: the step forward is the stage's action that leads to a
 * later stage without ending the case; what it still waits for (a document, a fact, a decision) names who holds it:
 * <ol>
 *   <li>a forward action the partner may take itself (its revision): the partner;</li>
 *   <li>a document a forward action requires that the partner may upload in this stage (a signed KB, PKS, naskah,
 *       Nota Kesepakatan; at intake its application letter): the partner, with the draft it signs when the table
 *       says the document is the signed copy of a draft ({@link ProcessDefinitions#SIGNED_COPY_OF});</li>
 *   <li>a due date that reminds the partner and that an action the partner may take meets (its monev report);</li>
 *   <li>a forward action a body outside the Pemda decides ({@link ProcessDefinitions#DECIDED_OUTSIDE}) that waits
 *       only on that decision: that body;</li>
 *   <li>otherwise whoever may supply the first thing the forward action waits for: the TKKSD (its assessment), the
 *       department (the KAK, a draft, facts) or the Bagian Kerja Sama;</li>
 *   <li>no forward action: the cooperation runs (or the case ended).</li>
 * </ol>
 * The date is the earliest due date of the holder's step (or, while the cooperation runs, the earliest that reminds
 * the partner), in the Pemda's business calendar.
 */
public final class CaseHolder {

    /** What the partner is told. */
    public enum Situation {
        /** the partner sends its revision */
        REVISE,
        /** the partner uploads documents (and signs a draft first, when there is one) */
        UPLOAD,
        /** the partner sends a report that is due */
        REPORT,
        /** someone else holds the case; the partner waits */
        WAIT,
        /** the cooperation runs: nothing to do until the next report or the end of the term */
        RUNNING,
        /** the case ended */
        ENDED
    }

    /** A draft the partner is asked to sign: its type and the version to download. */
    public record Draft(DocumentType type, int version, DocumentType signedAs) {
    }

    /**
     * @param holder     who holds the case
     * @param nextAction the action that moves it on (or the partner's report), if any
     * @param nextStage  the stage it leads to, if it moves on
     * @param asks       documents the partner is asked to upload now
     * @param drafts     the drafts it signs to produce them
     * @param due        the next due date that concerns the partner
     */
    public record Holding(Situation situation, Party holder, Optional<Action> nextAction, Optional<Stage> nextStage,
                          List<DocumentType> asks, List<Draft> drafts, Optional<DueDate> due) {

        public Holding {
            asks = List.copyOf(asks);
            drafts = List.copyOf(drafts);
        }

        public boolean partnerMustAct() {
            return holder == Party.PARTNER;
        }
    }

    private static final Actor SOMEONE_OF_THE_OFFICE = Actor.admin("case-holder");

    private CaseHolder() {
    }

    public static Holding of(Workflow workflow, CaseState s, Instant now) {
        if (s.stage().isTerminal()) {
            return new Holding(Situation.ENDED, Party.NONE, Optional.empty(), Optional.empty(), List.of(), List.of(),
                    Optional.empty());
        }
        ProcessTable table = workflow.table(s.category());
        Optional<StageRule> found = table.rule(s.stage());
        if (found.isEmpty()) {
            return new Holding(Situation.RUNNING, Party.NONE, Optional.empty(), Optional.empty(), List.of(), List.of(),
                    Optional.empty());
        }
        StageRule rule = found.get();
        List<DueDate> dues = workflow.dueDates(s, now).stream().sorted(Comparator.comparing(DueDate::date)).toList();

        // 1. the partner's own step forward (its revision)
        List<ActionAvailability> partnerMay = workflow.available(s, Actor.partner(s.id()), now).stream()
                .filter(ActionAvailability::permitted).toList();
        for (ActionAvailability a : partnerMay) {
            if (forward(rule, a.action())) {
                return new Holding(Situation.REVISE, Party.PARTNER, Optional.of(a.action()), a.target(), List.of(),
                        List.of(), firstMetBy(rule, dues, Set.of(a.action())));
            }
        }

        List<ActionAvailability> steps = workflow.available(s, SOMEONE_OF_THE_OFFICE, now).stream()
                .filter(a -> forward(rule, a.action())).toList();

        // 2. documents a step forward waits for that the partner may upload
        Set<DocumentType> partnerUploads = table.documentTypes(s.stage(), Role.PARTNER);
        for (ActionAvailability step : steps) {
            List<DocumentType> asks = new ArrayList<>();
            for (UnmetCondition u : step.reasons()) {
                for (DocumentType t : documentsOf(u)) {
                    if (partnerUploads.contains(t) && !s.documents().has(t) && !asks.contains(t)) {
                        asks.add(t);
                    }
                }
            }
            if (!asks.isEmpty()) {
                List<Draft> drafts = new ArrayList<>();
                for (DocumentType t : asks) {
                    DocumentType draft = ProcessDefinitions.SIGNED_COPY_OF.get(t);
                    if (draft != null) {
                        s.documents().latest(draft).ifPresent(v -> drafts.add(new Draft(draft, v.version(), t)));
                    }
                }
                return new Holding(Situation.UPLOAD, Party.PARTNER, Optional.of(step.action()), step.target(), asks,
                        drafts, firstMetBy(rule, dues, Set.of(step.action())).or(() -> firstFor(dues, Role.PARTNER)));
            }
        }

        // 3. a report due from the partner
        Set<Action> partnerActions = EnumSet.noneOf(Action.class);
        partnerMay.forEach(a -> partnerActions.add(a.action()));
        for (DueDate d : dues) {
            if (d.recipients().contains(Role.PARTNER)) {
                Optional<Action> meets = metBy(rule, d.kind()).stream().filter(partnerActions::contains).findFirst();
                if (meets.isPresent()) {
                    return new Holding(Situation.REPORT, Party.PARTNER, meets, Optional.empty(), List.of(), List.of(),
                            Optional.of(d));
                }
            }
        }

        // 4. a decision outside the Pemda
        for (ActionAvailability step : steps) {
            Party outside = ProcessDefinitions.DECIDED_OUTSIDE.get(step.action());
            // the body holds the case once the request reached it: a decision that still asks for a fact it records
            // only when missing (the day the DPRD received the request) waits on the office sending it first
            Set<Fact<?>> onlyWhenMissing = ProcessDefinitions.RECORDED_WHEN_MISSING.getOrDefault(step.action(), Set.of());
            boolean reached = step.asks().stream().noneMatch(onlyWhenMissing::contains);
            if (outside != null && reached
                    && step.reasons().stream().allMatch(u -> u.kind() == UnmetCondition.Kind.DOCUMENT)) {
                return new Holding(Situation.WAIT, outside, Optional.of(step.action()), step.target(), List.of(),
                        List.of(), firstMetBy(rule, dues, Set.of(step.action())));
            }
        }

        // 5. whoever supplies what the first step forward waits for
        if (!steps.isEmpty()) {
            ActionAvailability step = steps.get(0);
            Set<Role> roles = step.reasons().isEmpty() ? rule.action(step.action()).map(ActionRule::roles).orElse(Set.of())
                    : suppliers(rule, step.action(), step.reasons().get(0));
            Party holder = party(roles);
            Set<Action> pending = EnumSet.of(step.action());
            Role role = role(holder);
            rule.actions().stream().filter(a -> a.roles().contains(role) && !generic(a.action()))
                    .forEach(a -> pending.add(a.action()));
            return new Holding(Situation.WAIT, holder, Optional.of(step.action()), step.target(), List.of(), List.of(),
                    firstMetBy(rule, dues, pending).or(() -> firstFor(dues, Role.PARTNER)));
        }

        // 6. the cooperation runs
        return new Holding(Situation.RUNNING, Party.NONE, Optional.empty(), Optional.empty(), List.of(), List.of(),
                firstFor(dues, Role.PARTNER));
    }

    /** Leads to a later stage without ending or leaving the case (not a rejection, a withdrawal or an ending). */
    private static boolean forward(StageRule rule, Action action) {
        return rule.action(action).filter(r -> r.target().isPresent() && !r.target().get().isTerminal()
                && !r.acceptsEndReason() && action != Action.EXPIRE).isPresent();
    }

    /** Actions every stage has: they move nothing on. */
    private static boolean generic(Action a) {
        return a == Action.UPLOAD_DOCUMENT || a == Action.RECORD_FACTS || a == Action.ASSIGN_DEPARTMENTS
                || a == Action.WITHDRAW;
    }

    /** The documents an unmet condition names ({@code DOC:KB_SIGNED}, {@code DOC:SURAT_PERMOHONAN|SURAT_PENAWARAN}). */
    static List<DocumentType> documentsOf(UnmetCondition u) {
        if (u.kind() != UnmetCondition.Kind.DOCUMENT || !u.code().startsWith("DOC:")) {
            return List.of();
        }
        List<DocumentType> out = new ArrayList<>();
        for (String name : u.code().substring(4).split("\\|")) {
            Arrays.stream(DocumentType.values()).filter(t -> t.name().equals(name)).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /** Who may supply what an unmet condition lacks in this stage: the uploaders of a document, the recorders of a fact. */
    private static Set<Role> suppliers(StageRule rule, Action step, UnmetCondition u) {
        Set<Role> out = new LinkedHashSet<>();
        List<DocumentType> docs = documentsOf(u);
        if (!docs.isEmpty()) {
            rule.documents().stream().filter(d -> docs.stream().anyMatch(d.types()::contains))
                    .forEach(d -> out.addAll(d.roles()));
            return out;
        }
        String key = factKey(u.code());
        if (key != null) {
            rule.actions().stream()
                    .filter(a -> a.records().stream().anyMatch(f -> f.key().equals(key)))
                    .forEach(a -> out.addAll(a.roles()));
        }
        return out;
    }

    /** The fact a condition code is about: {@code FACT:key}, {@code RULE:key=VALUE}. */
    private static String factKey(String code) {
        if (code.startsWith("FACT:")) {
            return code.substring(5);
        }
        if (code.startsWith("RULE:") && code.contains("=")) {
            return code.substring(5, code.indexOf('='));
        }
        return null;
    }

    private static Party party(Set<Role> roles) {
        if (roles.contains(Role.TKKSD)) {
            return Party.TKKSD;
        }
        if (roles.contains(Role.OPD)) {
            return Party.DEPARTMENT;
        }
        return Party.BAGIAN_KERJA_SAMA;
    }

    private static Role role(Party p) {
        return switch (p) {
            case TKKSD -> Role.TKKSD;
            case DEPARTMENT -> Role.OPD;
            case PARTNER -> Role.PARTNER;
            default -> Role.ADMIN;
        };
    }

    private static List<Action> metBy(StageRule rule, DueDateKind kind) {
        return rule.deadlines().stream().filter(d -> d.kind() == kind)
                .flatMap(d -> d.metBy().stream()).flatMap(m -> m.actions().stream()).toList();
    }

    private static Optional<DueDate> firstMetBy(StageRule rule, List<DueDate> dues, Set<Action> actions) {
        return dues.stream().filter(d -> metBy(rule, d.kind()).stream().anyMatch(actions::contains)).findFirst();
    }

    private static Optional<DueDate> firstFor(List<DueDate> dues, Role role) {
        return dues.stream().filter(d -> d.recipients().contains(role)).findFirst();
    }
}
