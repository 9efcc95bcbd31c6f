package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.time.HolidayCalendar;
import id.sikerja.core.time.HolidayCsv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow engine: pure functions from (case, actor, command, time) to a {@link Decision}. It reads the
 * process from the {@link ProcessTable}s of {@link ProcessDefinitions} and never stores anything: the caller
 * stores the {@link Transition}'s state (checking {@code version} for concurrent updates), appends its events
 * and indexes its due dates.
 *
 * <p>Order of checks in {@link #decide}: the action exists in the stage ({@link Refusal.NotApplicable}), the
 * actor may perform it ({@link Refusal.Forbidden}), the command is well formed ({@link Refusal.InvalidCommand}),
 * then every gate is evaluated on the case as it would be with the command's facts and documents, and all unmet
 * conditions are returned together ({@link Refusal.GateFailed}).
 *
 * <p>Immutable and thread-safe; build one per settings/holiday list and reuse it.
 */
public final class Workflow {

    private final WorkflowSettings settings;
    private final HolidayCalendar calendar;
    private final Deadlines deadlines;
    private final Map<Category, ProcessTable> tables;

    public Workflow(WorkflowSettings settings, HolidayCalendar calendar) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.tables = ProcessDefinitions.tables();
        this.deadlines = new Deadlines(settings, calendar, tables);
    }

    /** Default settings and the holiday list shipped in {@value HolidayCsv#DEFAULT_RESOURCE}. */
    public static Workflow withDefaults() {
        return new Workflow(WorkflowSettings.defaults(), HolidayCalendar.of(HolidayCsv.loadDefault(), HolidayCsv.defaultConfirmedYears()));
    }

    public WorkflowSettings settings() {
        return settings;
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    public ProcessTable table(Category category) {
        return tables.get(category);
    }

    // =====================================================================================================
    // Acting on a case
    // =====================================================================================================

    /** Decides a command on a case. */
    public Decision decide(CaseState state, Actor actor, Command command, Instant now) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(now, "now");
        LocalDate today = settings.businessDate(now);
        Action action = command.action();
        if (state.stage().isTerminal()) {
            return new Refusal.NotApplicable(Text.of(
                    "Kasus sudah berakhir (" + state.stage().label().id() + "); tidak ada aksi yang berlaku",
                    "The case has ended (" + state.stage().label().en() + "); no action applies"));
        }
        if (action == Action.DPRD_REJECT && When.DPRD_DEEMED_APPROVED.test(state, settings)) {
            return new Refusal.GateFailed(List.of(Gates.deemedApprovalIsFinal()));
        }
        Optional<ActionRule> found = applicableRule(state, action);
        if (found.isEmpty()) {
            return new Refusal.NotApplicable(Text.of(
                    "Aksi '" + action.label().id() + "' tidak berlaku pada tahap " + state.stage().label().id(),
                    "'" + action.label().en() + "' does not apply in stage " + state.stage().label().en()));
        }
        ActionRule rule = found.get();
        ProcessTable table = table(state.category());

        Optional<Text> forbidden = forbidden(rule, state, actor);
        if (forbidden.isPresent()) {
            return new Refusal.Forbidden(forbidden.get());
        }
        Set<DocumentType> mayAttach = table.documentTypes(state.stage(), actor.role());
        for (DocumentUpload u : command.documents()) {
            if (!mayAttach.contains(u.type())) {
                return new Refusal.Forbidden(Text.of(
                        actor.role().label().id() + " tidak dapat mengunggah " + u.type().label().id()
                                + " pada tahap " + state.stage().label().id(),
                        actor.role().label().en() + " may not upload " + u.type().label().en()
                                + " in stage " + state.stage().label().en()));
            }
        }

        List<UnmetCondition> invalid = validate(rule, state, command, today);
        if (!invalid.isEmpty()) {
            return new Refusal.InvalidCommand(invalid);
        }

        // the case as it would be with the command's documents, facts and departments; a document already
        // registered (an upload whose bytes arrived) is attached as it is, not registered again
        Documents docs = state.documents();
        List<DocumentRef> attached = new ArrayList<>();
        for (DocumentUpload u : command.documents()) {
            Optional<DocumentVersion> stored = docs.stored(u);
            if (stored.isEmpty()) {
                docs = docs.register(u, now, actor);
                stored = docs.latest(u.type());
            }
            attached.add(stored.orElseThrow().ref());
        }
        // issue 13 item 12: a case holding only the earlier single budget facts keeps their year once years are recorded
        CaseState base = BudgetYears.seededFor(state, command);
        CaseState tentative = base.withFacts(base.facts().withAll(command.facts())).withDocuments(docs);
        if (rule.acceptsDepartments() && command.departments().isPresent()) {
            tentative = tentative.withDepartments(normalize(command.departments().get()));
        }
        GateContext ctx = new GateContext(tentative, command, attached, actor, now, today, settings, deadlines);

        List<UnmetCondition> unmet = new ArrayList<>();
        rule.gates().forEach(g -> unmet.addAll(g.check(ctx)));
        ProcessTable.Resolution target = resolve(table, rule, tentative);
        target.missingFacts().forEach(f -> unmet.add(Gates.missing(f)));
        if (!unmet.isEmpty()) {
            return new Refusal.GateFailed(dedupe(unmet));
        }

        CaseState next = tentative;
        for (Effect e : rule.effects()) {
            next = e.apply(next, ctx);
        }
        Stage to = target.stage().orElseThrow();
        next = next.withStage(to, now).withVersion(state.version() + 1);
        next = next.withDueDates(deadlines.dueDates(next, today));
        Optional<EndReason> ended = next.endReason().equals(state.endReason()) ? Optional.empty() : next.endReason();
        // issue 18 (h18-amend): an amendment's event keeps its values before and after
        Map<String, String> eventFacts = Amendments.eventFacts(action, tentative, next, command.facts().toStrings());
        TimelineEvent event = new TimelineEvent(now, actor.id(), actor.role(), action, Optional.of(state.stage()), to,
                command.note().orElse(""), eventFacts, attached, ended);
        return new Transition(next, List.of(event));
    }

    /**
     * Every action of the case's current stage as the actor sees it: permitted or not, allowed or not and why
     * (conditions that depend on what the form will carry, like a note or the facts the action records, are
     * listed as {@code asks}/{@code inputs} instead).
     */
    public List<ActionAvailability> available(CaseState state, Actor actor, Instant now) {
        if (state.stage().isTerminal()) {
            return List.of();
        }
        LocalDate today = settings.businessDate(now);
        ProcessTable table = table(state.category());
        List<ActionAvailability> out = new ArrayList<>();
        for (ActionRule rule : table.rule(state.stage()).map(StageRule::actions).orElse(List.of())) {
            if (!applies(rule, state)) {
                continue;
            }
            Optional<Text> forbidden = forbidden(rule, state, actor);
            List<UnmetCondition> reasons = new ArrayList<>();
            List<Text> inputs = new ArrayList<>();
            Set<Fact<?>> toAsk = new HashSet<>(rule.records());
            toAsk.removeIf(f -> state.facts().has(f));
            GateContext ctx = new GateContext(state, Command.of(rule.action()), List.of(), actor, now, today, settings,
                    deadlines);
            for (Condition g : rule.gates()) {
                if (g.kind() == UnmetCondition.Kind.INPUT) {
                    inputs.add(g.description());
                } else if (forbidden.isEmpty() && g.reads().stream().noneMatch(toAsk::contains)) {
                    reasons.addAll(g.check(ctx));
                }
            }
            ProcessTable.Resolution target = resolve(table, rule, state);
            // issue 13 item 1: a fact recorded only when missing is not asked once recorded
            Set<Fact<?>> once = ProcessDefinitions.RECORDED_WHEN_MISSING.getOrDefault(rule.action(), Set.of());
            List<Fact<?>> asks = rule.records().stream().filter(f -> !once.contains(f) || !state.facts().has(f)).toList();
            if (forbidden.isPresent()) {
                reasons.clear();
                reasons.add(new UnmetCondition(UnmetCondition.Kind.PERMISSION, "FORBIDDEN", forbidden.get()));
            } else {
                target.missingFacts().stream().filter(f -> !toAsk.contains(f)).forEach(f -> reasons.add(Gates.missing(f)));
            }
            Set<DocumentType> types = forbidden.isPresent() ? Set.of() : table.documentTypes(state.stage(), actor.role());
            out.add(new ActionAvailability(rule.action(), rule.action().label(), target.stage(), forbidden.isEmpty(),
                    reasons.isEmpty(), dedupe(reasons), asks, inputs, types));
        }
        return out;
    }

    /** The due dates of the case as of {@code now} (recompute daily for reminders; stored ones may be stale). */
    public List<DueDate> dueDates(CaseState state, Instant now) {
        return deadlines.dueDates(state, settings.businessDate(now));
    }

    /**
     * Things an officer should notice that block nothing: a running cooperation not in the RKPD/APBD
     * (domain.md §6), an expired term not yet ended, deadlines in years the holiday list does not cover.
     */
    public List<UnmetCondition> warnings(CaseState state, Instant now) {
        LocalDate today = settings.businessDate(now);
        List<UnmetCondition> out = new ArrayList<>();
        if (state.stage() == Stage.PELAKSANAAN) {
            // issue 13 item 12: the current budget year in the Pemda's zone (domain.md §3 [S])
            boolean planned = BudgetYears.of(state).included(today.getYear());
            if (!planned) {
                out.add(new UnmetCondition(UnmetCondition.Kind.RULE, "WARN:NOT_IN_BUDGET", Text.of(
                        "Kerja sama berjalan belum tercatat dalam RKPD dan APBD tahun anggaran " + today.getYear(),
                        "The running cooperation is not recorded in the RKPD and APBD of budget year "
                                + today.getYear())));
            }
            deadlines.termLastDay(state).filter(today::isAfter).ifPresent(d -> out.add(new UnmetCondition(
                    UnmetCondition.Kind.RULE, "WARN:TERM_EXPIRED", Text.of(
                    "Masa berlaku habis " + Gates.id(d) + ": akhiri kerja sama atau buka perpanjangan",
                    "The term ran out on " + Gates.en(d) + ": end the cooperation or open an extension"))));
        }
        Set<Integer> uncovered = new java.util.TreeSet<>();
        for (DueDate d : deadlines.dueDates(state, today)) {
            if (!calendar.covers(d.date().getYear())) {
                uncovered.add(d.date().getYear());
            }
        }
        for (int y : uncovered) {
            out.add(new UnmetCondition(UnmetCondition.Kind.RULE, "WARN:HOLIDAYS_MISSING:" + y, Text.of(
                    "Daftar hari libur tahun " + y + " belum dikonfirmasi admin; batas waktu hari kerja bersifat "
                            + "sementara",
                    "The holiday list for " + y + " has not been confirmed by an admin; working-day deadlines are "
                            + "provisional")));
        }
        return out;
    }

    // =====================================================================================================
    // Opening a case
    // =====================================================================================================

    /** A partner's application (public form, or a paper application entered by an admin): starts at intake. */
    public Decision openFromIntake(NewCase spec, List<DocumentUpload> documents, Actor actor, Instant now) {
        if (actor.role() != Role.PARTNER && actor.role() != Role.ADMIN && actor.role() != Role.SYSTEM) {
            return forbiddenToOpen(actor);
        }
        ProcessTable table = table(spec.category());
        List<UnmetCondition> invalid = validateSpec(spec);
        invalid.addAll(validateUploads(documents, table.documentTypes(Stage.INTAKE, Role.ADMIN)));
        if (!invalid.isEmpty()) {
            return new Refusal.InvalidCommand(invalid);
        }
        CaseState s = fresh(spec.id(), spec, Origin.PARTNER_APPLICATION, Stage.INTAKE, normalize(spec.departments()),
                Facts.empty(), Optional.empty(), Optional.empty(), now);
        return opened(s, documents, List.of(), actor, Action.SUBMIT_APPLICATION, now);
    }

    /** A department's own initiative ({@code POST /cooperations} by an OPD or admin): starts at Persiapan/Prakarsa. */
    public Decision openByDepartment(NewCase spec, List<DocumentUpload> documents, Actor actor, Instant now) {
        Optional<Text> f = mayOpenForDepartments(actor, spec.departments());
        if (f.isPresent()) {
            return new Refusal.Forbidden(f.get());
        }
        ProcessTable table = table(spec.category());
        List<UnmetCondition> invalid = validateSpec(spec);
        invalid.addAll(validateUploads(documents, table.documentTypes(table.firstStage(), Role.ADMIN)));
        if (!invalid.isEmpty()) {
            return new Refusal.InvalidCommand(invalid);
        }
        CaseState s = fresh(spec.id(), spec, Origin.DEPARTMENT, table.firstStage(), normalize(spec.departments()),
                Facts.empty(), Optional.empty(), Optional.empty(), now);
        return opened(s, documents, List.of(Gates.departmentsAssigned()), actor, Action.INITIATE, now);
    }

    /**
     * An agreement signed before Si Kerja existed, entered directly at Pelaksanaan by an admin with its documents
     * and facts (see {@link ProcessDefinitions#legacyEntry}).
     */
    public Decision enterLegacy(NewCase spec, Facts facts, List<DocumentUpload> documents, Actor actor, Instant now) {
        if (actor.role() != Role.ADMIN) {
            return forbiddenToOpen(actor);
        }
        List<UnmetCondition> invalid = validateSpec(spec);
        invalid.addAll(validateUploads(documents, java.util.EnumSet.allOf(DocumentType.class)));
        for (Fact<?> fact : facts.asMap().keySet()) {
            if (fact.isSystemManaged()) {
                invalid.add(notRecordable(fact));
            }
        }
        if (!invalid.isEmpty()) {
            return new Refusal.InvalidCommand(invalid);
        }
        CaseState s = fresh(spec.id(), spec, Origin.LEGACY, Stage.PELAKSANAAN, normalize(spec.departments()), facts,
                Optional.empty(), Optional.empty(), now);
        return opened(s, documents, ProcessDefinitions.legacyEntry(spec.category()), actor, Action.ENTER_LEGACY, now);
    }

    /**
     * The agreement an extension was just opened for: it records the extension, which ends the weekly recalls
     * after its end (its term still runs out, and the system still ends it then).
     */
    public CaseState extended(CaseState previous, String extensionId, Instant now) {
        CaseState next = previous.withFacts(previous.facts().with(Fact.EXTENDED_BY, extensionId))
                .withVersion(previous.version() + 1);
        return next.withDueDates(deadlines.dueDates(next, settings.businessDate(now)));
    }

    /** An extension: a new run of the process, linked to the previous agreement, starting at Persiapan/Prakarsa. */
    public Decision openExtension(CaseState previous, String newId, Actor actor, Instant now) {
        Optional<Text> f = mayOpenForDepartments(actor, previous.departments());
        if (f.isPresent()) {
            return new Refusal.Forbidden(f.get());
        }
        List<UnmetCondition> unmet = checkOn(previous, ProcessDefinitions.extensionOf(), actor, now);
        if (!unmet.isEmpty()) {
            return new Refusal.GateFailed(unmet);
        }
        NewCase spec = new NewCase(newId, previous.category(), previous.ksddKind(), previous.ksdpkInitiative(),
                previous.departments());
        CaseState s = fresh(newId, spec, Origin.EXTENSION, table(previous.category()).firstStage(),
                previous.departments(), extensionFacts(previous, now), Optional.empty(), Optional.of(previous.id()), now);
        return opened(s, List.of(), List.of(), actor, Action.OPEN_EXTENSION, now);
    }

    /**
     * Issue 13 item 10 (h-legal-c): a foreign extension opened after its request was due (at least
     * {@link TimeLimit#EXTENSION_REQUEST} months before the end, Permendagri 25/2020 Ps 33 [V]) is flagged late.
     */
    private Facts extensionFacts(CaseState previous, Instant now) {
        if (!previous.category().isForeign()) {
            return Facts.empty();
        }
        Optional<LocalDate> last = deadlines.termLastDay(previous);
        if (last.isEmpty()) {
            return Facts.empty();
        }
        LocalDate due = last.get().minusMonths(settings.get(TimeLimit.EXTENSION_REQUEST));
        return Facts.empty().with(Fact.EXTENSION_OPENED_LATE, settings.businessDate(now).isAfter(due));
    }

    /**
     * A PKS under a signed KB: a child case starting at Penyusunan PKS with a reference to the KB's case, taking
     * over the KB's signing date and DPRD facts.
     */
    public Decision openChildPks(CaseState parentKb, String newId, List<String> departments, Actor actor, Instant now) {
        Optional<Text> f = mayOpenForDepartments(actor, departments);
        if (f.isPresent()) {
            return new Refusal.Forbidden(f.get());
        }
        List<UnmetCondition> unmet = new ArrayList<>(checkOn(parentKb, ProcessDefinitions.childPksParent(), actor, now));
        if (departments.isEmpty()) {
            unmet.add(new UnmetCondition(UnmetCondition.Kind.RULE, "RULE:NO_DEPARTMENT", Text.of(
                    "OPD penanggung jawab belum ditetapkan", "No responsible department has been assigned")));
        }
        if (!unmet.isEmpty()) {
            return new Refusal.GateFailed(unmet);
        }
        Facts inherited = Facts.empty();
        for (Fact<?> fact : ProcessDefinitions.INHERITED_BY_CHILD_PKS) {
            Optional<?> v = parentKb.facts().get(fact);
            if (v.isPresent()) {
                inherited = inherited.withUnchecked(fact, v.get());
            }
        }
        NewCase spec = new NewCase(newId, parentKb.category(), parentKb.ksddKind(), parentKb.ksdpkInitiative(),
                departments);
        CaseState s = fresh(newId, spec, Origin.CHILD_PKS, Stage.PENYUSUNAN_PKS, normalize(departments), inherited,
                Optional.of(parentKb.id()), Optional.empty(), now);
        return opened(s, List.of(), List.of(), actor, Action.OPEN_CHILD_PKS, now);
    }

    // =====================================================================================================
    // Internals
    // =====================================================================================================

    private Optional<ActionRule> applicableRule(CaseState state, Action action) {
        return table(state.category()).actionRule(state.stage(), action).filter(r -> applies(r, state));
    }

    private boolean applies(ActionRule rule, CaseState state) {
        return rule.onlyWhen().map(w -> w.test(state, settings)).orElse(true);
    }

    private ProcessTable.Resolution resolve(ProcessTable table, ActionRule rule, CaseState state) {
        if (rule.target().isEmpty()) {
            return new ProcessTable.Resolution(Optional.of(state.stage()), List.of());
        }
        return table.resolve(rule.target().get(), state, settings);
    }

    /** Why the actor may not perform the action on this case, if so. */
    private Optional<Text> forbidden(ActionRule rule, CaseState s, Actor a) {
        if (a.role() == Role.PIMPINAN) {
            return Optional.of(Text.of("Pimpinan hanya dapat melihat kasus", "Leadership has read-only access"));
        }
        boolean byRole = rule.roles().contains(a.role());
        boolean byProposer = rule.proposer() && isProposer(s, a);
        if (!byRole && !byProposer) {
            return Optional.of(Text.of(
                    a.role().label().id() + " tidak berwenang melakukan '" + rule.action().label().id()
                            + "' pada tahap " + s.stage().label().id(),
                    a.role().label().en() + " may not '" + rule.action().label().en() + "' in stage "
                            + s.stage().label().en()));
        }
        return outOfScope(s, a);
    }

    private static Optional<Text> outOfScope(CaseState s, Actor a) {
        switch (a.role()) {
            case OPD:
                if (!s.departments().contains(a.department().orElse(""))) {
                    return Optional.of(Text.of("Kasus ini bukan kasus OPD Anda", "This case is not your department's"));
                }
                break;
            case TKKSD:
                if (a.department().isPresent() && !s.departments().contains(a.department().get())) {
                    return Optional.of(Text.of("Kasus ini di luar lokus TKKSD Anda", "This case is outside your TKKSD scope"));
                }
                break;
            case PARTNER:
                if (!a.id().equals(s.id())) {
                    return Optional.of(Text.of("Tautan pelacakan ini bukan untuk kasus ini",
                            "This tracking link is not for this case"));
                }
                break;
            default:
                break;
        }
        return Optional.empty();
    }

    /** The proposer: the partner on a partner's application, otherwise the case's department. */
    private static boolean isProposer(CaseState s, Actor a) {
        return s.origin().proposedByPartner() ? a.role() == Role.PARTNER : a.role() == Role.OPD;
    }

    private List<UnmetCondition> validate(ActionRule rule, CaseState state, Command command, LocalDate today) {
        List<UnmetCondition> out = new ArrayList<>();
        for (Fact<?> fact : command.facts().asMap().keySet()) {
            if (fact.isSystemManaged() || !rule.records().contains(fact)) {
                out.add(notRecordable(fact));
            } else if (ProcessDefinitions.RECORDED_WHEN_MISSING.getOrDefault(rule.action(), Set.of()).contains(fact)
                    && state.facts().get(fact).filter(v -> !v.equals(command.facts().asMap().get(fact))).isPresent()) {
                // issue 13 item 1: recorded already; this action does not change it
                out.add(invalid("FACT:" + fact.key(), "'" + fact.label().id() + "' sudah tercatat dan tidak diubah oleh"
                        + " aksi ini", "'" + fact.label().en() + "' is already recorded and this action does not change it"));
            }
        }
        out.addAll(validateUploads(command.documents(), null));
        if (command.endReason().isPresent()) {
            EndReason r = command.endReason().get();
            if (!rule.acceptsEndReason()) {
                out.add(invalid("END_REASON", "Aksi ini tidak menerima alasan berakhir",
                        "This action takes no end reason"));
            } else if (r == EndReason.MASA_BERLAKU_HABIS) {
                out.add(invalid("END_REASON", "Untuk masa berlaku habis gunakan aksi '" + Action.EXPIRE.label().id() + "'",
                        "For an expired term use '" + Action.EXPIRE.label().en() + "'"));
            } else if (!r.isChosenAtEnd()) {
                out.add(invalid("END_REASON", "'" + r.label().id() + "' bukan alasan berakhirnya kerja sama",
                        "'" + r.label().en() + "' is not a reason to end an agreement"));
            } else if (!r.appliesTo(state.category())) {
                out.add(invalid("END_REASON", "'" + r.label().id() + "' tidak berlaku untuk " + state.category(),
                        "'" + r.label().en() + "' does not apply to " + state.category()));
            }
        }
        if (command.monev().isPresent()) {
            MonevSubmission m = command.monev().get();
            if (!rule.acceptsMonev()) {
                out.add(invalid("MONEV", "Aksi ini tidak menerima laporan monev", "This action takes no monev report"));
            } else {
                MonevPeriod p = MonevPeriod.containing(m.periodDate(), settings.monevPeriodMonths());
                if (p.start().isAfter(today)) {
                    out.add(invalid("MONEV_PERIOD", "Periode monev " + p.label() + " belum dimulai",
                            "Monev period " + p.label() + " has not started"));
                }
                Optional<LocalDate> start = state.fact(Fact.TERM_START);
                if (start.isPresent() && p.end().isBefore(start.get())) {
                    out.add(invalid("MONEV_PERIOD", "Periode monev " + p.label() + " sebelum kerja sama berlaku",
                            "Monev period " + p.label() + " is before the agreement's start"));
                }
                if (m.evaluation().isPresent()) {
                    if (rule.action() != Action.RECORD_MONEV_EVALUATION) {
                        out.add(invalid("EVALUATION", "Penilaian hanya diisi pada evaluasi monev",
                                "Scores belong to the monev evaluation only"));
                    } else {
                        m.evaluation().get().problems().forEach(t -> out.add(
                                new UnmetCondition(UnmetCondition.Kind.INPUT, "INVALID:EVALUATION", t)));
                    }
                }
            }
        }
        if (command.departments().isPresent()) {
            if (!rule.acceptsDepartments()) {
                out.add(invalid("DEPARTMENTS", "Aksi ini tidak menetapkan OPD", "This action assigns no department"));
            } else if (command.departments().get().stream().anyMatch(d -> d == null || d.isBlank())) {
                out.add(invalid("DEPARTMENTS", "Kode OPD kosong", "An empty department code"));
            }
        }
        return out;
    }

    private static List<UnmetCondition> validateUploads(List<DocumentUpload> uploads, Set<DocumentType> allowed) {
        List<UnmetCondition> out = new ArrayList<>();
        for (DocumentUpload u : uploads) {
            if (!u.isWellFormed()) {
                out.add(invalid("DOCUMENT:" + u.type(), u.type().label().id()
                                + ": kunci penyimpanan kosong atau SHA-256 tidak sah (64 digit heksadesimal)",
                        u.type().label().en() + ": empty storage key or invalid SHA-256 (64 hex digits)"));
            }
            if (allowed != null && !allowed.contains(u.type())) {
                out.add(invalid("DOCUMENT:" + u.type(), u.type().label().id() + " tidak diterima pada tahap ini",
                        u.type().label().en() + " is not accepted at this point"));
            }
        }
        return out;
    }

    private static List<UnmetCondition> validateSpec(NewCase spec) {
        List<UnmetCondition> out = new ArrayList<>();
        if (spec.id().isBlank()) {
            out.add(invalid("ID", "Nomor kasus kosong", "The case id is empty"));
        }
        boolean ksdd = spec.category() == Category.KSDD;
        boolean ksdpk = spec.category() == Category.KSDPK;
        if (ksdd != spec.ksddKind().isPresent()) {
            out.add(invalid("KSDD_KIND", ksdd ? "Jenis KSDD (wajib/sukarela) belum dipilih"
                            : "Jenis KSDD hanya untuk kategori KSDD",
                    ksdd ? "The KSDD kind (mandatory/voluntary) is missing" : "A KSDD kind is only for KSDD"));
        }
        if (ksdpk != spec.ksdpkInitiative().isPresent()) {
            out.add(invalid("KSDPK_INITIATIVE", ksdpk ? "Prakarsa KSDPK (daerah/pihak ketiga) belum dipilih"
                            : "Prakarsa KSDPK hanya untuk kategori KSDPK",
                    ksdpk ? "The KSDPK initiative (region/third party) is missing" : "An initiative is only for KSDPK"));
        }
        if (spec.departments().stream().anyMatch(String::isBlank)) {
            out.add(invalid("DEPARTMENTS", "Kode OPD kosong", "An empty department code"));
        }
        return out;
    }

    private Optional<Text> mayOpenForDepartments(Actor actor, List<String> departments) {
        if (actor.role() == Role.ADMIN) {
            return Optional.empty();
        }
        if (actor.role() == Role.OPD) {
            return departments.contains(actor.department().orElse("")) ? Optional.empty() : Optional.of(Text.of(
                    "OPD hanya dapat membuka kasus untuk OPD-nya sendiri",
                    "A department may only open cases for itself"));
        }
        return Optional.of(Text.of(actor.role().label().id() + " tidak dapat membuka kasus ini",
                actor.role().label().en() + " may not open this case"));
    }

    private static Refusal forbiddenToOpen(Actor actor) {
        return new Refusal.Forbidden(Text.of(actor.role().label().id() + " tidak dapat membuka kasus ini",
                actor.role().label().en() + " may not open this case"));
    }

    private List<UnmetCondition> checkOn(CaseState state, List<Condition> conditions, Actor actor, Instant now) {
        GateContext ctx = new GateContext(state, Command.of(Action.RECORD_FACTS), List.of(), actor, now,
                settings.businessDate(now), settings, deadlines);
        List<UnmetCondition> out = new ArrayList<>();
        conditions.forEach(c -> out.addAll(c.check(ctx)));
        return dedupe(out);
    }

    private CaseState fresh(String id, NewCase spec, Origin origin, Stage stage, List<String> departments, Facts facts,
                            Optional<String> parentId, Optional<String> previousId, Instant now) {
        return new CaseState(id, spec.category(), spec.ksddKind(), spec.ksdpkInitiative(), origin, stage, now,
                departments, 1, facts, Documents.empty(), List.of(), List.of(), parentId, previousId, Optional.empty(), now);
    }

    /** Registers the documents, checks the creation gates, computes the due dates and writes the first event. */
    private Decision opened(CaseState s, List<DocumentUpload> documents, List<Condition> gates, Actor actor,
                            Action event, Instant now) {
        Documents docs = Documents.empty();
        List<DocumentRef> refs = new ArrayList<>();
        for (DocumentUpload u : documents) {
            docs = docs.register(u, now, actor);
            refs.add(docs.latest(u.type()).orElseThrow().ref());
        }
        CaseState withDocs = s.withDocuments(docs);
        List<UnmetCondition> unmet = checkOn(withDocs, gates, actor, now);
        if (!unmet.isEmpty()) {
            return new Refusal.GateFailed(unmet);
        }
        LocalDate today = settings.businessDate(now);
        CaseState done = withDocs.withDueDates(deadlines.dueDates(withDocs, today));
        TimelineEvent ev = new TimelineEvent(now, actor.id(), actor.role(), event, Optional.empty(), s.stage(), "",
                s.facts().toStrings(), refs, Optional.empty());
        return new Transition(done, List.of(ev));
    }

    private static List<String> normalize(List<String> departments) {
        return departments.stream().map(String::strip).distinct().toList();
    }

    private static UnmetCondition notRecordable(Fact<?> fact) {
        return invalid("FACT:" + fact.key(), "'" + fact.label().id() + "' tidak dapat dicatat dengan aksi ini",
                "'" + fact.label().en() + "' cannot be recorded by this action");
    }

    private static UnmetCondition invalid(String code, String id, String en) {
        return new UnmetCondition(UnmetCondition.Kind.INPUT, "INVALID:" + code, Text.of(id, en));
    }

    /** Keeps the first condition of each code, in order. */
    private static List<UnmetCondition> dedupe(List<UnmetCondition> list) {
        Map<String, UnmetCondition> byCode = new LinkedHashMap<>();
        list.forEach(u -> byCode.putIfAbsent(u.code(), u));
        return List.copyOf(byCode.values());
    }
}
