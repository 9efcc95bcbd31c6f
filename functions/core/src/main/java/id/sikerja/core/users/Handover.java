package id.sikerja.core.users;

import id.sikerja.core.cases.CaseOutcome;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.CaseView;
import id.sikerja.core.reads.CaseSummary;
import id.sikerja.core.reminders.DigestPreference;
import id.sikerja.core.reminders.Officer;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.ResponsibleOfficer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Issue 18 (h18-owner): when an officer leaves (disabled in the directory) or changes department, an admin hands
 * their files over to a successor in one step: every open case they are responsible for (each recorded in its
 * timeline as {@link Action#SET_RESPONSIBLE_OFFICER} with the note "Berkas dialihkan dari X ke Y", conditional on
 * the case's version), their digest subscription, and whatever else a {@link Step} moves (the officers' inbox of
 * issue 17 adds one at merge). The answer lists every thing moved ({@link Moved}).
 *
 * <p>Idempotent by effect: a repeated hand-over finds no open case still held by the officer and moves nothing
 * again; a case changed meanwhile is read again (a concurrent edit is never lost), and a case that another admin
 * already gave someone else is left alone.
 */
public final class Handover {

    /** What kinds of things a hand-over moves. */
    public static final String CASE = "CASE";
    public static final String DIGEST_SUBSCRIPTION = "DIGEST_SUBSCRIPTION";

    /** One more kind of thing a hand-over moves, e.g. the officers' notifications (issue 17): added at merge. */
    public interface Step {
        /** The kind the moved things are listed under, e.g. {@code NOTIFICATION}. */
        String kind();

        /** Moves what {@code from} holds to {@code successor}; the ids of what moved (nothing again on a retry). */
        List<String> move(String from, String successor);
    }

    /** The officers' digest choices ({@code OFFICER#<sub> / DIGEST}). */
    public interface DigestSubscriptions {
        Optional<Officer> find(String officerId);

        void save(Officer officer, java.time.Instant at);
    }

    /** A thing moved: its kind and id (a case id, the successor's id for the digest subscription...). */
    public record Moved(String kind, String id) {
        public Moved {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }

    /** The hand-over's answer. */
    public record Result(String from, String fromName, String successor, String successorName, List<Moved> moved) {
        public Result {
            moved = List.copyOf(moved);
        }

        /** The ids of the cases moved. */
        public List<String> cases() {
            return moved.stream().filter(m -> m.kind().equals(CASE)).map(Moved::id).toList();
        }
    }

    /** The officer to hand over from is not in the directory. */
    public static final class UnknownOfficer extends RuntimeException {
        public UnknownOfficer() {
            super("unknown officer", null, false, false);
        }
    }

    private static final int ATTEMPTS = 3;

    private final UserDirectory directory;
    private final Supplier<? extends Collection<CaseSummary>> summaries;
    private final CaseService cases;
    private final DigestSubscriptions digests;
    private final List<Step> steps;
    private final Clock clock;

    public Handover(UserDirectory directory, Supplier<? extends Collection<CaseSummary>> summaries, CaseService cases,
                    DigestSubscriptions digests, List<Step> steps, Clock clock) {
        this.directory = directory;
        this.summaries = summaries;
        this.cases = cases;
        this.digests = digests;
        this.steps = List.copyOf(steps);
        this.clock = clock;
    }

    /** The open cases {@code username} is responsible for, as the summaries hold them. */
    public List<CaseSummary> openCasesOf(String username) {
        return summaries.get().stream()
                .filter(s -> username.equals(s.responsibleOfficer()) && !s.stage().isTerminal())
                .toList();
    }

    /**
     * Hands {@code from}'s files over to {@code successor}.
     *
     * @throws UnknownOfficer when {@code from} is not in the directory
     * @throws InvalidInput   naming {@code successor}: missing, unknown, the same officer, disabled, neither admin nor
     *                        OPD, or an OPD officer of none of the departments of one of the open cases
     */
    public Result handOver(Actor admin, String from, String successor) {
        UserAccount leaving = directory.find(from).orElseThrow(UnknownOfficer::new);
        if (successor == null || successor.isBlank()) {
            throw new InvalidInput(List.of(FieldError.of("successor", "required")));
        }
        if (successor.equals(from)) {
            throw new InvalidInput(List.of(FieldError.of("successor", "same_officer")));
        }
        UserAccount next = directory.find(successor)
                .orElseThrow(() -> new InvalidInput(List.of(FieldError.of("successor", "unknown_officer"))));
        List<CaseSummary> open = openCasesOf(from);
        Set<FieldError> problems = new LinkedHashSet<>(ResponsibleOfficers.problems("successor", next, List.of(), ""))
                .stream().filter(e -> !e.code().equals("officer_wrong_department"))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        if (problems.isEmpty()) {
            for (CaseSummary s : open) {
                problems.addAll(ResponsibleOfficers.problems("successor", next, s.departments(),
                        s.trackingCode() == null ? s.title() : s.trackingCode()));
                if (!problems.isEmpty()) {
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(new ArrayList<>(problems));
        }
        String fromName = ResponsibleOfficers.displayName(leaving);
        String toName = ResponsibleOfficers.displayName(next);
        List<Moved> moved = new ArrayList<>();
        for (CaseSummary s : open) {
            if (moveCase(admin, s.id(), from, successor, fromName, toName)) {
                moved.add(new Moved(CASE, s.id()));
            }
        }
        moveDigest(leaving, next).ifPresent(moved::add);
        for (Step step : steps) {
            step.move(from, successor).forEach(id -> moved.add(new Moved(step.kind(), id)));
        }
        return new Result(from, fromName, successor, toName, moved);
    }

    /** The timeline's note of a hand-over. */
    public static String note(String fromName, String toName) {
        return "Berkas dialihkan dari " + fromName + " ke " + toName;
    }

    private boolean moveCase(Actor admin, String caseId, String from, String successor, String fromName, String toName) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<CaseView> view = cases.view(caseId, admin);
            if (view.isEmpty() || view.get().record().state().stage().isTerminal()
                    || !ResponsibleOfficer.of(view.get().record().state()).filter(from::equals).isPresent()) {
                return false; // gone, ended, or already handed to someone (a retry, another admin)
            }
            Command command = Command.of(Action.SET_RESPONSIBLE_OFFICER)
                    .withFact(Fact.RESPONSIBLE_OFFICER, successor)
                    .withFact(Fact.RESPONSIBLE_OFFICER_NAME, toName)
                    .withNote(note(fromName, toName));
            CaseOutcome outcome = cases.transition(caseId, admin, view.get().record().version(), command,
                    Optional.empty(), change -> "");
            if (outcome instanceof CaseOutcome.Applied || outcome instanceof CaseOutcome.Replayed) {
                return true;
            }
            if (!(outcome instanceof CaseOutcome.Stale)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The leaving officer's digest choice goes to the successor unless the successor chose already; a disabled
     * officer's own digest is turned off (an officer who changed department keeps theirs).
     */
    private Optional<Moved> moveDigest(UserAccount leaving, UserAccount next) {
        Optional<Officer> chosen = digests.find(leaving.username());
        if (chosen.isEmpty() || chosen.get().preference().frequency() == DigestPreference.Frequency.OFF) {
            return Optional.empty();
        }
        boolean moved = false;
        if (digests.find(next.username()).isEmpty() && next.email() != null && next.group() != null) {
            digests.save(new Officer(next.username(), next.email(), Set.of(next.group().role()),
                    Optional.ofNullable(next.department()), chosen.get().preference()), clock.instant());
            moved = true;
        }
        if (!leaving.enabled()) {
            Officer o = chosen.get();
            digests.save(new Officer(o.id(), o.email(), o.roles(), o.department(),
                    new DigestPreference(DigestPreference.Frequency.OFF, null)), clock.instant());
            moved = true;
        }
        return moved ? Optional.of(new Moved(DIGEST_SUBSCRIPTION, next.username())) : Optional.empty();
    }
}
