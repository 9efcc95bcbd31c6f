package id.sikerja.core.intake;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.security.Secrets;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Decision;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Proposal intake: stores a partner's application as a new case waiting for validation, answers with its
 * tracking code and a one-time access token, and sends the confirmation and the admins' notification.
 *
 * <p>With an Idempotency-Key, the first request claims the key; concurrent and later retries wait for and
 * replay its answer; a key reused with a different body is refused. E-mails are sent once, by the request
 * that created the case.
 *
 * <p>The route is anonymous and mails the partner's address, so each proposal counts against daily caps per
 * partner address and per source IP ({@link ProposalLimits}); one over a cap is refused ({@link LimitReached})
 * and changes nothing. A retry with the same Idempotency-Key is counted once and still replays its first answer.
 */
public final class IntakeService {

    static final String OPERATION = "POST /proposals";
    static final Duration LOCK = Duration.ofSeconds(30);
    static final Duration REMEMBER = Duration.ofHours(24);
    private static final int CODE_ATTEMPTS = 5;

    private final IntakeStore store;
    private final Supplier<Workflow> workflow;
    private final Mailer mailer;
    private final Clock clock;
    private final PemdaSettings pemda;
    private final Waiter waiter;
    private final Consumer<String> warn;
    private final ProposalCounter counter;
    private final ProposalLimits limits;

    public IntakeService(IntakeStore store, Supplier<Workflow> workflow, Mailer mailer, Clock clock, PemdaSettings pemda,
                         Consumer<String> warn) {
        this(store, workflow, mailer, clock, pemda, Waiter.SLEEP, warn);
    }

    /** Intake that counts proposals against daily caps per partner address and per source IP. */
    public IntakeService(IntakeStore store, Supplier<Workflow> workflow, Mailer mailer, Clock clock, PemdaSettings pemda,
                         ProposalCounter counter, ProposalLimits limits, Consumer<String> warn) {
        this(store, workflow, mailer, clock, pemda, Waiter.SLEEP, counter, limits, warn);
    }

    IntakeService(IntakeStore store, Supplier<Workflow> workflow, Mailer mailer, Clock clock, PemdaSettings pemda, Waiter waiter,
                  Consumer<String> warn) {
        this(store, workflow, mailer, clock, pemda, waiter, ProposalCounter.UNLIMITED, null, warn);
    }

    IntakeService(IntakeStore store, Supplier<Workflow> workflow, Mailer mailer, Clock clock, PemdaSettings pemda, Waiter waiter,
                  ProposalCounter counter, ProposalLimits limits, Consumer<String> warn) {
        this.counter = counter;
        this.limits = limits;
        this.store = store;
        this.workflow = workflow;
        this.mailer = mailer;
        this.clock = clock;
        this.pemda = pemda;
        this.waiter = waiter;
        this.warn = warn;
    }

    /**
     * @param key         the client's Idempotency-Key, or null
     * @param fingerprint a digest of the request body, to tell a retry from a different request
     * @throws InvalidInput    when the key was used for a different request
     * @throws RequestInFlight when the first request with this key is still running after waiting for it
     */
    public Submission submit(Proposal proposal, IdempotencyKey key, String fingerprint) {
        return submit(proposal, key, fingerprint, null);
    }

    /**
     * @param sourceIp the caller's address as API Gateway saw it ({@code requestContext.http.sourceIp}), or null
     * @throws LimitReached when the partner's address or the source IP has reached today's cap (nothing changed)
     */
    public Submission submit(Proposal proposal, IdempotencyKey key, String fingerprint, String sourceIp) {
        admit(proposal, key, sourceIp);
        if (key == null) {
            return create(proposal, null, null);
        }
        String keyHash = key.hash(OPERATION);
        String owner = UUID.randomUUID().toString();
        Instant now = clock.instant();
        IntakeStore.IdempotencyClaim claim = new IntakeStore.IdempotencyClaim(
                keyHash, fingerprint, owner, now, now.plus(LOCK), now.plus(REMEMBER));
        if (store.claim(claim)) {
            try {
                return create(proposal, key, claim);
            } catch (IntakeStore.ClaimLost lost) {
                // Our lock ran out and another request with the same key took over: its answer is the answer.
                return replay(key, keyHash, fingerprint);
            }
        }
        return replay(key, keyHash, fingerprint);
    }

    /** Counts the proposal against today's caps, once per Idempotency-Key; refuses it over a cap. */
    private void admit(Proposal proposal, IdempotencyKey key, String sourceIp) {
        if (limits == null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate day = now.atZone(pemda.zone()).toLocalDate();
        Instant nextDay = ProposalLimits.nextDay(now, pemda.zone());
        boolean counted = counter.count(limits.counters(day, proposal.partner().email(), sourceIp),
                Optional.ofNullable(key).map(k -> "COUNTED#" + k.hash(OPERATION)), now.plus(REMEMBER),
                nextDay.plus(Duration.ofDays(1)));
        if (!counted) {
            throw new LimitReached(ProposalLimits.secondsUntilNextDay(now, pemda.zone()));
        }
    }

    private Submission replay(IdempotencyKey key, String keyHash, String fingerprint) {
        for (int attempt = 0; attempt < 40; attempt++) {
            Optional<IdempotencyRecord> found = store.findIdempotency(keyHash);
            if (found.isPresent() && !found.get().fingerprint().equals(fingerprint)) {
                throw new InvalidInput(List.of(FieldError.of("Idempotency-Key", "idempotency_key_reused")));
            }
            if (found.isPresent() && found.get().completed()) {
                return Submission.decode(Secrets.unseal(found.get().sealedResult(), key.value(), OPERATION));
            }
            waiter.pause(Duration.ofMillis(Math.min(50L * (attempt + 1), 250)));
        }
        throw new RequestInFlight();
    }

    private Submission create(Proposal proposal, IdempotencyKey key, IntakeStore.IdempotencyClaim claim) {
        Instant now = clock.instant();
        String caseId = UUID.randomUUID().toString();
        String token = Secrets.newAccessToken();
        int year = now.atZone(pemda.zone()).getYear();
        Decision opened = workflow.get().openFromIntake(NewCase.from(caseId, proposal), List.of(), Actor.partner(caseId), now);
        if (!(opened instanceof Transition transition)) {
            // The proposal was validated already: a refusal here is a contradiction between the two rule sets.
            throw new IllegalStateException("the workflow refused a validated proposal: " + opened);
        }
        for (int attempt = 1; ; attempt++) {
            String code = TrackingCode.next(year);
            Submission result = new Submission(caseId, code, token, transition.state().stage().name(), now, false);
            CaseRecord record = new CaseRecord(code, proposal, transition.state(), now);
            List<OutboxEntry> outbox = new ArrayList<>();
            outbox.add(new OutboxEntry(caseId + ":confirmation", caseId, IntakeMails.PARTNER_CONFIRMATION,
                    List.of(proposal.partner().email()), now));
            if (!pemda.adminEmails().isEmpty()) {
                outbox.add(new OutboxEntry(caseId + ":admins", caseId, IntakeMails.ADMIN_NEW_PROPOSAL,
                        pemda.adminEmails(), now));
            }
            Optional<IdempotencyRecord> completes = claim == null ? Optional.empty() : Optional.of(
                    new IdempotencyRecord(claim.keyHash(), claim.fingerprint(), claim.owner(), claim.lockedUntil(),
                            Secrets.seal(result.encode(), key.value(), OPERATION), claim.expiresAt()));
            try {
                store.create(record, Secrets.sha256Hex(token), transition.events(), outbox, completes);
            } catch (IntakeStore.TrackingCodeTaken taken) {
                if (attempt == CODE_ATTEMPTS) {
                    throw taken;
                }
                continue;
            }
            sendOwedMail(record, token, outbox);
            return result;
        }
    }

    private void sendOwedMail(CaseRecord record, String token, List<OutboxEntry> outbox) {
        for (OutboxEntry entry : outbox) {
            try {
                mailer.send(pemda.mailFrom(), IntakeMails.render(entry, record, token, pemda));
                store.markSent(entry.id(), clock.instant());
            } catch (RuntimeException e) {
                // The case is stored and the entry stays pending for the scheduled run to send; never fail
                // the partner's submission because the mail service is down.
                warn.accept("mail not sent, left pending: " + entry.kind() + " " + e.getClass().getSimpleName());
            }
        }
    }

    /** Today's cap of proposals for this partner address or source IP is reached; nothing was stored or sent. */
    public static final class LimitReached extends RuntimeException {
        private final long retryAfterSeconds;

        public LimitReached(long retryAfterSeconds) {
            super("daily proposal limit reached");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** Seconds until the Pemda's day rolls over and the caps count afresh. */
        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** The first request with this Idempotency-Key has not finished; the client may retry shortly. */
    public static final class RequestInFlight extends RuntimeException {
        public RequestInFlight() {
            super("a request with this Idempotency-Key is still in progress");
        }
    }

    /** How to wait between looks at a running request's claim (a test can make it instant). */
    interface Waiter {
        Waiter SLEEP = d -> {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RequestInFlight();
            }
        };

        void pause(Duration d);
    }
}
