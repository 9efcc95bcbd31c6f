package id.sikerja.core.notifications;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.TimelineEvent;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class NotificationsTest {

    static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    final InMemoryNotifications store = new InMemoryNotifications()
            .with(new Recipient("adm", "a@x.id", Set.of(Role.ADMIN), Optional.empty()))
            .with(new Recipient("dinkes", "d@x.id", Set.of(Role.OPD), Optional.of("DINKES")))
            .with(new Recipient("dishub", "h@x.id", Set.of(Role.OPD), Optional.of("DISHUB")))
            .with(new Recipient("tk", "t@x.id", Set.of(Role.TKKSD), Optional.empty()))
            .with(new Recipient("boss", "b@x.id", Set.of(Role.PIMPINAN), Optional.empty()));
    final Notifications notifications = new Notifications(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theSameCauseNotifiesOnce() {
        assertTrue(notifications.notify("dinkes", NotificationKind.MENTION, "c1", "comment-1", NOW, Map.of()));
        assertFalse(notifications.notify("dinkes", NotificationKind.MENTION, "c1", "comment-1", NOW, Map.of()));
        assertTrue(notifications.notify("dinkes", NotificationKind.MENTION, "c1", "comment-2", NOW, Map.of()));
        assertEquals(2, notifications.inbox("dinkes", 25, Optional.empty()).total());
        assertEquals(Notifications.idOf("dinkes", NotificationKind.MENTION, "c1", "comment-1"),
                Notifications.idOf("dinkes", NotificationKind.MENTION, "c1", "comment-1"));
    }

    @Test
    void theInboxListsUnreadFirstThenTheNewestAndPages() {
        notifications.notify("adm", NotificationKind.MENTION, "c1", "old", NOW.minusSeconds(300), Map.of());
        notifications.notify("adm", NotificationKind.MENTION, "c1", "mid", NOW.minusSeconds(200), Map.of());
        notifications.notify("adm", NotificationKind.MENTION, "c1", "new", NOW.minusSeconds(100), Map.of());
        String mid = Notifications.idOf("adm", NotificationKind.MENTION, "c1", "mid");
        String old = Notifications.idOf("adm", NotificationKind.MENTION, "c1", "old");
        String fresh = Notifications.idOf("adm", NotificationKind.MENTION, "c1", "new");
        assertEquals(1, notifications.markRead("adm", Optional.of(Set.of(fresh))));
        assertEquals(0, notifications.markRead("adm", Optional.of(Set.of(fresh))), "marking twice changes nothing");
        Notifications.Inbox first = notifications.inbox("adm", 2, Optional.empty());
        assertEquals(List.of(mid, old), first.items().stream().map(Notification::id).toList());
        assertEquals(2, first.unread());
        Notifications.Inbox second = notifications.inbox("adm", 2, first.nextCursor());
        assertEquals(List.of(fresh), second.items().stream().map(Notification::id).toList());
        assertTrue(second.nextCursor().isEmpty());
        assertEquals(2, notifications.markRead("adm", Optional.empty()));
        assertEquals(0, notifications.inbox("adm", 25, Optional.empty()).unread());
    }

    @Test
    void onlyNewNotificationsAreMailedAtOnce() {
        List<Notification> mailed = new java.util.ArrayList<>();
        Notifications mailing = new Notifications(store, Clock.fixed(NOW, ZoneOffset.UTC), mailed::add);
        mailing.notify("tk", NotificationKind.MENTION, "c9", "x", NOW, Map.of());
        mailing.notify("tk", NotificationKind.MENTION, "c9", "x", NOW, Map.of());
        assertEquals(1, mailed.size());
    }

    @Test
    void aHandOverMovesTheLeavingOfficersUnreadNotificationsStillUnreadAndARerunMovesNothing() {
        notifications.notify("dinkes", NotificationKind.MENTION, "c1", "comment-1", NOW.minusSeconds(60),
                Map.of("title", "Uji"));
        notifications.notify("dinkes", NotificationKind.STAGE_ENTERED, "c2", "c2|v3|0", NOW, Map.of());
        notifications.notify("dinkes", NotificationKind.MENTION, "c3", "comment-9", NOW, Map.of());
        String read = Notifications.idOf("dinkes", NotificationKind.MENTION, "c3", "comment-9");
        notifications.markRead("dinkes", Optional.of(Set.of(read)));
        // the successor was told of c2's stage already: no second copy of it
        store.add(new Notification("own", "dishub", NotificationKind.STAGE_ENTERED, "c2", NOW, Map.of(),
                Optional.empty(), NOW.plus(Notifications.RETENTION)));

        List<String> moved = notifications.moveUnread("dinkes", "dishub");

        assertEquals(Set.of(Notifications.idOf("dinkes", NotificationKind.MENTION, "c1", "comment-1"),
                Notifications.idOf("dinkes", NotificationKind.STAGE_ENTERED, "c2", "c2|v3|0")), Set.copyOf(moved));
        Notifications.Inbox successor = notifications.inbox("dishub", 25, Optional.empty());
        assertEquals(2, successor.total(), "the mention moved, the stage they already had is not doubled");
        assertEquals(2, successor.unread(), "moved notifications stay unread");
        assertEquals("Uji", successor.items().stream().filter(n -> n.caseId().equals("c1")).findFirst()
                .orElseThrow().params().get("title"));
        Notifications.Inbox leaving = notifications.inbox("dinkes", 25, Optional.empty());
        assertEquals(List.of(read), leaving.items().stream().map(Notification::id).toList(), "read ones stay");

        assertEquals(List.of(), notifications.moveUnread("dinkes", "dishub"), "a re-run moves nothing");
        assertEquals(2, notifications.inbox("dishub", 25, Optional.empty()).total());
    }

    @Test
    void aHandOverInterruptedAfterThePutIsCompletedByTheNextRunWithoutASecondCopy() {
        notifications.notify("dinkes", NotificationKind.MENTION, "c1", "comment-1", NOW, Map.of());
        Notification original = store.of("dinkes").get(0);
        // the earlier run put the copy and stopped before the delete
        store.add(new Notification(original.id(), "dishub", original.kind(), original.caseId(), original.occurredAt(),
                original.params(), Optional.empty(), original.expiresAt()));
        assertEquals(List.of(original.id()), notifications.moveUnread("dinkes", "dishub"));
        assertEquals(1, notifications.inbox("dishub", 25, Optional.empty()).total());
        assertEquals(0, notifications.inbox("dinkes", 25, Optional.empty()).total());
    }

    static CaseRecord caseAt(Stage stage, Category category) {
        Instant t = NOW.minusSeconds(86_400);
        CaseState s = new CaseState("c1", category, Optional.empty(), Optional.of(KsdpkInitiative.PIHAK_KETIGA),
                Origin.PARTNER_APPLICATION, stage, t, List.of("DINKES"), 3, Facts.empty(), Documents.empty(),
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), t);
        return new CaseRecord("KS-2026-ABCDEF", ProposalReader.read(Proposals.validKsdpk()), s, t);
    }

    static TimelineEvent moved(String actor, Role role, Stage from, Stage to) {
        return new TimelineEvent(NOW, actor, role, Action.ACCEPT, Optional.of(from), to, null, Map.of(), List.of(),
                Optional.empty());
    }

    @Test
    void aCaseEnteringAStageTellsThoseWhoActInItOnceEvenWhenTheChangeIsHandledTwice() {
        CaseRecord record = caseAt(Stage.PERSIAPAN, Category.KSDPK);
        CaseNotifier notifier = new CaseNotifier(notifications, store);
        List<TimelineEvent> events = List.of(moved("adm", Role.ADMIN, Stage.INTAKE, Stage.PERSIAPAN));
        int first = notifier.onChange(record, events);
        assertEquals(0, notifier.onChange(record, events), "a duplicated event makes no second notification");
        assertTrue(first > 0);
        assertEquals(1, notifications.inbox("dinkes", 25, Optional.empty()).total(), "the case's department acts");
        assertEquals(1, notifications.inbox("tk", 25, Optional.empty()).total(), "the TKKSD assesses in Persiapan");
        assertEquals(0, notifications.inbox("adm", 25, Optional.empty()).total(), "not the admin who moved it");
        assertEquals(0, notifications.inbox("dishub", 25, Optional.empty()).total(), "another department's case");
        assertEquals(0, notifications.inbox("boss", 25, Optional.empty()).total(), "leaders act in no stage");
        Notification n = notifications.inbox("dinkes", 25, Optional.empty()).items().get(0);
        assertEquals(NotificationKind.STAGE_ENTERED, n.kind());
        assertEquals("PERSIAPAN", n.params().get("stage"));
        assertEquals(NOW.plus(Notifications.RETENTION), n.expiresAt());
    }

    @Test
    void aDocumentFromThePartnerIsOneToCheckForTheAdmins() {
        CaseRecord record = caseAt(Stage.REVISI, Category.KSDPK);
        TimelineEvent upload = new TimelineEvent(NOW, "partner:c1", Role.PARTNER, Action.ACCEPT, Optional.of(Stage.REVISI),
                Stage.REVISI, null, Map.of(), List.of(new id.sikerja.core.workflow.DocumentRef(
                id.sikerja.core.workflow.DocumentType.SURAT_PERMOHONAN, 2)), Optional.empty());
        new CaseNotifier(notifications, store).onChange(record, List.of(upload));
        List<Notification> admin = notifications.inbox("adm", 25, Optional.empty()).items();
        assertEquals(1, admin.size());
        assertEquals(NotificationKind.DOCUMENT_TO_CHECK, admin.get(0).kind());
        assertEquals("SURAT_PERMOHONAN", admin.get(0).params().get("documentType"));
        assertEquals(0, notifications.inbox("dinkes", 25, Optional.empty()).total());
    }
}
