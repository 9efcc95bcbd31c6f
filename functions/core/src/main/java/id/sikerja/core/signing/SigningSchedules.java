package id.sikerja.core.signing;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.CaseView;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.Text;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Issue 17: a case's signing schedule — proposed or moved by a department or an admin in a signing stage, approved
 * by an admin — and the invitation with its {@code .ics}, sent on approval and on every change of an approved
 * schedule (the same UID, a higher SEQUENCE) to the partner, the Bagian Kerja Sama's inbox(es) and the approving
 * admin. Whoever cannot see the case gets nothing (404).
 *
 * <p>Idempotent: proposing the schedule that is already stored (a retry) writes and sends nothing; approving an
 * approved schedule likewise. Version-conditional: a reschedule or an approval names the version it acts on (409
 * with the current schedule when stale; a race lost in the store is stale too).
 */
public final class SigningSchedules {

    private final CaseService cases;
    private final SigningScheduleStore store;
    private final Mailer mailer;
    private final PemdaSettings pemda;
    private final Supplier<String> uids;
    private final Clock clock;
    private final Consumer<String> warn;

    public SigningSchedules(CaseService cases, SigningScheduleStore store, Mailer mailer, PemdaSettings pemda,
                            Supplier<String> uids, Clock clock, Consumer<String> warn) {
        this.cases = cases;
        this.store = store;
        this.mailer = mailer;
        this.pemda = pemda;
        this.uids = uids;
        this.clock = clock;
        this.warn = warn;
    }

    /** The outcome of a proposal or an approval. */
    public sealed interface Outcome {
        /** Stored ({@code changed}) or already so (a retry); {@code invited}: the addresses the invitation went to. */
        record Saved(SigningSchedule schedule, boolean changed, List<String> invited) implements Outcome {
        }

        /** The caller's role may not (403). */
        record Forbidden(Text reason) implements Outcome {
        }

        /** Not now: not a signing stage, or nothing to approve (409). */
        record NotNow(Text reason, Optional<SigningSchedule> current) implements Outcome {
        }

        /** A stale version (409 with the current schedule). */
        record Stale(SigningSchedule current) implements Outcome {
        }
    }

    /** The case's schedule, if any; empty outer for a case the actor does not see. */
    public Optional<Optional<SigningSchedule>> current(String caseId, Actor actor) {
        return cases.view(caseId, actor).map(v -> store.find(caseId));
    }

    public Optional<Outcome> propose(String caseId, Actor actor, String actorEmail, Map<String, Object> body) {
        Optional<CaseView> view = cases.view(caseId, actor);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        if (!ProcessDefinitions.SIGNING_SCHEDULE_PROPOSERS.contains(actor.role())) {
            return Optional.of(new Outcome.Forbidden(SigningRules.whyNotPropose(view.get().record().state(), actor)
                    .orElseThrow()));
        }
        Instant now = clock.instant();
        SigningSchedule.Proposal proposal = SigningRules.read(body, pemda.zone(), now);
        Optional<Long> version = version(body, false);
        Optional<SigningSchedule> current = store.find(caseId);
        Optional<Text> stage = SigningRules.whyNotPropose(view.get().record().state(), actor);
        if (stage.isPresent()) {
            return Optional.of(new Outcome.NotNow(stage.get(), current));
        }
        SigningRules.Change change = SigningRules.propose(caseId, current, version, proposal, actor,
                uids.get() + "@sikerja", now);
        return Optional.of(apply(change, view.get().record(), actorEmail));
    }

    public Optional<Outcome> approve(String caseId, Actor actor, String actorEmail, Map<String, Object> body) {
        Optional<CaseView> view = cases.view(caseId, actor);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        if (!ProcessDefinitions.SIGNING_SCHEDULE_APPROVERS.contains(actor.role())) {
            return Optional.of(new Outcome.Forbidden(SigningRules.whyNotApprove(view.get().record().state(), actor)
                    .orElseThrow()));
        }
        long version = version(body, true).orElseThrow();
        Optional<SigningSchedule> current = store.find(caseId);
        Optional<Text> stage = SigningRules.whyNotApprove(view.get().record().state(), actor);
        if (stage.isPresent() || current.isEmpty()) {
            return Optional.of(new Outcome.NotNow(stage.orElse(Text.of("Belum ada jadwal penandatanganan yang diusulkan",
                    "No signing has been scheduled yet")), current));
        }
        return Optional.of(apply(SigningRules.approve(current.get(), version, actor, clock.instant()),
                view.get().record(), actorEmail));
    }

    private Outcome apply(SigningRules.Change change, CaseRecord record, String actorEmail) {
        if (change instanceof SigningRules.Change.Stale stale) {
            return new Outcome.Stale(stale.current());
        }
        if (change instanceof SigningRules.Change.Unchanged same) {
            return new Outcome.Saved(same.schedule(), false, List.of());
        }
        SigningRules.Change.Write write = (SigningRules.Change.Write) change;
        try {
            store.save(write.schedule(), write.expectedVersion());
        } catch (SigningScheduleStore.Conflict raced) {
            return new Outcome.Stale(store.find(record.id()).orElse(write.schedule()));
        }
        List<String> invited = write.schedule().status() == SigningSchedule.Status.APPROVED
                ? invite(write.schedule(), record, actorEmail) : List.of();
        return new Outcome.Saved(write.schedule(), true, invited);
    }

    /**
     * Sends the invitation: the partner in its language (English for foreign cooperation), the officers in
     * Indonesian. A mail the service refused is logged (no personal data) and reported as not invited.
     */
    private List<String> invite(SigningSchedule s, CaseRecord record, String actorEmail) {
        ICalendar.Attendee organizer = new ICalendar.Attendee(pemda.name(), pemda.mailFrom());
        String title = record.proposal().title();
        List<String> invited = new ArrayList<>();
        String partner = record.proposal().partner().email();
        Language partnerLanguage = record.state().category().isForeign() ? Language.EN : Language.ID;
        send(s, title, List.of(new ICalendar.Attendee(record.proposal().partner().name(), partner)), organizer,
                partnerLanguage, invited, record.id());
        List<ICalendar.Attendee> officers = new ArrayList<>();
        pemda.adminEmails().forEach(a -> officers.add(new ICalendar.Attendee("", a)));
        if (actorEmail != null && !actorEmail.isBlank() && !pemda.adminEmails().contains(actorEmail)) {
            officers.add(new ICalendar.Attendee("", actorEmail));
        }
        if (!officers.isEmpty()) {
            send(s, title, officers, organizer, Language.ID, invited, record.id());
        }
        return invited;
    }

    private void send(SigningSchedule s, String title, List<ICalendar.Attendee> to, ICalendar.Attendee organizer,
                      Language lang, List<String> invited, String caseId) {
        try {
            mailer.send(pemda.mailFrom(), SigningRules.invitation(s, title, to, organizer, lang, clock.instant()));
            to.forEach(a -> invited.add(a.email()));
        } catch (Mailer.MailFailed | IllegalArgumentException e) {
            warn.accept("signing invitation not sent: case " + caseId + ", " + e.getClass().getSimpleName());
        }
    }

    private static Optional<Long> version(Map<String, Object> body, boolean required) {
        if (!required && !body.containsKey("version")) {
            return Optional.empty();
        }
        Fields f = Fields.of(body);
        Integer v = f.integer("version", 1, Integer.MAX_VALUE);
        if (required) {
            for (String name : body.keySet()) {
                if (!name.equals("version")) {
                    f.reject(name, "unknown_field", Map.of());
                }
            }
        }
        f.throwIfInvalid();
        return Optional.of(v.longValue());
    }
}
