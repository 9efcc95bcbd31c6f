package id.sikerja.adapters.dynamo;

import id.sikerja.core.reminders.Digest;
import id.sikerja.core.reminders.DigestPreference;
import id.sikerja.core.reminders.Officer;
import id.sikerja.core.reminders.ReminderItem;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The digest ledger's conditional writes and the officers' directory against DynamoDB Local. */
class DynamoDigestLedgerTest {

    private static LocalTable local;

    @BeforeAll
    static void start() throws Exception {
        local = LocalTable.start();
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    @Test
    void theLastRunDayOnlyMovesForward() {
        DynamoDigestLedger ledger = new DynamoDigestLedger(local.client(), LocalTable.TABLE);
        assertEquals(java.util.Optional.empty(), ledger.lastRunDay());
        ledger.ranOn(LocalDate.of(2026, 11, 23));
        ledger.ranOn(LocalDate.of(2026, 11, 21));
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 11, 23)), ledger.lastRunDay(), "a late retry of an older day");
        ledger.ranOn(LocalDate.of(2026, 11, 24));
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 11, 24)), ledger.lastRunDay());
    }

    @Test
    void aDigestIsRecordedOnceLeasedToOneRunAndLeavesThePendingListWhenSent() {
        DynamoDigestLedger ledger = new DynamoDigestLedger(local.client(), LocalTable.TABLE);
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        Digest digest = new Digest("OFFICER#a#2026-11-23", "a", "a@example.go.id", "2026-11-23", List.of(
                new ReminderItem("c1", DueDateKind.DPRD_RESPONSE, LocalDate.of(2026, 11, 20), Text.of("catatan", "note"),
                        ReminderItem.Urgency.OVERDUE)));
        assertTrue(ledger.record(digest, now));
        assertFalse(ledger.record(digest, now.plusSeconds(60)), "the same recipient and period: recorded once");
        assertEquals(List.of(digest), ledger.pending());

        assertTrue(ledger.claim(digest.key(), "run-1", now, now.plusSeconds(300)));
        assertFalse(ledger.claim(digest.key(), "run-2", now.plusSeconds(10), now.plusSeconds(310)), "leased to run-1");
        ledger.release(digest.key(), "run-2");
        assertFalse(ledger.claim(digest.key(), "run-2", now.plusSeconds(20), now.plusSeconds(320)),
                "only the holder gives it back");
        ledger.release(digest.key(), "run-1");
        assertTrue(ledger.claim(digest.key(), "run-2", now.plusSeconds(30), now.plusSeconds(330)));
        assertTrue(ledger.claim(digest.key(), "run-3", now.plusSeconds(400), now.plusSeconds(700)),
                "a lease that ran out may be taken over");

        ledger.markSent(digest.key(), now.plusSeconds(401));
        assertEquals(List.of(), ledger.pending());
        assertFalse(ledger.claim(digest.key(), "run-4", now.plusSeconds(2000), now.plusSeconds(2300)), "sent: never again");
    }

    @Test
    void aDigestKeepsItsDepartmentsEntrySectionUntilSent() {
        DynamoDigestLedger ledger = new DynamoDigestLedger(local.client(), LocalTable.TABLE);
        Digest digest = new Digest("OFFICER#entries#2026-11-23", "entries", "e@example.go.id", "2026-11-23", List.of(),
                List.of(new id.sikerja.core.reminders.EntryLine(id.sikerja.core.reminders.EntryLine.Kind.NEW_PROPOSAL,
                                "p1", "Pelatihan bidan", "Midwife training", "c1", "Beasiswa bidan", LocalDate.of(2026, 11, 22)),
                        new id.sikerja.core.reminders.EntryLine(id.sikerja.core.reminders.EntryLine.Kind.UNANSWERED,
                                "p2", "Klinik keliling", "", "", "", LocalDate.of(2025, 10, 1))));
        assertTrue(ledger.record(digest, Instant.parse("2026-11-23T00:00:00Z")));
        assertEquals(List.of(digest), ledger.pending().stream().filter(d -> d.key().equals(digest.key())).toList());
        ledger.markSent(digest.key(), Instant.parse("2026-11-23T00:01:00Z"));
    }

    @Test
    void officersAndTheirPreferencesAreListedWithAQuery() {
        DynamoOfficerDirectory officers = new DynamoOfficerDirectory(local.client(), LocalTable.TABLE);
        Officer weekly = new Officer("sub-1", "dinkes@example.go.id", Set.of(Role.OPD), Optional.of("DINKES"),
                new DigestPreference(DigestPreference.Frequency.WEEKLY, DayOfWeek.FRIDAY));
        officers.save(weekly, Instant.now());
        officers.save(new Officer("sub-2", "admin@example.go.id", Set.of(Role.ADMIN), Optional.empty(),
                DigestPreference.DEFAULT), Instant.now());
        assertEquals(Optional.of(weekly), officers.find("sub-1"));
        assertEquals(Set.of("sub-1", "sub-2"), Set.copyOf(officers.all().stream().map(Officer::id).toList()));
        Officer off = new Officer("sub-1", "dinkes@example.go.id", Set.of(Role.OPD), Optional.of("DINKES"),
                new DigestPreference(DigestPreference.Frequency.OFF, null));
        officers.save(off, Instant.now());
        assertEquals(Optional.of(off), officers.find("sub-1"));
    }
}
