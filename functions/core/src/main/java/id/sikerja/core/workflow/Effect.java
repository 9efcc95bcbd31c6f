package id.sikerja.core.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What an action does to the case besides moving it: records an outcome, sets the end reason, adds a monev entry.
 * Built by the static methods below and declared in {@link ProcessDefinitions}.
 */
public final class Effect {

    /** Parts of a command an effect consumes (a command carrying them for another action is refused). */
    enum Consumes { NONE, END_REASON, MONEV }

    private final Text description;
    private final Consumes consumes;
    private final BiFunction<CaseState, GateContext, CaseState> apply;

    private Effect(Text description, Consumes consumes, BiFunction<CaseState, GateContext, CaseState> apply) {
        this.description = Objects.requireNonNull(description);
        this.consumes = consumes;
        this.apply = apply;
    }

    public Text description() {
        return description;
    }

    Consumes consumes() {
        return consumes;
    }

    CaseState apply(CaseState state, GateContext context) {
        return apply.apply(state, context);
    }

    /** Records a fixed value of a system-managed fact, e.g. the DPRD outcome. */
    public static <T> Effect setsFact(Fact<T> fact, T value) {
        return new Effect(Text.of("mencatat " + fact.label().id() + " = " + value, "records " + fact.key() + " = " + value),
                Consumes.NONE, (s, ctx) -> s.withFacts(s.facts().with(fact, value)));
    }

    /** Issue 13 item 2: records a system-managed fact computed from the case, when it can be (else leaves it). */
    static <T> Effect computesFact(Fact<T> fact, Text description,
                                   BiFunction<CaseState, GateContext, java.util.Optional<T>> value) {
        return new Effect(description, Consumes.NONE, (s, ctx) -> value.apply(s, ctx)
                .map(v -> s.withFacts(s.facts().with(fact, v))).orElse(s));
    }

    /**
     * Issue 13 item 2: clears facts of an earlier round (a PKS taken to the DPRD again for a later budget year: the
     * previous request, decision and outcome; the timeline keeps them).
     */
    static Effect clearsFacts(Text description, java.util.List<Fact<?>> facts) {
        return new Effect(description, Consumes.NONE, (s, ctx) -> {
            java.util.Map<String, String> kept = new java.util.LinkedHashMap<>(s.facts().toStrings());
            facts.forEach(f -> kept.remove(f.key()));
            return s.withFacts(Facts.fromStrings(kept));
        });
    }

    /**
     * Issue 17: the admin confirmed the latest signed copy of the type: its version is recorded, which opens the
     * signing gate ({@link Gates#signedCopyConfirmed}).
     */
    public static Effect confirmsSignedCopy(DocumentType signed, Fact<Integer> confirmedVersion) {
        return new Effect(Text.of("mencatat versi " + signed.label().id() + " yang diperiksa",
                "records the checked version of " + signed.label().en()), Consumes.NONE,
                (s, ctx) -> s.documents().latest(signed)
                        .map(v -> s.withFacts(s.facts().with(confirmedVersion, v.version()))).orElse(s));
    }

    /**
     * Issue 17: the admin sent the signed copy back: an earlier confirmation and the ticks no longer hold; the
     * next copy is checked again.
     */
    public static Effect returnsSignedCopy(Fact<Integer> confirmedVersion) {
        return clearsFacts(Text.of("membatalkan pemeriksaan salinan bertanda tangan", "clears the signed copy's check"),
                List.of(confirmedVersion, Fact.SIGNED_COPY_PARAF, Fact.SIGNED_COPY_METERAI, Fact.SIGNED_COPY_CAP));
    }

    /** Ends the case with a fixed reason. */
    public static Effect endsWith(EndReason reason) {
        return new Effect(Text.of("alasan: " + reason.label().id(), "reason: " + reason.label().en()), Consumes.NONE,
                (s, ctx) -> s.withEndReason(reason));
    }

    /** Ends the case with the reason the command gives (validated against the category). */
    public static Effect endsWithGivenReason() {
        return new Effect(Text.of("alasan dipilih sesuai ketentuan", "reason chosen as the law allows"),
                Consumes.END_REASON,
                (s, ctx) -> s.withEndReason(ctx.command().endReason().orElseThrow()));
    }

    /** Adds a monev entry of the given kind for the period the command names. */
    public static Effect recordsMonev(MonevKind kind) {
        return new Effect(Text.of("mencatat " + kind, "records " + kind), Consumes.MONEV, (s, ctx) -> {
            MonevSubmission m = ctx.command().monev().orElseThrow();
            MonevPeriod period = MonevPeriod.containing(m.periodDate(), ctx.settings().monevPeriodMonths());
            List<MonevEntry> entries = new ArrayList<>(s.monev());
            entries.add(new MonevEntry(kind, period, ctx.now(), ctx.actor().id(), ctx.actor().role(), m.summary(),
                    ctx.attached(), kind == MonevKind.EVALUATION ? m.evaluation() : java.util.Optional.empty()));
            return s.withMonev(entries);
        });
    }

    /** Issue 18 (h18-amend): a change computed from the case and the command ({@link Amendments}). */
    static Effect changes(Text description, BiFunction<CaseState, GateContext, CaseState> apply) {
        return new Effect(description, Consumes.NONE, apply);
    }
}
