package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** The case store's transactions against DynamoDB Local: conditions, due-date replacement, the index queries. */
class DynamoCaseStoreTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");
    private static final Workflow WORKFLOW = Workflow.withDefaults();
    private static LocalTable local;
    private static DynamoCaseStore store;

    @BeforeAll
    static void start() throws Exception {
        local = LocalTable.start();
        store = new DynamoCaseStore(local.client(), LocalTable.TABLE, Clock.fixed(MONDAY, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    private static Transition opened(String id) {
        return (Transition) WORKFLOW.openFromIntake(NewCase.ksdd(id, KsddKind.SUKARELA, List.of()),
                List.of(new DocumentUpload(DocumentType.SURAT_PERMOHONAN, "u/" + id + ".pdf", "d".repeat(64), "")),
                Actor.partner(id), MONDAY);
    }

    private static CaseRecord create(String id) {
        Transition t = opened(id);
        CaseRecord c = new CaseRecord("KS-2026-" + id, CaseItemsTest.fullCase(id).proposal(), t.state(), MONDAY);
        store.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(c, 0, List.of(), t.events())), List.of(),
                Optional.empty()));
        return c;
    }

    private static CaseStore.Commit accept(CaseRecord c, Optional<Remembered> remember) {
        Transition t = (Transition) WORKFLOW.decide(c.state(), Actor.admin("a"),
                Command.of(Action.ACCEPT).withDepartments(List.of("DINKES")), MONDAY.plusSeconds(86_400));
        CaseRecord next = new CaseRecord(c.trackingCode(), c.proposal(), t.state(), MONDAY.plusSeconds(86_400));
        return new CaseStore.Commit(List.of(new CaseStore.CaseWrite(next, c.version(), c.state().dueDates(), t.events())),
                List.of(), remember);
    }

    private static Set<String> dueItems(String id) {
        return local.client().query(r -> r.tableName(LocalTable.TABLE)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :d)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CASE#" + id),
                                ":d", AttributeValue.fromS("DUE#"))))
                .items().stream().map(i -> i.get("SK").s()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aNewCaseIsWrittenWithItsEventsAndDueDates() {
        CaseRecord c = create("S-1");
        assertEquals(Optional.of(c), store.find("S-1"));
        assertEquals(1, store.timeline("S-1").size());
        assertEquals(Set.of("DUE#INTAKE_VALIDATION#2026-03-09"), dueItems("S-1"));
        assertThrows(CaseStore.Conflict.class, () -> store.commit(new CaseStore.Commit(List.of(
                new CaseStore.CaseWrite(c, 0, List.of(), List.of())), List.of(), Optional.empty())),
                "a new case must not exist yet");
    }

    @Test
    void aTransitionReplacesTheDueDateItemsAndIsConditionalOnTheVersion() {
        CaseRecord c = create("S-2");
        CaseStore.Commit accepted = accept(c, Optional.empty());
        store.commit(accepted);
        assertEquals(2, store.find("S-2").orElseThrow().version());
        assertEquals(Stage.PERSIAPAN, store.find("S-2").orElseThrow().stage());
        assertEquals(Set.of("DUE#TKKSD_ASSESSMENT#2026-03-17"), dueItems("S-2"), "the old due item is deleted");
        assertEquals(2, store.timeline("S-2").size());

        assertThrows(CaseStore.Conflict.class, () -> store.commit(accepted), "the same version again");
        assertEquals(2, store.timeline("S-2").size(), "nothing of the failed transaction is written");
    }

    @Test
    void deadlinesAreFoundOnceRemindingStartsAndPointRemindersOnTheirDay() {
        CaseRecord c = create("S-3");
        CaseState st = c.state().withDueDates(List.of(
                new DueDate(DueDateKind.EXPIRY_REMINDER, LocalDate.of(2031, 1, 30), Set.of(Role.ADMIN), Text.of("a", "a")),
                new DueDate(DueDateKind.AGREEMENT_END, LocalDate.of(2031, 3, 2), Set.of(Role.ADMIN), Text.of("", "")),
                new DueDate(DueDateKind.DPRD_RESPONSE, LocalDate.of(2031, 2, 10), Set.of(Role.ADMIN), Text.of("b", "b")),
                new DueDate(DueDateKind.LOI_EXPIRY, LocalDate.of(2031, 3, 10), Set.of(Role.OPD), Text.of("c", "c"))))
                .withVersion(2);
        store.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(new CaseRecord(c.trackingCode(), c.proposal(),
                st, MONDAY), 1, c.state().dueDates(), List.of())), List.of(), Optional.empty()));
        Function<List<DueDateIndex.Entry>, List<String>> names = l -> l.stream()
                .filter(e -> e.caseId().equals("S-3")).map(e -> e.kind() + "@" + e.date()).toList();

        // the DPRD answer from 7 days before (3 Feb), the LoI from 30 days before (8 Feb), and on ever after
        assertEquals(List.of(), names.apply(store.started(LocalDate.of(2031, 2, 2))));
        assertEquals(List.of("DPRD_RESPONSE@2031-02-10"), names.apply(store.started(LocalDate.of(2031, 2, 3))));
        assertEquals(List.of("DPRD_RESPONSE@2031-02-10", "LOI_EXPIRY@2031-03-10"),
                names.apply(store.started(LocalDate.of(2036, 1, 1))));
        // point reminders only on the days asked for
        assertEquals(List.of("EXPIRY_REMINDER@2031-01-30", "AGREEMENT_END@2031-03-02"),
                names.apply(store.onDays(LocalDate.of(2031, 1, 30), LocalDate.of(2031, 3, 2))));
        assertEquals(List.of(), names.apply(store.onDays(LocalDate.of(2031, 1, 31), LocalDate.of(2031, 3, 1))));
        assertTrue(store.onDays(LocalDate.of(2031, 1, 30), LocalDate.of(2031, 1, 30)).stream()
                .allMatch(e -> e.stage() == Stage.INTAKE));
    }

    @Test
    void anAnswerIsRememberedWithTheTransitionAndOnlyOnce() {
        CaseRecord c = create("S-4");
        Remembered r = new Remembered("hash-S-4", "fp", "{\"version\":2}", MONDAY.plusSeconds(3600));
        store.commit(accept(c, Optional.of(r)));
        assertEquals(Optional.of(r), store.remembered("hash-S-4"));
        CaseRecord now = store.find("S-4").orElseThrow();
        CaseStore.Commit again = new CaseStore.Commit(List.of(new CaseStore.CaseWrite(
                new CaseRecord(now.trackingCode(), now.proposal(), now.state().withVersion(3), MONDAY), 2,
                now.state().dueDates(), List.of())), List.of(), Optional.of(r));
        assertThrows(CaseStore.Conflict.class, () -> store.commit(again), "a remembered key is not taken twice");
        assertEquals(2, store.find("S-4").orElseThrow().version());

        DynamoCaseStore later = new DynamoCaseStore(local.client(), LocalTable.TABLE,
                Clock.fixed(MONDAY.plusSeconds(7200), ZoneOffset.UTC));
        assertEquals(Optional.empty(), later.remembered("hash-S-4"), "expired answers are forgotten");
        later.commit(again);
        assertEquals(3, store.find("S-4").orElseThrow().version(), "and the key may be used again");
    }

    @Test
    void aLinkedEventIsWrittenOnlyWhileTheLinkedCaseIsUnchanged() {
        CaseRecord old = create("S-5");
        CaseRecord other = create("S-6");
        TimelineEvent note = new TimelineEvent(MONDAY.plusSeconds(60), "admin", Role.ADMIN, Action.OPEN_EXTENSION,
                Optional.of(Stage.INTAKE), Stage.INTAKE, "Kasus perpanjangan: S-6", Map.of(), List.of(), Optional.empty());
        assertThrows(CaseStore.Conflict.class, () -> store.commit(new CaseStore.Commit(List.of(),
                List.of(new CaseStore.LinkedEvent("S-5", 7, note)), Optional.empty())));
        assertEquals(1, store.timeline("S-5").size());
        store.commit(new CaseStore.Commit(List.of(), List.of(new CaseStore.LinkedEvent("S-5", old.version(), note)),
                Optional.empty()));
        assertEquals(note, store.timeline("S-5").get(1));
        assertEquals(old.version(), store.find("S-5").orElseThrow().version());
        assertNotNull(other);
    }

    @Test
    void concurrentCommitsOfOneVersionSucceedExactlyOnce() throws Exception {
        CaseRecord c = create("S-7");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(pool.submit(() -> {
                go.await();
                try {
                    store.commit(accept(c, Optional.empty()));
                    return true;
                } catch (CaseStore.Conflict lost) {
                    return false;
                }
            }));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> f : calls) {
            won += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(2, store.timeline("S-7").size());
    }

    @Test
    void trackingEntriesAreRead() {
        local.client().putItem(r -> r.tableName(LocalTable.TABLE).item(Map.of(
                "PK", AttributeValue.fromS("TRACK#KS-2026-AAAAAA"), "SK", AttributeValue.fromS("TRACK"),
                "caseId", AttributeValue.fromS("S-8"), "accessTokenHash", AttributeValue.fromS("h"))));
        assertEquals(Optional.of(new CaseStore.Tracking("KS-2026-AAAAAA", "S-8", "h")),
                store.findTracking("KS-2026-AAAAAA"));
        assertEquals(Optional.empty(), store.findTracking("KS-2026-BBBBBB"));
    }

    /** The reminders' run finds pending mail with a query, takes each for one sender, and a sent one drops out. */
    @Test
    void pendingMailIsListedTakenByOneSenderAndGoneOnceSent() {
        Transition t = opened("S-11");
        CaseRecord c = new CaseRecord("KS-2026-DDDDDD", CaseItemsTest.fullCase("S-11").proposal(), t.state(), MONDAY);
        OutboxEntry mail = new OutboxEntry("S-11:v2:PARTNER_ACCEPTED", "S-11", "PARTNER_ACCEPTED", List.of("p@x.id"),
                MONDAY);
        store.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(c, 0, List.of(), t.events())), List.of(),
                Optional.empty(), List.of(mail), Optional.empty()));
        assertTrue(store.pending(100).contains(mail), store.pending(100).toString());

        assertTrue(store.claim(mail.id(), MONDAY, MONDAY.plusSeconds(600)));
        assertFalse(store.claim(mail.id(), MONDAY.plusSeconds(60), MONDAY.plusSeconds(660)), "held by the first sender");
        assertTrue(store.claim(mail.id(), MONDAY.plusSeconds(601), MONDAY.plusSeconds(1200)),
                "a sender that died leaves it to the next once its lease ran out");
        store.markSent(mail.id(), MONDAY.plusSeconds(700));
        assertFalse(store.pending(100).contains(mail));
        assertFalse(store.claim(mail.id(), MONDAY.plusSeconds(5000), MONDAY.plusSeconds(6000)), "sent: never again");
    }

    @Test
    void aProposalIsWrittenWithItsTrackingEntryOutboxAndAnswerInOneCommitAndATakenCodeWritesNothing() {
        Transition t = opened("S-9");
        CaseRecord c = new CaseRecord("KS-2026-CCCCCC", CaseItemsTest.fullCase("S-9").proposal(), t.state(), MONDAY);
        OutboxEntry mail = new OutboxEntry("S-9:confirmation", "S-9", "PARTNER_CONFIRMATION", List.of("p@x.id"), MONDAY);
        Remembered answer = new Remembered("hash-S-9", "fp", "sealed", MONDAY.plusSeconds(3600));
        store.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(c, 0, List.of(), t.events())), List.of(),
                Optional.of(new CaseStore.Tracking("KS-2026-CCCCCC", "S-9", "token-hash")), List.of(mail),
                Optional.of(answer)));
        assertEquals(Optional.of(c), store.find("S-9"));
        assertEquals(Optional.of(new CaseStore.Tracking("KS-2026-CCCCCC", "S-9", "token-hash")),
                store.findTracking("KS-2026-CCCCCC"));
        assertEquals(Optional.of(answer), store.remembered("hash-S-9"));
        Map<String, AttributeValue> outbox = local.client().getItem(r -> r.tableName(LocalTable.TABLE).key(Map.of(
                "PK", AttributeValue.fromS("OUTBOX#S-9:confirmation"), "SK", AttributeValue.fromS("MAIL")))).item();
        assertEquals("PENDING", outbox.get("status").s());
        store.markSent("S-9:confirmation", MONDAY.plusSeconds(5));
        assertEquals("SENT", local.client().getItem(r -> r.tableName(LocalTable.TABLE).key(Map.of(
                "PK", AttributeValue.fromS("OUTBOX#S-9:confirmation"), "SK", AttributeValue.fromS("MAIL"))))
                .item().get("status").s());

        Transition t2 = opened("S-10");
        CaseRecord sameCode = new CaseRecord("KS-2026-CCCCCC", CaseItemsTest.fullCase("S-10").proposal(), t2.state(),
                MONDAY);
        assertThrows(CaseStore.Conflict.class, () -> store.commit(new CaseStore.Commit(
                List.of(new CaseStore.CaseWrite(sameCode, 0, List.of(), t2.events())), List.of(),
                Optional.of(new CaseStore.Tracking("KS-2026-CCCCCC", "S-10", "other-hash")), List.of(),
                Optional.empty())), "a tracking code is never given twice");
        assertEquals(Optional.empty(), store.find("S-10"), "nothing of the refused case is written");
        assertEquals("S-9", store.findTracking("KS-2026-CCCCCC").orElseThrow().caseId());
    }
}
