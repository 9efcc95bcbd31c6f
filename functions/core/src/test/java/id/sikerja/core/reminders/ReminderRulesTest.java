package id.sikerja.core.reminders;

import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ReminderRulesTest {

    private static final ReminderRules RULES = ReminderRules.DEFAULTS;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static DueDateIndex.Entry entry(DueDateKind kind, LocalDate date) {
        return new DueDateIndex.Entry("c", kind, date, Set.of(Role.ADMIN), Text.of("", ""), Stage.PELAKSANAAN, List.of());
    }

    private static Optional<ReminderItem.Urgency> urgency(DueDateKind kind, LocalDate date, int covers) {
        return RULES.item(entry(kind, date), TODAY, covers).map(ReminderItem::urgency);
    }

    @Test
    void deadlinesAreMentionedFromAWeekBeforeUntilMet() {
        assertEquals(Optional.empty(), urgency(DueDateKind.DPRD_RESPONSE, TODAY.plusDays(8), 1));
        assertEquals(Optional.of(ReminderItem.Urgency.UPCOMING), urgency(DueDateKind.DPRD_RESPONSE, TODAY.plusDays(7), 1));
        assertEquals(Optional.of(ReminderItem.Urgency.TODAY), urgency(DueDateKind.DPRD_RESPONSE, TODAY, 1));
        assertEquals(Optional.of(ReminderItem.Urgency.OVERDUE), urgency(DueDateKind.DPRD_RESPONSE, TODAY.minusDays(300), 1));
        assertEquals(Optional.of(ReminderItem.Urgency.UPCOMING), urgency(DueDateKind.LOI_EXPIRY, TODAY.plusDays(30), 1));
    }

    @Test
    void expiryRemindersComeOnTheirDayOrInTheWeekAWeeklyDigestCovers() {
        assertEquals(Optional.of(ReminderItem.Urgency.NOTICE), urgency(DueDateKind.EXPIRY_REMINDER, TODAY, 1));
        assertEquals(Optional.empty(), urgency(DueDateKind.EXPIRY_REMINDER, TODAY.minusDays(1), 1));
        assertEquals(Optional.of(ReminderItem.Urgency.NOTICE), urgency(DueDateKind.EXPIRY_REMINDER, TODAY.minusDays(6), 7));
        assertEquals(Optional.empty(), urgency(DueDateKind.EXPIRY_REMINDER, TODAY.minusDays(7), 7));
        assertEquals(Optional.empty(), urgency(DueDateKind.EXPIRY_REMINDER, TODAY.plusDays(1), 7));
    }

    @Test
    void anEndedAgreementIsRecalledOnItsEndAndOnTheWeeklyDaysAfterUntilTheSystemEndsIt() {
        assertEquals(Optional.of(ReminderItem.Urgency.TODAY), urgency(DueDateKind.AGREEMENT_END, TODAY, 1));
        assertEquals(Optional.empty(), urgency(DueDateKind.AGREEMENT_END, TODAY.minusDays(1), 1));
        assertEquals(Optional.of(ReminderItem.Urgency.OVERDUE), urgency(DueDateKind.AGREEMENT_ENDED, TODAY, 1));
        assertEquals(Optional.of(ReminderItem.Urgency.OVERDUE), urgency(DueDateKind.AGREEMENT_ENDED, TODAY.minusDays(4), 7));
        assertEquals(Optional.empty(), urgency(DueDateKind.SYSTEM_EXPIRY, TODAY, 1), "acted on, not listed");
        assertFalse(RULES.endsAutomatically(entry(DueDateKind.SYSTEM_EXPIRY, TODAY.plusDays(1)), TODAY));
        assertTrue(RULES.endsAutomatically(entry(DueDateKind.SYSTEM_EXPIRY, TODAY), TODAY));
        assertFalse(RULES.endsAutomatically(entry(DueDateKind.AGREEMENT_END, TODAY.minusDays(90)), TODAY));
    }

    @Test
    void theIndexKeepsDeadlinesFromTheDayRemindingStartsAndPointRemindersOnTheirDay() {
        assertEquals(ReminderRules.Indexing.FROM, RULES.indexing(DueDateKind.DPRD_RESPONSE));
        assertEquals(TODAY.minusDays(7), RULES.indexDate(DueDateKind.DPRD_RESPONSE, TODAY));
        assertEquals(TODAY.minusDays(30), RULES.indexDate(DueDateKind.LOI_EXPIRY, TODAY));
        assertEquals(TODAY, RULES.indexDate(DueDateKind.SYSTEM_EXPIRY, TODAY));
        assertEquals(TODAY, RULES.indexDate(DueDateKind.BUDGET_PLANNING, TODAY));
        for (DueDateKind point : List.of(DueDateKind.EXPIRY_REMINDER, DueDateKind.AGREEMENT_END, DueDateKind.AGREEMENT_ENDED)) {
            assertEquals(ReminderRules.Indexing.ON_DAY, RULES.indexing(point));
            assertEquals(TODAY, RULES.indexDate(point, TODAY));
        }
        // whatever is indexed as started is in an officer's digest: the index returns nothing it must skip
        for (DueDateKind kind : DueDateKind.values()) {
            if (RULES.indexing(kind) == ReminderRules.Indexing.FROM && kind != DueDateKind.SYSTEM_EXPIRY) {
                LocalDate due = TODAY.plusDays(TODAY.toEpochDay() - RULES.indexDate(kind, TODAY).toEpochDay());
                assertTrue(RULES.item(entry(kind, due), TODAY, 1).isPresent(), kind + " on its first day");
                assertTrue(RULES.item(entry(kind, TODAY.minusDays(400)), TODAY, 1).isPresent(), kind + " long overdue");
            }
        }
    }

    @Test
    void preferencesDecideTheDayAndNameThePeriod() {
        DigestPreference friday = new DigestPreference(DigestPreference.Frequency.WEEKLY, DayOfWeek.FRIDAY);
        assertFalse(friday.sendsOn(TODAY));
        assertTrue(friday.sendsOn(LocalDate.of(2026, 11, 27)));
        assertEquals("2026-W48", friday.periodKey(LocalDate.of(2026, 11, 27)));
        assertEquals("2026-W53", friday.periodKey(LocalDate.of(2027, 1, 1)), "ISO week of the year's end");
        assertEquals("2026-11-23", DigestPreference.DEFAULT.periodKey(TODAY));
        assertFalse(new DigestPreference(DigestPreference.Frequency.OFF, DayOfWeek.MONDAY).sendsOn(TODAY));
        assertThrows(NullPointerException.class, () -> new DigestPreference(DigestPreference.Frequency.WEEKLY, null));
    }
}
