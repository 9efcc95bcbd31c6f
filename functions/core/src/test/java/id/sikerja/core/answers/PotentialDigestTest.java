package id.sikerja.core.answers;

import id.sikerja.core.potentials.InMemoryPotentialStore;
import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialField;
import id.sikerja.core.potentials.PotentialStatus;
import id.sikerja.core.reminders.DigestPreference;
import id.sikerja.core.reminders.Officer;
import id.sikerja.core.reminders.ReminderItem;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Role;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 16: a department's digest lists the new proposals answering its entries (since its last digest) and, weekly,
 * its entries open for more than a year without any proposal; another department's are not in it.
 */
class PotentialDigestTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    private final InMemoryPotentialStore store = new InMemoryPotentialStore();
    private final List<AnswerLinks.Link> links = new ArrayList<>();
    private final AnswerLinks linkStore = new AnswerLinks() {
        @Override
        public List<Link> ofPotential(String potentialId) {
            return links.stream().filter(l -> l.potentialId().equals(potentialId)).toList();
        }

        @Override
        public List<Link> createdSince(Instant from) {
            return links.stream().filter(l -> !l.createdAt().isBefore(from)).toList();
        }

        @Override
        public List<Link> all() {
            return List.copyOf(links);
        }
    };

    private Potential entry(String id, String dept, Instant created) {
        Potential p = PotentialReportTest.entry(id, dept, PotentialField.KESEHATAN, PotentialStatus.OPEN);
        Potential dated = new Potential(p.id(), p.kind(), p.departmentCode(), p.title(), p.description(), p.field(),
                p.partnerKinds(), p.location(), p.expectedForm(), p.inRkpd(), p.rkpdYear(), p.indicativeValue(),
                p.status(), p.titleEn(), p.descriptionEn(), p.attachments(), 1, created, created, "opd-1");
        store.create(dated);
        return dated;
    }

    private static Officer opd(String id, String dept, DigestPreference pref) {
        return new Officer(id, id + "@example.go.id", Set.of(Role.OPD), Optional.of(dept), pref);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(WITA).toInstant();
    }

    @Test
    void aWeeklyDigestListsTheWeeksProposalsAndTheEntriesOpenOverAYearWithoutOne() {
        entry("fresh", "DINKES", at(MONDAY.minusDays(20)));
        entry("old", "DINKES", at(MONDAY.minusYears(1).minusDays(3)));
        entry("old-answered", "DINKES", at(MONDAY.minusYears(2)));
        entry("other", "DISHUB", at(MONDAY.minusYears(2)));
        links.add(new AnswerLinks.Link("fresh", "case-new", at(MONDAY.minusDays(2)), "Usulan kapal"));
        links.add(new AnswerLinks.Link("fresh", "case-before", at(MONDAY.minusDays(10)), "Usulan lama"));
        links.add(new AnswerLinks.Link("old-answered", "case-2025", at(MONDAY.minusYears(1)), "Usulan dulu"));
        Officer weekly = opd("w", "DINKES", new DigestPreference(DigestPreference.Frequency.WEEKLY, DayOfWeek.MONDAY));
        Officer dishub = opd("d", "DISHUB", DigestPreference.DEFAULT);

        var lines = new PotentialDigest(linkStore, store, WITA).forDay(MONDAY, List.of(weekly, dishub));
        List<ReminderItem> dinkes = lines.apply(weekly);
        assertEquals(List.of("case-new:POTENTIAL_PROPOSAL", "old:POTENTIAL_UNANSWERED"),
                dinkes.stream().map(i -> i.caseId() + ":" + i.kind()).sorted().toList());
        assertTrue(dinkes.get(0).note().id().contains("Usulan"), dinkes.toString());
        // the daily digest of another department: nothing of Dinkes', and no year-old list (weekly only)
        assertEquals(List.of(), lines.apply(dishub));
    }

    @Test
    void aDailyDigestListsOnlyTodaysProposals() {
        entry("e1", "DINKES", at(MONDAY.minusDays(30)));
        links.add(new AnswerLinks.Link("e1", "today", at(MONDAY), "Hari ini"));
        links.add(new AnswerLinks.Link("e1", "yesterday", at(MONDAY.minusDays(1)), "Kemarin"));
        Officer daily = opd("x", "DINKES", DigestPreference.DEFAULT);
        List<ReminderItem> items = new PotentialDigest(linkStore, store, WITA).forDay(MONDAY, List.of(daily)).apply(daily);
        assertEquals(List.of("today"), items.stream().map(ReminderItem::caseId).toList());
        assertEquals(DueDateKind.POTENTIAL_PROPOSAL, items.get(0).kind());
    }
}
