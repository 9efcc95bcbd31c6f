package id.sikerja.reminders;

import id.sikerja.api.JsonLog;
import id.sikerja.core.cases.CaseOutcome;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.reminders.Digest;
import id.sikerja.core.reminders.DigestLedger;
import id.sikerja.core.reminders.Officer;
import id.sikerja.core.reminders.PartnerContacts;
import id.sikerja.core.reminders.ReminderRules;
import id.sikerja.core.reminders.ReminderRun;
import id.sikerja.core.settings.PemdaSettings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The scheduled job: one {@link ReminderRun}, and the system's ending of agreements past their end and grace,
 * each recorded in the case's timeline as done by the system ("masa berlaku habis"). A re-run the same day
 * changes nothing: the ending carries a key per case and day, and a case already ended refuses it.
 */
final class ReminderJob {

    private static final JsonLog LOG = JsonLog.get(ReminderJob.class);

    private final DueDateIndex index;
    private final Supplier<List<Officer>> officers;
    private final PartnerContacts partners;
    private final DigestLedger ledger;
    private final Mailer mailer;
    private final Function<Digest, MailMessage> render;
    private final PemdaSettings pemda;
    private final ReminderRules rules;
    private final Function<Clock, CaseService> cases;
    private final Function<Clock, java.util.function.Consumer<CaseOutcome.Change>> deliver;
    /** sends partner notices the mail service refused when they were owed (bounded, each once) */
    private final Function<Clock, java.util.function.IntSupplier> resendPending;
    /** issue 17: DEADLINE_SOON notifications, as of the run's clock (none when not wired) */
    private Function<Clock, java.util.function.BiFunction<LocalDate, List<DueDateIndex.Entry>, Integer>> deadlines =
            clock -> (day, due) -> 0;

    ReminderJob(DueDateIndex index, Supplier<List<Officer>> officers, PartnerContacts partners, DigestLedger ledger,
                Mailer mailer, Function<Digest, MailMessage> render, PemdaSettings pemda, ReminderRules rules,
                Function<Clock, CaseService> cases) {
        this(index, officers, partners, ledger, mailer, render, pemda, rules, cases, clock -> change -> { },
                clock -> () -> 0);
    }

    /** @param deliver sends the partner notices a system ending owed (its outbox entries), as of the run's clock */
    ReminderJob(DueDateIndex index, Supplier<List<Officer>> officers, PartnerContacts partners, DigestLedger ledger,
                Mailer mailer, Function<Digest, MailMessage> render, PemdaSettings pemda, ReminderRules rules,
                Function<Clock, CaseService> cases,
                Function<Clock, java.util.function.Consumer<CaseOutcome.Change>> deliver,
                Function<Clock, java.util.function.IntSupplier> resendPending) {
        this.deliver = deliver;
        this.resendPending = resendPending;
        this.index = index;
        this.officers = officers;
        this.partners = partners;
        this.ledger = ledger;
        this.mailer = mailer;
        this.render = render;
        this.pemda = pemda;
        this.rules = rules;
        this.cases = cases;
    }

    /** Issue 17: the run notifies the officers of deadlines entering their 7-day window through {@code notifier}. */
    ReminderJob notifyingDeadlines(
            Function<Clock, java.util.function.BiFunction<LocalDate, List<DueDateIndex.Entry>, Integer>> notifier) {
        this.deadlines = notifier;
        return this;
    }

    /** Issue 16: OPD users' digests get their department's entry section (new proposals, entries unanswered a year). */
    ReminderJob withEntryNews(id.sikerja.core.reminders.EntryNews news) {
        this.entryNews = news;
        return this;
    }

    private id.sikerja.core.reminders.EntryNews entryNews;

    /** @param asOf the instant to run as of (the scheduler's invocation time when absent) */
    ReminderRun.Report run(Optional<Instant> asOf) {
        Clock clock = asOf.map(i -> Clock.fixed(i, ZoneOffset.UTC)).orElse(Clock.systemUTC());
        CaseService service = cases.apply(clock);
        LocalDate today = LocalDate.ofInstant(clock.instant(), pemda.zone());
        ReminderRun run = new ReminderRun(index, officers, partners, ledger, mailer, render, pemda.mailFrom(), rules,
                clock, pemda.zone()).notifyingDeadlines(guarded(deadlines.apply(clock)));
        if (entryNews != null) {
            run.withEntryNews(entryNews);
        }
        java.util.function.Consumer<CaseOutcome.Change> notify = deliver.apply(clock);
        ReminderRun.Report report = run.run(caseId -> expire(service, notify, caseId, today));
        int resent = 0;
        try {
            resent = resendPending.apply(clock).getAsInt();
        } catch (RuntimeException e) {
            LOG.warn("pending partner notices not re-sent", "error", e.getClass().getSimpleName());
        }
        LOG.info("reminders run", "day", report.day().toString(), "dueRead", report.dueRead(), "resent", resent,
                "recorded", report.recorded(), "sent", report.sent(), "failed", report.failed(),
                "expired", report.expired().size(),
                "deadlinesNotified", run.deadlinesNotified());
        return report;
    }

    /**
     * The digests matter more than the inbox: a failure to notify deadlines is logged and the run goes on (the next
     * run notifies what is still missing, each deadline once).
     */
    private static java.util.function.BiFunction<LocalDate, List<DueDateIndex.Entry>, Integer> guarded(
            java.util.function.BiFunction<LocalDate, List<DueDateIndex.Entry>, Integer> notifier) {
        return (day, due) -> {
            try {
                return notifier.apply(day, due);
            } catch (RuntimeException e) {
                LOG.warn("deadline notifications not made", "error", e.getClass().getSimpleName());
                return 0;
            }
        };
    }

    private static void expire(CaseService service, java.util.function.Consumer<CaseOutcome.Change> notify,
                               String caseId, LocalDate today) {
        service.endExpired(caseId, today).ifPresent(outcome -> {
            if (outcome instanceof CaseOutcome.Applied applied) {
                notify.accept(applied.change()); // the partner hears of the ending (PartnerNotices.ENDED)
            }
            LOG.info("agreement ended by the system", "caseId", caseId, "outcome", outcome.getClass().getSimpleName());
        });
    }
}
