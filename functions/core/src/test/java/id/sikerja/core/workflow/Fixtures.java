package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.KsdpkInitiative;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.fail;

/** Shared test helpers: instants on business dates, uploads, bare states, and a walker that asserts transitions. */
final class Fixtures {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final String DEPT = "DINAS-A";
    static final Workflow WORKFLOW = Workflow.withDefaults();

    private Fixtures() {
    }

    /** 10:00 WITA on the date. */
    static Instant at(LocalDate date) {
        return date.atTime(10, 0).atZone(WITA).toInstant();
    }

    static Instant at(int y, int m, int d) {
        return at(LocalDate.of(y, m, d));
    }

    static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    private static int counter;

    static DocumentUpload upload(DocumentType type) {
        counter++;
        String sha = String.format("%064x", counter);
        return new DocumentUpload(type, "cases/test/" + type + "/" + counter + ".pdf", sha, type + ".pdf");
    }

    static Command cmd(Action action) {
        return Command.of(action);
    }

    static Optional<KsddKind> kindOf(Category c) {
        return c == Category.KSDD ? Optional.of(KsddKind.SUKARELA) : Optional.empty();
    }

    static Optional<KsdpkInitiative> initiativeOf(Category c) {
        return c == Category.KSDPK ? Optional.of(KsdpkInitiative.PIHAK_KETIGA) : Optional.empty();
    }

    /** A bare case of the category at the stage, proposed by the partner, owned by {@link #DEPT}. */
    static CaseState bare(String id, Category c, Stage stage, Origin origin) {
        Instant t = at(2026, 6, 1);
        return new CaseState(id, c, kindOf(c), initiativeOf(c), origin, stage, t, List.of(DEPT), 1, Facts.empty(),
                Documents.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), t);
    }

    static Actor actorFor(Role role, String caseId) {
        return switch (role) {
            case ADMIN -> Actor.admin("admin-1");
            case OPD -> Actor.opd("opd-1", DEPT);
            case TKKSD -> Actor.tkksd("tkksd-1");
            case PARTNER -> Actor.partner(caseId);
            case PIMPINAN -> Actor.pimpinan("sekda");
            case SYSTEM -> Actor.system();
        };
    }

    static Transition accepted(Decision d) {
        if (d instanceof Transition t) {
            return t;
        }
        fail("expected a transition but got " + d);
        return null;
    }

    static <T extends Refusal> T refused(Decision d, Class<T> type) {
        if (type.isInstance(d)) {
            return type.cast(d);
        }
        fail("expected " + type.getSimpleName() + " but got " + d);
        return null;
    }

    static List<String> codes(Refusal r) {
        return r.reasons().stream().map(UnmetCondition::code).toList();
    }

    private static final java.util.Map<Stage, DocumentType> SIGNED_COPY_OF_STAGE = java.util.Map.of(
            Stage.PENANDATANGANAN_KB, DocumentType.KB_SIGNED,
            Stage.PENANDATANGANAN_PKS, DocumentType.PKS_SIGNED,
            Stage.PENANDATANGANAN_NASKAH, DocumentType.NASKAH_SIGNED,
            Stage.PENANDATANGANAN_NOTA_KESEPAKATAN, DocumentType.NOTA_KESEPAKATAN_SIGNED);

    /** The admin's confirmation of a signed copy with every item of the checklist ticked (issue 17). */
    static Command confirmCopy(DocumentUpload... copies) {
        Command c = Command.of(Action.CONFIRM_SIGNED_COPY).withFact(Fact.SIGNED_COPY_PARAF, true)
                .withFact(Fact.SIGNED_COPY_METERAI, true).withFact(Fact.SIGNED_COPY_CAP, true);
        for (DocumentUpload u : copies) {
            c = c.withDocument(u);
        }
        return c;
    }

    /**
     * Issue 17: what the office does before it records a signing: the admin checks and confirms the signed copy the
     * signing command carries (registering it), or else the copy of the stage already registered. A state in no
     * signing stage, or without a copy to check, is returned as it is.
     */
    static CaseState copiesConfirmed(CaseState s, Command signing) {
        return copyCheck(s, signing).map(Transition::state).orElse(s);
    }

    /** The admin's confirmation {@link #copiesConfirmed} records, if there is a copy to check. */
    static Optional<Transition> copyCheck(CaseState s, Command signing) {
        DocumentType signed = SIGNED_COPY_OF_STAGE.get(s.stage());
        if (signed == null || !WalkBase.SIGNINGS.contains(signing.action())) {
            return Optional.empty();
        }
        DocumentUpload[] carried = signing.documents().stream().filter(d -> d.type() == signed)
                .toArray(DocumentUpload[]::new);
        if (carried.length == 0 && !s.documents().has(signed)) {
            return Optional.empty();
        }
        Decision d = WORKFLOW.decide(s, Actor.admin("admin-1"), confirmCopy(carried), s.stageEnteredAt());
        return Optional.of(accepted(d));
    }

    /** Walks a case through commands, failing with the refusal's reasons when one is refused. */
    static class WalkBase {
        static final java.util.Set<Action> SIGNINGS = java.util.Set.of(Action.SIGN_KB, Action.SIGN_PKS,
                Action.SIGN_NASKAH, Action.SIGN_NOTA);
        final Workflow wf;
        CaseState state;
        final java.util.ArrayList<TimelineEvent> events = new java.util.ArrayList<>();

        WalkBase(Workflow wf, Decision opened) {
            this.wf = wf;
            Transition t = accepted(opened);
            state = t.state();
            events.addAll(t.events());
        }

        WalkBase(Decision opened) {
            this(WORKFLOW, opened);
        }

        WalkBase act(Actor actor, Command command, LocalDate on) {
            copyCheck(state, command).ifPresent(t -> { // issue 17: the signed copy is checked first
                state = t.state();
                events.addAll(t.events());
            });
            Decision d = wf.decide(state, actor, command, at(on));
            if (!(d instanceof Transition t)) {
                fail(command.action() + " in " + state.stage() + " refused: " + d);
                return this;
            }
            state = t.state();
            events.addAll(t.events());
            return this;
        }

        Decision attempt(Actor actor, Command command, LocalDate on) {
            // issue 17: a signing is attempted once the admin has checked the copy (the walk's state is kept)
            return wf.decide(copiesConfirmed(state, command), actor, command, at(on));
        }

        List<Stage> stagesVisited() {
            java.util.ArrayList<Stage> out = new java.util.ArrayList<>();
            for (TimelineEvent e : events) {
                if (out.isEmpty() || out.get(out.size() - 1) != e.to()) {
                    out.add(e.to());
                }
            }
            return out;
        }
    }
}
