package id.sikerja.core.reminders;

import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.cases.InMemoryDueIndex;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class ReminderRunTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** Monday 23 Nov 2026, 07:00 WITA. */
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-22T23:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final PemdaSettings PEMDA = new PemdaSettings("Pemerintah Kota Contoh", WITA,
            "https://sikerja.example.go.id", "no-reply@example.go.id", List.of());

    private static DueDateIndex.Entry due(String caseId, DueDateKind kind, LocalDate date, Set<Role> to, String... departments) {
        return new DueDateIndex.Entry(caseId, kind, date, to, Text.of("", ""), Stage.PERSIAPAN, List.of(departments));
    }

    private static Officer officer(String id, Set<Role> roles, String department, DigestPreference pref) {
        return new Officer(id, id + "@example.go.id", roles, Optional.ofNullable(department), pref);
    }

    private final List<DueDateIndex.Entry> index = new ArrayList<>(List.of(
            due("c-validation", DueDateKind.INTAKE_VALIDATION, TODAY.minusDays(2), Set.of(Role.ADMIN)),
            due("c-tkksd", DueDateKind.TKKSD_ASSESSMENT, TODAY.plusDays(3), Set.of(Role.TKKSD, Role.ADMIN), "DINKES"),
            due("c-dprd", DueDateKind.DPRD_RESPONSE, TODAY, Set.of(Role.ADMIN, Role.OPD), "DISHUB"),
            due("c-monev", DueDateKind.MONEV_OPD_REPORT, TODAY.plusDays(5), Set.of(Role.OPD), "DINKES"),
            due("c-monev", DueDateKind.MONEV_PARTNER_REPORT, TODAY.plusDays(5), Set.of(Role.PARTNER)),
            due("c-far", DueDateKind.TKKSD_ASSESSMENT, TODAY.plusDays(40), Set.of(Role.TKKSD), "DINKES"),
            due("c-ending", DueDateKind.EXPIRY_REMINDER, TODAY, Set.of(Role.ADMIN, Role.OPD), "DINKES"),
            due("c-ending", DueDateKind.EXPIRY_REMINDER, TODAY.minusDays(23), Set.of(Role.ADMIN, Role.OPD), "DINKES"),
            due("c-expired", DueDateKind.AGREEMENT_ENDED, TODAY.minusDays(7), Set.of(Role.ADMIN, Role.OPD), "DINKES"),
            due("c-expired", DueDateKind.SYSTEM_EXPIRY, TODAY, Set.of(Role.ADMIN)),
            due("c-ended", DueDateKind.AGREEMENT_ENDED, TODAY, Set.of(Role.ADMIN, Role.OPD), "DISHUB"),
            due("c-ended", DueDateKind.SYSTEM_EXPIRY, TODAY.plusDays(17), Set.of(Role.ADMIN)),
            due("c-revision", DueDateKind.REVISION_ANSWER, TODAY.minusDays(14), Set.of(Role.PARTNER)),
            due("c-budget", DueDateKind.BUDGET_PLANNING, TODAY.minusDays(100), Set.of(Role.ADMIN, Role.OPD), "DISHUB")));

    private final List<Officer> officers = List.of(
            officer("admin", Set.of(Role.ADMIN), null, DigestPreference.DEFAULT),
            officer("tkksd", Set.of(Role.TKKSD), null, DigestPreference.DEFAULT),
            officer("dinkes", Set.of(Role.OPD), "DINKES", DigestPreference.DEFAULT),
            officer("dishub", Set.of(Role.OPD), "DISHUB", new DigestPreference(DigestPreference.Frequency.WEEKLY, DayOfWeek.FRIDAY)),
            officer("sekda", Set.of(Role.PIMPINAN), null, DigestPreference.DEFAULT),
            officer("quiet", Set.of(Role.ADMIN), null, new DigestPreference(DigestPreference.Frequency.OFF, null)));

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final List<MailMessage> outbox = new ArrayList<>();
    private boolean mailDown;
    private final List<String> expired = new ArrayList<>();

    private ReminderRun.Report run() {
        return run(MONDAY);
    }

    private ReminderRun.Report run(Clock clock) {
        Mailer mailer = (from, m) -> {
            if (mailDown) {
                throw new Mailer.MailFailed("SES unreachable", null);
            }
            outbox.add(m);
        };
        ReminderRun run = new ReminderRun(new InMemoryDueIndex(() -> index),
                () -> officers, caseId -> Optional.of(new PartnerContacts.Contact("mitra@example.com", "KS-2026-7K3QZP")),
                ledger, mailer, d -> DigestMails.render(d, PEMDA), "no-reply@example.go.id", ReminderRules.DEFAULTS,
                clock, WITA);
        return run.pausingWith(d -> { }).run(expired::add);
    }

    private Map<String, Set<String>> itemsByRecipient() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (MailMessage m : outbox) {
            String who = m.to().get(0);
            Set<String> lines = m.text().lines().filter(l -> l.strip().startsWith("https://"))
                    .map(l -> l.substring(l.lastIndexOf('/') + 1)).collect(Collectors.toCollection(java.util.TreeSet::new));
            out.put(who, lines);
        }
        return out;
    }

    @Test
    void eachOfficerGetsOneDigestWithExactlyWhatTheyMayActOn() {
        ReminderRun.Report report = run();
        assertEquals(Map.of(
                "admin@example.go.id", Set.of("c-validation", "c-tkksd", "c-dprd", "c-monev", "c-ending", "c-ended",
                        "c-revision", "c-budget"),
                "tkksd@example.go.id", Set.of("c-tkksd"),
                "dinkes@example.go.id", Set.of("c-monev", "c-ending"),
                "mitra@example.com", Set.of("KS-2026-7K3QZP")), itemsByRecipient());
        assertEquals(4, report.sent());
        MailMessage admin = outbox.stream().filter(m -> m.to().contains("admin@example.go.id")).findFirst().orElseThrow();
        assertTrue(admin.subject().contains("terlambat"), admin.subject());
        assertTrue(admin.html().contains("https://sikerja.example.go.id/kasus/c-validation"));
        assertTrue(admin.text().indexOf("c-validation") < admin.text().indexOf("c-tkksd"), "overdue first");
    }

    @Test
    void runningAgainTheSameDaySendsNothingNew() {
        run();
        int first = outbox.size();
        ReminderRun.Report again = run();
        assertEquals(first, outbox.size());
        assertEquals(0, again.recorded());
        assertEquals(0, again.sent());
    }

    @Test
    void withTheMailServiceDownNothingIsLostAndTheNextRunSendsEachDigestOnce() {
        mailDown = true;
        ReminderRun.Report down = run();
        assertEquals(0, down.sent());
        assertEquals(4, down.failed());
        assertTrue(outbox.isEmpty());
        assertEquals(4, ledger.pending().size());

        mailDown = false;
        ReminderRun.Report back = run();
        assertEquals(0, back.recorded(), "the same period's digests are not recorded twice");
        assertEquals(4, back.sent());
        assertEquals(4, outbox.size());
        run();
        assertEquals(4, outbox.size());
    }

    @Test
    void aDigestAnotherRunIsSendingIsNotSentTwice() {
        mailDown = true;
        run();
        ledger.pending().forEach(d -> ledger.claim(d.key(), "other-run", Instant.now(), Instant.now().plusSeconds(300)));
        mailDown = false;
        ReminderRun.Report overlapping = run();
        assertEquals(0, overlapping.sent());
        assertTrue(outbox.isEmpty());
    }

    @Test
    void anAgreementPastItsEndAndGraceIsEndedByTheSystemAndLeavesTheDigests() {
        run();
        assertEquals(List.of("c-expired"), expired);
        assertTrue(outbox.stream().noneMatch(m -> m.text().contains("c-expired")), "ended now: nothing due from anyone");
    }

    @Test
    void theRunReadsOnlyWhatIsDueToday() {
        ReminderRun.Report report = run();
        // started deadlines (validation, TKKSD, DPRD, two monev reports, revision, budget), today's expiry
        // reminder and weekly recall, and the system ending due today; not the TKKSD assessment 40 days away, nor
        // point reminders of other days, nor a system ending still in its grace
        assertEquals(10, report.dueRead());
    }

    @Test
    void aPartnerIsRemindedOfARevisionWeeklyAndOfAReportWhenRemindingStartsAndOnItsDay() {
        run();
        List<MailMessage> partner = outbox.stream().filter(m -> m.to().contains("mitra@example.com")).toList();
        assertEquals(1, partner.size(), "the revision 14 days overdue; the monev report 5 days away waits");
        assertTrue(partner.get(0).text().contains("Batas perbaikan oleh pemohon"), partner.get(0).text());
        assertFalse(partner.get(0).text().contains("monev"), partner.get(0).text());

        index.removeIf(e -> e.caseId().equals("c-revision"));
        outbox.clear();
        run(Clock.fixed(Instant.parse("2026-11-27T23:00:00Z"), ZoneOffset.UTC)); // Saturday 28 Nov: its day
        assertEquals(1, outbox.stream().filter(m -> m.to().contains("mitra@example.com")).count());
    }

    @Test
    void aWeeklyDigestCoversThePointRemindersOfItsWeek() {
        // Friday 27 Nov: DISHUB's weekly digest covers Saturday to Friday, so Monday's recall of c-ended
        run(Clock.fixed(Instant.parse("2026-11-26T23:00:00Z"), ZoneOffset.UTC));
        assertEquals(Set.of("c-dprd", "c-ended", "c-budget"), itemsByRecipient().get("dishub@example.go.id"));
    }

    @Test
    void aSentDigestWhoseRecordFailsBrieflyIsRecordedAndNotSentAgain() {
        ledger.markSentFailures = 2;
        ReminderRun.Report first = run();
        assertEquals(4, first.sent());
        assertEquals(0, first.unconfirmed());
        run();
        assertEquals(4, outbox.size());
    }

    @Test
    void aDayWithoutARunIsCaughtUpByTheNextOne() {
        // Saturday's expiry reminder; the schedule ran on Friday, failed on Saturday and Sunday, runs on Monday
        index.add(due("c-saturday", DueDateKind.EXPIRY_REMINDER, TODAY.minusDays(2), Set.of(Role.ADMIN, Role.OPD),
                "DINKES"));
        ledger.ranOn(TODAY.minusDays(3));
        run();
        assertTrue(itemsByRecipient().get("admin@example.go.id").contains("c-saturday"), itemsByRecipient().toString());
        assertTrue(itemsByRecipient().get("dinkes@example.go.id").contains("c-saturday"));
        assertEquals(java.util.Optional.of(TODAY), ledger.lastRunDay());

        // the next day only its own day is covered again
        outbox.clear();
        run(Clock.fixed(Instant.parse("2026-11-23T23:00:00Z"), ZoneOffset.UTC));
        assertTrue(outbox.stream().noneMatch(m -> m.text().contains("c-saturday")));
    }

    /** Ledger with the conditional-write semantics of the DynamoDB one. */
    static final class InMemoryLedger implements DigestLedger {
        java.time.LocalDate lastRun;

        @Override
        public java.util.Optional<java.time.LocalDate> lastRunDay() {
            return java.util.Optional.ofNullable(lastRun);
        }

        @Override
        public void ranOn(java.time.LocalDate day) {
            if (lastRun == null || lastRun.isBefore(day)) {
                lastRun = day;
            }
        }

        final Map<String, Digest> recorded = new LinkedHashMap<>();
        final Set<String> sent = new java.util.HashSet<>();

        @Override
        public boolean record(Digest digest, Instant at) {
            return recorded.putIfAbsent(digest.key(), digest) == null;
        }

        @Override
        public List<Digest> pending() {
            return recorded.values().stream().filter(d -> !sent.contains(d.key())).toList();
        }

        final Map<String, String> claims = new LinkedHashMap<>();

        @Override
        public boolean claim(String key, String runId, Instant now, Instant until) {
            return !sent.contains(key) && claims.putIfAbsent(key, runId) == null;
        }

        @Override
        public void release(String key, String runId) {
            claims.remove(key, runId);
        }

        int markSentFailures;

        @Override
        public void markSent(String key, Instant at) {
            if (markSentFailures-- > 0) {
                throw new IllegalStateException("throttled");
            }
            sent.add(key);
            claims.remove(key);
        }
    }
}
