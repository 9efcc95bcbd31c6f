package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.events.DomainEvent;
import id.sikerja.core.events.DomainEvents;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The domain-event outbox against DynamoDB Local: written with the change or not at all, listed until published. */
class EventItemsTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");
    private static final Workflow WORKFLOW = Workflow.withDefaults();
    private static LocalTable local;
    private static EventItems outbox;
    private static final List<DomainEvent> handedOver = new ArrayList<>();
    private static DynamoCaseStore store;

    @BeforeAll
    static void start() throws Exception {
        local = LocalTable.start();
        outbox = new EventItems(local.client(), LocalTable.TABLE);
        store = new DynamoCaseStore(local.client(), LocalTable.TABLE, Clock.fixed(MONDAY, ZoneOffset.UTC))
                .publishingTo(handedOver::addAll);
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    private static CaseRecord create(String id) {
        Transition t = (Transition) WORKFLOW.openFromIntake(NewCase.ksdd(id, KsddKind.SUKARELA, List.of()),
                List.of(new DocumentUpload(DocumentType.SURAT_PERMOHONAN, "u/" + id + ".pdf", "d".repeat(64), "")),
                Actor.partner(id), MONDAY);
        CaseRecord c = new CaseRecord("KS-2026-" + id, CaseItemsTest.fullCase(id).proposal(), t.state(), MONDAY);
        store.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(c, 0, List.of(), t.events())), List.of(),
                Optional.empty()));
        return c;
    }

    private static CaseStore.Commit accept(CaseRecord c) {
        Transition t = (Transition) WORKFLOW.decide(c.state(), Actor.admin("a"),
                Command.of(Action.ACCEPT).withDepartments(List.of("DINKES")), MONDAY.plusSeconds(60));
        CaseRecord next = new CaseRecord(c.trackingCode(), c.proposal(), t.state(), MONDAY.plusSeconds(60));
        return new CaseStore.Commit(List.of(new CaseStore.CaseWrite(next, c.version(), c.state().dueDates(),
                t.events())), List.of(), Optional.empty());
    }

    private static List<DomainEvent> pendingOf(String caseId) {
        return outbox.pending(1000).stream().filter(e -> e.caseId().equals(caseId)).toList();
    }

    @Test
    void aCommitWritesItsEventsPendingAndHandsTheSameOnesToThePublisher() {
        handedOver.clear();
        CaseRecord c = create("E-1");
        List<DomainEvent> pending = pendingOf("E-1");
        assertEquals(List.of(DomainEvents.COOPERATION_SUBMITTED, DomainEvents.DOCUMENT_REGISTERED),
                pending.stream().map(DomainEvent::detailType).toList());
        assertEquals(pending, handedOver, "the stored detail is the published detail, byte for byte");
        assertTrue(pending.get(1).detail().contains("\"sha256\":\"" + "d".repeat(64) + "\""));
        assertNotNull(c);
    }

    @Test
    void aCommitThatFailsItsConditionWritesNoEventAndPublishesNothing() {
        CaseRecord c = create("E-2");
        store.commit(accept(c));
        handedOver.clear();
        int before = pendingOf("E-2").size();
        assertThrows(CaseStore.Conflict.class, () -> store.commit(accept(c)), "the same version again: stale");
        assertEquals(before, pendingOf("E-2").size());
        assertTrue(handedOver.isEmpty());
    }

    @Test
    void aPublishedEventLeavesThePendingListAndKeepsItsRecord() {
        create("E-3");
        List<DomainEvent> pending = pendingOf("E-3");
        pending.forEach(e -> outbox.markPublished(e, MONDAY.plusSeconds(5)));
        assertEquals(List.of(), pendingOf("E-3"));
        Map<String, AttributeValue> item = local.client().getItem(r -> r.tableName(LocalTable.TABLE)
                .key(EventItems.key(pending.get(0)))).item();
        assertEquals("PUBLISHED", item.get("status").s());
        assertEquals(pending.get(0).eventId(), item.get("eventId").s());
        outbox.markPublished(pending.get(0), MONDAY.plusSeconds(9));
        assertEquals(List.of(), pendingOf("E-3"), "marking twice is harmless");
    }
}
