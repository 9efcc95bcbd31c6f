package id.sikerja.core.answers;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.TimelineEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 16: the potentialId of a new proposal or initiative, and what a case's events mean for its entry. */
class AnsweringTest {

    private static final Instant T = Instant.parse("2026-06-01T02:00:00Z");

    private static final AnsweredEntries ENTRIES = new AnsweredEntries() {
        @Override
        public Optional<AnsweredEntry> find(String id) {
            return switch (id) {
                case "open-1" -> Optional.of(new AnsweredEntry(id, "KEBUTUHAN", "DINKES", "Air bersih",
                        Optional.empty(), AnsweredEntry.OPEN));
                case "closed-1" -> Optional.of(new AnsweredEntry(id, "POTENSI", "DISHUB", "Terminal",
                        Optional.empty(), AnsweredEntry.CLOSED));
                case "done-1" -> Optional.of(new AnsweredEntry(id, "POTENSI", "DISHUB", "Terminal",
                        Optional.empty(), AnsweredEntry.FULFILLED));
                default -> Optional.empty();
            };
        }

        @Override
        public boolean advance(String id, String status) {
            return false;
        }
    };

    private static List<String> fields(InvalidInput e) {
        return e.errors().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    @Test
    void anOpenOrFulfilledEntryTakesProposals() {
        assertEquals("open-1", Answering.check(Optional.of("open-1"), ENTRIES).orElseThrow().id());
        assertTrue(Answering.check(Optional.of("done-1"), ENTRIES).isPresent());
        assertTrue(Answering.check(Optional.empty(), ENTRIES).isEmpty());
    }

    @Test
    void anUnknownOrClosedEntryIsRefusedNamingPotentialId() {
        InvalidInput unknown = assertThrows(InvalidInput.class,
                () -> Answering.check(Optional.of("nope"), ENTRIES));
        assertEquals(List.of("potentialId:potential_unknown"), fields(unknown));
        InvalidInput closed = assertThrows(InvalidInput.class,
                () -> Answering.check(Optional.of("closed-1"), ENTRIES));
        assertEquals(List.of("potentialId:potential_closed"), fields(closed));
    }

    @Test
    void readingNamesABadPotentialIdBesideTheBodysOwnErrors() {
        Map<String, Object> body = new HashMap<>();
        body.put("potentialId", "../../etc");
        InvalidInput both = assertThrows(InvalidInput.class, () -> Answering.read(body, b -> {
            throw new InvalidInput(List.of(FieldError.of("title", "required")));
        }));
        assertEquals(List.of("title:required", "potentialId:potential_unknown"), fields(both));

        body.put("potentialId", 42);
        InvalidInput wrongType = assertThrows(InvalidInput.class, () -> Answering.read(body, b -> "ok"));
        assertEquals(List.of("potentialId"), wrongType.errors().stream().map(FieldError::field).toList());

        body.put("potentialId", "open-1");
        Answering.Read<String> read = Answering.read(body, b -> "ok");
        assertEquals("ok", read.value());
        assertEquals(Optional.of("open-1"), read.potentialId());

        body.remove("potentialId");
        assertEquals(Optional.empty(), Answering.read(body, b -> "ok").potentialId());
    }

    private static CaseState state(boolean answers) {
        Facts facts = answers ? Facts.of(id.sikerja.core.workflow.Fact.POTENTIAL_ID, "open-1") : Facts.empty();
        return new CaseState("c-1", Category.KSDPK, Optional.empty(), Optional.of(KsdpkInitiative.PIHAK_KETIGA),
                Origin.PARTNER_APPLICATION, Stage.PERSIAPAN, T, List.of("DINKES"), 2, facts, Documents.empty(),
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), T);
    }

    private static TimelineEvent event(Action action) {
        return new TimelineEvent(T, "admin-1", Role.ADMIN, action, Optional.of(Stage.INTAKE), Stage.PERSIAPAN, "",
                Map.of(), List.of(), Optional.empty());
    }

    @Test
    void acceptanceMovesTheEntryInProgressAndTheMarkFulfilled() {
        assertEquals(Optional.of("IN_PROGRESS"), Answering.statusAfter(state(true), List.of(event(Action.ACCEPT))));
        assertEquals(Optional.of("IN_PROGRESS"), Answering.statusAfter(state(true), List.of(event(Action.INITIATE))));
        assertEquals(Optional.of("FULFILLED"),
                Answering.statusAfter(state(true), List.of(event(Action.MARK_POTENTIAL_FULFILLED))));
        assertEquals(Optional.empty(), Answering.statusAfter(state(true), List.of(event(Action.RECORD_FACTS))));
        assertEquals(Optional.empty(), Answering.statusAfter(state(false), List.of(event(Action.ACCEPT))));
    }
}
