package id.sikerja.core.intake;

import id.sikerja.core.cases.CaseOutcome;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.TrackingCode;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.mail.Outbox;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.security.Secrets;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.validation.InvalidInput;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Proposal intake: stores a partner's application as a new case waiting for validation, answers with its
 * tracking code and a one-time access token, and sends the confirmation and the admins' notification.
 *
 * <p>The case is created as every case is, by {@link CaseService} in one commit with its tracking entry, its owed
 * e-mails and (with an Idempotency-Key) the remembered answer, sealed under the key: a retry, also a concurrent one,
 * gets the first answer and creates nothing; a key reused with a different body is refused. E-mails are sent once,
 * by the request that created the case.
 *
 * <p>The route is anonymous and mails the partner's address, so each proposal counts against daily caps per
 * partner address and per source IP ({@link ProposalLimits}); one over a cap is refused ({@link LimitReached})
 * and changes nothing. A retry with the same Idempotency-Key is counted once and still replays its first answer.
 */
public final class IntakeService {

    static final String OPERATION = "POST /proposals";
    private static final int CODE_ATTEMPTS = 5;

    private final CaseService cases;
    private final Outbox outbox;
    private final Mailer mailer;
    private final Clock clock;
    private final PemdaSettings pemda;
    private final Consumer<String> warn;
    private final ProposalCounter counter;
    private final ProposalLimits limits;

    public IntakeService(CaseService cases, Outbox outbox, Mailer mailer, Clock clock, PemdaSettings pemda,
                         Consumer<String> warn) {
        this(cases, outbox, mailer, clock, pemda, ProposalCounter.UNLIMITED, null, warn);
    }

    /** Intake that counts proposals against daily caps per partner address and per source IP. */
    public IntakeService(CaseService cases, Outbox outbox, Mailer mailer, Clock clock, PemdaSettings pemda,
                         ProposalCounter counter, ProposalLimits limits, Consumer<String> warn) {
        this.counter = counter;
        this.limits = limits;
        this.cases = cases;
        this.outbox = outbox;
        this.mailer = mailer;
        this.clock = clock;
        this.pemda = pemda;
        this.warn = warn;
    }

    /** The scope of a proposal's Idempotency-Key: the route, for anyone (the partner has no account yet). */
    public static Idempotency idempotency(IdempotencyKey key, String fingerprint) {
        return Idempotency.of(key, OPERATION, "", Idempotency.ANYONE, fingerprint);
    }

    /**
     * @param key         the client's Idempotency-Key, or null
     * @param fingerprint a digest of the request body, to tell a retry from a different request
     * @throws InvalidInput when the key was used for a different request
     */
    public Submission submit(Proposal proposal, IdempotencyKey key, String fingerprint) {
        return submit(proposal, key, fingerprint, null);
    }

    /**
     * @param sourceIp the caller's address as API Gateway saw it ({@code requestContext.http.sourceIp}), or null
     * @throws LimitReached when the partner's address or the source IP has reached today's cap (nothing changed)
     */
    public Submission submit(Proposal proposal, IdempotencyKey key, String fingerprint, String sourceIp) {
        return submit(proposal, Optional.empty(), key, fingerprint, sourceIp);
    }

    /**
     * Issue 16: a proposal answering a potential or need ({@code potentialId}, checked by the caller: it exists and
     * is not closed); the case records it.
     */
    public Submission submit(Proposal proposal, Optional<String> potentialId, IdempotencyKey key, String fingerprint,
                             String sourceIp) {
        Optional<Idempotency> idempotency = Optional.ofNullable(key).map(k -> idempotency(k, fingerprint));
        admit(proposal, idempotency, sourceIp);
        int year = clock.instant().atZone(pemda.zone()).getYear();
        for (int attempt = 1; ; attempt++) {
            String caseId = UUID.randomUUID().toString();
            String code = TrackingCode.next(year);
            String token = Secrets.newAccessToken();
            List<OutboxEntry> owed = new ArrayList<>();
            owed.add(new OutboxEntry(caseId + ":confirmation", caseId, IntakeMails.PARTNER_CONFIRMATION,
                    List.of(proposal.partner().email()), clock.instant()));
            if (!pemda.adminEmails().isEmpty()) {
                owed.add(new OutboxEntry(caseId + ":admins", caseId, IntakeMails.ADMIN_NEW_PROPOSAL,
                        pemda.adminEmails(), clock.instant()));
            }
            CaseOutcome outcome;
            try {
                outcome = cases.openFromIntake(caseId, proposal, potentialId, code, Secrets.sha256Hex(token), owed, idempotency,
                        change -> new Submission(caseId, code, token, change.record().stage().name(),
                                change.record().updatedAt(), false).encode());
            } catch (CaseStore.Conflict taken) {
                if (attempt == CODE_ATTEMPTS) {
                    throw taken;
                }
                continue;
            }
            if (outcome instanceof CaseOutcome.Replayed replayed) {
                return Submission.decode(replayed.response());
            }
            if (outcome instanceof CaseOutcome.Applied applied) {
                sendOwedMail(applied.change().record(), token, owed);
                return Submission.decode(applied.response()).first();
            }
            // The proposal was validated already: a refusal here is a contradiction between the two rule sets.
            throw new IllegalStateException("the workflow refused a validated proposal: " + outcome);
        }
    }

    private void sendOwedMail(CaseRecord record, String token, List<OutboxEntry> owed) {
        for (OutboxEntry entry : owed) {
            try {
                mailer.send(pemda.mailFrom(), IntakeMails.render(entry, record, token, pemda));
                outbox.markSent(entry.id(), clock.instant());
            } catch (RuntimeException e) {
                // The case is stored and the entry stays pending for the scheduled run to send; never fail
                // the partner's submission because the mail service is down.
                warn.accept("mail not sent, left pending: " + entry.kind() + " " + e.getClass().getSimpleName());
            }
        }
    }

    /** Counts the proposal against today's caps, once per Idempotency-Key; refuses it over a cap. */
    private void admit(Proposal proposal, Optional<Idempotency> idempotency, String sourceIp) {
        if (limits == null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate day = now.atZone(pemda.zone()).toLocalDate();
        Instant nextDay = ProposalLimits.nextDay(now, pemda.zone());
        boolean counted = counter.count(limits.counters(day, proposal.partner().email(), sourceIp),
                idempotency.map(i -> "COUNTED#" + i.keyHash()), now.plus(Idempotency.REMEMBER),
                nextDay.plus(Duration.ofDays(1)));
        if (!counted) {
            throw new LimitReached(ProposalLimits.secondsUntilNextDay(now, pemda.zone()));
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
}
