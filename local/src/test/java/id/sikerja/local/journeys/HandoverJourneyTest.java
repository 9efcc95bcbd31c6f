package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static id.sikerja.local.journeys.WorkflowApi.departmentProposal;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 18 (h18-owner) through the local gateway, the workflow, reads and users functions and the local identity
 * provider: an admin makes a department officer responsible for two cases (checked against the directory: another
 * department's officer is refused naming the field), the officer is disabled and the dashboard lists the two cases,
 * then one hand-over moves both to a successor and each case's timeline says so; a repeat moves nothing; bad
 * successors are named, and only an admin may.
 */
class HandoverJourneyTest {

    private final LocalSystem system = LocalSystem.shared();
    private final WorkflowApi api = new WorkflowApi(system);

    @Test
    void aHandOverMovesOpenCasesAndIsInTheirTimelines() {
        String word = "alih" + UUID.randomUUID().toString().substring(0, 8);
        String leaving = invite("Petugas Lama " + word, word + "-lama@dinkes.example.go.id", "DINKES");
        String successor = invite("Petugas Baru " + word, word + "-baru@dinkes.example.go.id", "DINKES");
        String elsewhere = invite("Petugas Dishub " + word, word + "@dishub.example.go.id", "DISHUB");

        Walk first = api.open("opd-dinkes", "/cooperations", departmentProposal("Layanan kesehatan " + word, "DINKES"));
        Walk second = api.open("opd-dinkes", "/cooperations", departmentProposal("Klinik keliling " + word, "DINKES"));

        // only an admin sets it; an officer of another department is refused, naming the field
        Answer byOpd = first.attempt("opd-dinkes", "SET_RESPONSIBLE_OFFICER", m("facts", m("responsibleOfficer", leaving)));
        assertEquals(403, byOpd.status(), byOpd.raw().body());
        Answer wrong = first.attempt("admin", "SET_RESPONSIBLE_OFFICER", m("facts", m("responsibleOfficer", elsewhere)));
        assertEquals(422, wrong.status(), wrong.raw().body());
        assertEquals(List.of("facts.responsibleOfficer"), fields(wrong));
        assertEquals("officer_wrong_department", wrong.list("errors").get(0).get("code"));
        for (Walk w : List.of(first, second)) {
            w.act("admin", "SET_RESPONSIBLE_OFFICER", m("facts", m("responsibleOfficer", leaving,
                    "responsibleOfficerName", "Nama dari permintaan")));
        }
        Map<?, ?> shown = (Map<?, ?>) api.view("admin", first.id).body().get("responsibleOfficer");
        assertEquals("Petugas Lama " + word, shown.get("name"), "the directory's name, not the request's");
        assertEquals(Set.of(first.id, second.id), ids("/cooperations?responsible=" + leaving));

        // the officer leaves: the dashboard counts and lists the cases they still hold
        assertEquals(200, api.put("admin", "/users/" + leaving, m("enabled", false)).status());
        Answer dashboard = api.get("admin", "/dashboard");
        assertTrue(((Number) dashboard.body().get("responsibleDisabled")).intValue() >= 2, dashboard.raw().body());
        assertTrue(ids("/cooperations?responsibleDisabled=true").containsAll(Set.of(first.id, second.id)));

        // bad successors are named and change nothing; only an admin hands over
        String path = "/users/" + leaving + "/handover";
        assertEquals(403, api.post("opd-dinkes", path, m("successor", successor)).status());
        Answer toElsewhere = api.post("admin", path, m("successor", elsewhere));
        assertEquals(List.of("successor"), fields(toElsewhere));
        assertEquals(List.of("successor"), fields(api.post("admin", path, m())));
        assertEquals(List.of("successor"), fields(api.post("admin", path, m("successor", leaving))));
        assertEquals(404, api.post("admin", "/users/" + UUID.randomUUID() + "/handover",
                m("successor", successor)).status());
        assertEquals(Set.of(first.id, second.id), ids("/cooperations?responsible=" + leaving));

        // one step moves both, each timeline says so
        Answer moved = api.post("admin", path, m("successor", successor));
        assertEquals(200, moved.status(), moved.raw().body());
        assertEquals(Set.of(first.id, second.id), Set.copyOf((List<?>) moved.body().get("cases")));
        for (Walk w : List.of(first, second)) {
            Answer view = api.view("admin", w.id);
            assertEquals("Petugas Baru " + word, ((Map<?, ?>) view.body().get("responsibleOfficer")).get("name"));
            Map<String, Object> last = view.list("timeline").get(view.list("timeline").size() - 1);
            assertEquals("SET_RESPONSIBLE_OFFICER", last.get("action"));
            assertEquals("Berkas dialihkan dari Petugas Lama " + word + " ke Petugas Baru " + word, last.get("note"));
        }
        assertEquals(Set.of(first.id, second.id), ids("/cooperations?responsible=" + successor));
        assertFalse(ids("/cooperations?responsibleDisabled=true").contains(first.id));

        // a repeat moves nothing again
        Answer again = api.post("admin", path, m("successor", successor));
        assertEquals(200, again.status(), again.raw().body());
        assertEquals(List.of(), again.body().get("cases"));
    }

    @Test
    void aHandOverMovesTheLeavingOfficersUnreadNotificationsStillUnreadOnce() {
        String word = "kabar" + UUID.randomUUID().toString().substring(0, 8);
        String leaving = invite("Petugas Pergi " + word, word + "-pergi@dinkes.example.go.id", "DINKES");
        String successor = invite("Petugas Ganti " + word, word + "-ganti@dinkes.example.go.id", "DINKES");
        id.sikerja.adapters.dynamo.DynamoNotificationStore inboxes =
                new id.sikerja.adapters.dynamo.DynamoNotificationStore(system.dynamoDb(), system.tableName());
        id.sikerja.core.notifications.Notifications notifications = new id.sikerja.core.notifications.Notifications(
                inboxes, java.time.Clock.systemUTC());
        java.time.Instant at = java.time.Instant.now();
        // what the leaving officer was told: one still unread, one read
        notifications.notify(leaving, id.sikerja.core.notifications.NotificationKind.MENTION, "kasus-" + word,
                "komentar-1", at, Map.of("title", "Uji " + word));
        notifications.notify(leaving, id.sikerja.core.notifications.NotificationKind.MENTION, "kasus-" + word,
                "komentar-2", at.minusSeconds(60), Map.of());
        String unread = id.sikerja.core.notifications.Notifications.idOf(leaving,
                id.sikerja.core.notifications.NotificationKind.MENTION, "kasus-" + word, "komentar-1");
        String read = id.sikerja.core.notifications.Notifications.idOf(leaving,
                id.sikerja.core.notifications.NotificationKind.MENTION, "kasus-" + word, "komentar-2");
        notifications.markRead(leaving, java.util.Optional.of(Set.of(read)));

        String path = "/users/" + leaving + "/handover";
        Answer moved = api.post("admin", path, m("successor", successor));
        assertEquals(200, moved.status(), moved.raw().body());
        assertEquals(List.of(unread), movedOfKind(moved, "NOTIFICATIONS"));
        List<id.sikerja.core.notifications.Notification> theirs = inboxes.of(successor);
        assertEquals(1, theirs.size());
        assertTrue(theirs.get(0).unread(), "still unread for the successor");
        assertEquals("Uji " + word, theirs.get(0).params().get("title"));
        assertEquals(List.of(read), inboxes.of(leaving).stream().map(n -> n.id()).toList(), "read ones stay");

        Answer again = api.post("admin", path, m("successor", successor));
        assertEquals(200, again.status(), again.raw().body());
        assertEquals(List.of(), movedOfKind(again, "NOTIFICATIONS"), "a repeat moves nothing");
        assertEquals(1, inboxes.of(successor).size());
    }

    @SuppressWarnings("unchecked")
    private static List<String> movedOfKind(Answer answer, String kind) {
        return ((List<Map<String, Object>>) answer.body().get("moved")).stream()
                .filter(m -> kind.equals(m.get("kind"))).map(m -> (String) m.get("id")).toList();
    }

    private String invite(String name, String email, String department) {
        Answer created = api.post("admin", "/users", m("email", email, "name", name, "group", "opd",
                "department", department));
        assertEquals(201, created.status(), created.raw().body());
        return (String) created.body().get("username");
    }

    private Set<String> ids(String path) {
        Answer list = api.get("admin", path);
        assertEquals(200, list.status(), list.raw().body());
        return list.list("items").stream().map(i -> (String) i.get("id")).collect(Collectors.toSet());
    }

    private static List<String> fields(Answer answer) {
        assertEquals(422, answer.status(), answer.raw().body());
        return answer.list("errors").stream().map(e -> (String) e.get("field")).distinct().toList();
    }
}
