package id.sikerja.core.reminders;

import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.mail.Mailer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One run of the daily schedule: reads what is due with date-ranged queries, records each recipient's digest
 * for the period, then sends every digest still pending — today's and any an earlier run could not send.
 * Running again the same day sends nothing new; a mail service that is down loses nothing.
 */
public final class ReminderRun {

    /** A partner's digest names its recipient by the tracking code of its page. */
    public static final String PARTNER_PREFIX = "partner:";
    /** How long a run may hold a digest it is sending before another run may take it over. */
    static final java.time.Duration SEND_LEASE = java.time.Duration.ofMinutes(5);

    private final DueDateIndex index;
    private final Supplier<List<Officer>> officers;
    private final PartnerContacts partners;
    private final DigestLedger ledger;
    private final Mailer mailer;
    private final Function<Digest, MailMessage> render;
    private final String from;
    private final DigestPlanner planner;
    private final ReminderRules rules;
    private final Clock clock;
    private final ZoneId zone;
    private java.util.function.Consumer<java.time.Duration> pause = ReminderRun::sleep;
    /** issue 17: told of the deadlines the run read, to notify those entering their 7-day window */
    private java.util.function.BiFunction<LocalDate, List<DueDateIndex.Entry>, Integer> deadlines = (d, e) -> 0;
    private int deadlinesNotified;
    /** issue 16: a department's entry section (new proposals, entries unanswered for a year) */
    private EntryNews entryNews;

    public ReminderRun(DueDateIndex index, Supplier<List<Officer>> officers, PartnerContacts partners,
                       DigestLedger ledger, Mailer mailer, Function<Digest, MailMessage> render, String from,
                       ReminderRules rules, Clock clock, ZoneId zone) {
        this.index = index;
        this.officers = officers;
        this.partners = partners;
        this.ledger = ledger;
        this.mailer = mailer;
        this.render = render;
        this.from = from;
        this.planner = new DigestPlanner(rules);
        this.rules = rules;
        this.clock = clock;
        this.zone = zone;
    }

    /** For tests: how the run waits between attempts to record a sent digest. */
    ReminderRun pausingWith(java.util.function.Consumer<java.time.Duration> pause) {
        this.pause = pause;
        return this;
    }

    /**
     * Issue 17: the run hands the due dates it read to {@code notifier} (DEADLINE_SOON notifications, idempotent per
     * deadline), after the system's endings and before the digests.
     */
    public ReminderRun notifyingDeadlines(java.util.function.BiFunction<LocalDate, List<DueDateIndex.Entry>, Integer> notifier) {
        this.deadlines = notifier;
        return this;
    }

    /** Issue 16: OPD users' digests get their department's entry section from {@code news}. */
    public ReminderRun withEntryNews(EntryNews news) {
        this.entryNews = news;
        return this;
    }

    /** How many DEADLINE_SOON notifications the last {@link #run} created (0 on a re-run). */
    public int deadlinesNotified() {
        return deadlinesNotified;
    }

    private static void sleep(java.time.Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @param expire ends an agreement past its end and grace ("masa berlaku habis") as done by the system */
    public Report run(java.util.function.Consumer<String> expire) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<Officer> recipients = officers.get();
        // days no run recorded (the schedule failed beyond its retries) are caught up: their point reminders go
        // into today's digests, for at most a week back
        int catchUp = ledger.lastRunDay().filter(d -> d.isBefore(today))
                .map(d -> (int) Math.min(MAX_CATCH_UP_DAYS, java.time.temporal.ChronoUnit.DAYS.between(d, today)))
                .orElse(1);
        // point reminders are read for the days today's digests cover: today (and missed days), or the last week
        // when a weekly digest goes out today
        int covers = Math.max(catchUp, recipients.stream().filter(o -> o.preference().sendsOn(today))
                .mapToInt(o -> o.preference().coversDays()).max().orElse(1));
        List<DueDateIndex.Entry> due = new ArrayList<>(index.started(today));
        due.addAll(index.onDays(today.minusDays(covers - 1L), today));
        int dueRead = due.size();

        List<String> expired = new ArrayList<>();
        for (DueDateIndex.Entry entry : due) {
            if (rules.endsAutomatically(entry, today)) {
                expire.accept(entry.caseId());
                expired.add(entry.caseId());
            }
        }

        // what the system just ended is no longer due from anyone
        due = due.stream().filter(e -> !expired.contains(e.caseId())).toList();
        deadlinesNotified = deadlines.apply(today, due);
        Map<String, List<EntryLine>> entrySections = new java.util.HashMap<>();
        List<Digest> digests = new ArrayList<>(planner.officerDigests(today, recipients, due, catchUp,
                (department, days) -> entryNews == null ? List.of() : entrySections.computeIfAbsent(
                        department + "#" + days, k -> entryNews.lines(department, today, days))));
        for (Map.Entry<String, List<ReminderItem>> e : planner.partnerItems(today, due).entrySet()) {
            Optional<PartnerContacts.Contact> contact = partners.contact(e.getKey());
            contact.ifPresent(c -> digests.add(new Digest("PARTNER#" + e.getKey() + "#" + today, PARTNER_PREFIX + c.trackingCode(),
                    c.email(), today.toString(), e.getValue())));
        }
        int recorded = 0;
        for (Digest d : digests) {
            if (ledger.record(d, clock.instant())) {
                recorded++;
            }
        }
        ledger.ranOn(today);
        int sent = 0;
        int failed = 0;
        int unconfirmed = 0;
        String runId = java.util.UUID.randomUUID().toString();
        for (Digest d : ledger.pending()) {
            if (!ledger.claim(d.key(), runId, clock.instant(), clock.instant().plus(SEND_LEASE))) {
                continue;
            }
            try {
                mailer.send(from, render.apply(d));
            } catch (Mailer.MailFailed e) {
                ledger.release(d.key(), runId);
                failed++;
                continue;
            }
            sent++;
            if (!markSent(d.key())) {
                unconfirmed++;
            }
        }
        return new Report(today, dueRead, recorded, sent, failed, unconfirmed, expired);
    }

    /**
     * Records that the mail service accepted a digest. The mail service takes no idempotency key, so this is the
     * one place a digest could go out twice: if the record cannot be written, the digest's lease runs out and a
     * later run sends it again. Transient failures are therefore retried here before giving up.
     */
    private boolean markSent(String key) {
        for (int attempt = 1; ; attempt++) {
            try {
                ledger.markSent(key, clock.instant());
                return true;
            } catch (RuntimeException e) {
                if (attempt == MARK_SENT_ATTEMPTS) {
                    return false;
                }
                pause.accept(java.time.Duration.ofMillis(200L * attempt));
            }
        }
    }

    static final int MARK_SENT_ATTEMPTS = 4;
    /** How far back a run catches up days on which no run recorded its digests. */
    static final int MAX_CATCH_UP_DAYS = 7;

    /**
     * What a run did; {@code dueRead} counts the index entries it read; {@code unconfirmed} digests were accepted
     * by the mail service but could not be recorded as sent (they may be sent again after their lease).
     */
    public record Report(LocalDate day, int dueRead, int recorded, int sent, int failed, int unconfirmed,
                         List<String> expired) {
    }
}
