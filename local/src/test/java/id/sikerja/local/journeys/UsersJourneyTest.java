package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Officers' accounts through the local gateway, the users function and the local identity provider's Cognito
 * stand-in: an admin invites a department officer, finds it in the list, changes its group and disables it; the
 * disabled officer gets no token; nobody but an admin may; bad input is named field by field and changes nothing.
 */
class UsersJourneyTest {

    private static final String ADMIN_SUB = "5a1e7c2d-0001-4c6b-9b1e-000000000001";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LocalSystem system = LocalSystem.shared();
    private final WorkflowApi api = new WorkflowApi(system);

    @Test
    @SuppressWarnings("unchecked")
    void anAdminInvitesChangesAndDisablesAnOfficer() throws Exception {
        String word = "uji" + UUID.randomUUID().toString().substring(0, 8);
        String email = word + "@dinkes.example.go.id";
        Map<String, Object> invite = m("email", email, "name", "Petugas " + word, "group", "opd", "department", "DINKES");

        // nobody but an admin
        assertEquals(401, api.send("GET", "/users", null, Map.of()).status());
        Answer opdList = api.get("opd-dinkes", "/users");
        assertEquals(403, opdList.status(), opdList.raw().body());
        assertEquals("admin-only", opdList.type());
        assertEquals(403, api.post("tkksd", "/users", invite).status());
        assertEquals(403, api.put("pimpinan", "/users/" + ADMIN_SUB, m("enabled", false)).status());

        // bad input: every bad member named, nothing created
        Map<String, Object> bad = new HashMap<>();
        bad.put("email", "bukan-email");
        bad.put("name", "");
        bad.put("group", "boss");
        bad.put("role", "admin");
        Answer invalid = api.post("admin", "/users", bad);
        assertEquals(422, invalid.status(), invalid.raw().body());
        assertEquals(Set.of("email", "name", "group", "role"), fields(invalid));
        Answer noDepartment = api.post("admin", "/users", m("email", email, "name", "X", "group", "opd"));
        assertEquals(Set.of("department"), fields(noDepartment));
        Answer unknownDepartment = api.post("admin", "/users", m("email", email, "name", "X", "group", "opd",
                "department", "DINAS_FIKTIF"));
        assertEquals(Set.of("department"), fields(unknownDepartment));
        assertEquals("unknown_department", unknownDepartment.list("errors").get(0).get("code"));
        assertEquals(0, total("q=" + word), "a refused request creates no account");

        // the admin invites an OPD officer; a retry with the same key gets the same answer
        String key = "users-" + UUID.randomUUID();
        Map<String, String> headers = new LinkedHashMap<>(api.officer("admin"));
        headers.put("Idempotency-Key", key);
        Answer created = api.send("POST", "/users", invite, headers);
        assertEquals(201, created.status(), created.raw().body());
        String username = (String) created.body().get("username");
        assertEquals("opd", created.body().get("group"));
        assertEquals("DINKES", created.body().get("department"));
        assertEquals("Dinas Kesehatan", created.body().get("departmentName"));
        assertEquals(Boolean.TRUE, created.body().get("enabled"));
        assertEquals("/users/" + username, created.raw().headers().firstValue("Location").orElseThrow());
        Answer retried = api.send("POST", "/users", invite, headers);
        assertEquals(201, retried.status(), retried.raw().body());
        assertEquals(username, retried.body().get("username"));
        assertEquals("true", retried.raw().headers().firstValue("Idempotent-Replayed").orElse(null));
        Answer again = api.post("admin", "/users", invite);
        assertEquals(409, again.status(), again.raw().body());
        assertEquals("user-exists", again.type());

        // it is listed, by its department and words of its name
        Answer listed = api.get("admin", "/users?group=opd&department=DINKES&q=" + word);
        assertEquals(200, listed.status(), listed.raw().body());
        assertEquals(1, ((Number) listed.body().get("total")).intValue());
        assertEquals(username, listed.list("items").get(0).get("username"));
        Answer page = api.get("admin", "/users?limit=2");
        assertEquals(2, page.list("items").size());
        assertNotNull(page.body().get("nextCursor"));

        // the new officer signs in with its address and works in its department
        String token = token(email);
        Answer dashboard = api.send("GET", "/dashboard", null, Map.of("Authorization", "Bearer " + token));
        assertEquals(200, dashboard.status(), dashboard.raw().body());

        // the admin makes it a TKKSD member (it keeps its department as TKKSD lokus), then disables it
        Answer tkksd = api.put("admin", "/users/" + username, m("group", "tkksd"));
        assertEquals(200, tkksd.status(), tkksd.raw().body());
        assertEquals(List.of("tkksd"), tkksd.body().get("groups"));
        assertEquals("DINKES", tkksd.body().get("department"));
        Answer disabled = api.put("admin", "/users/" + username, m("enabled", false));
        assertEquals(200, disabled.status(), disabled.raw().body());
        assertEquals(Boolean.FALSE, disabled.body().get("enabled"));
        Map<String, Object> now = api.get("admin", "/users?enabled=false&q=" + word).list("items").get(0);
        assertEquals("tkksd", now.get("group"));
        assertEquals(Boolean.FALSE, now.get("enabled"));

        // a disabled officer gets no token
        HttpResponse<String> refused = tokenResponse(email);
        assertEquals(403, refused.statusCode(), refused.body());

        // bad changes are named; an unknown user is 404; an admin cannot disable their own account
        Answer badChange = api.put("admin", "/users/" + username, m("group", "admin", "department", "DINKES",
                "enabled", "tidak"));
        assertEquals(422, badChange.status(), badChange.raw().body());
        assertEquals(Set.of("enabled"), fields(badChange));
        Answer adminWithDepartment = api.put("admin", "/users/" + username, m("group", "admin", "department", "DINKES"));
        assertEquals(Set.of("department"), fields(adminWithDepartment));
        assertEquals(404, api.put("admin", "/users/" + UUID.randomUUID(), m("enabled", true)).status());
        Answer own = api.put("admin", "/users/" + ADMIN_SUB, m("enabled", false));
        assertEquals(422, own.status(), own.raw().body());
        assertEquals("own_account", own.list("errors").get(0).get("code"));
        assertEquals(200, tokenResponse("admin").statusCode(), "the admin's account is still enabled");
    }

    @Test
    void answersInEnglishWhenAsked() {
        Map<String, String> headers = new LinkedHashMap<>(api.officer("admin"));
        headers.put("Accept-Language", "en");
        Answer invalid = api.send("POST", "/users", m("email", "x@example.go.id", "name", "X", "group", "opd"), headers);
        assertEquals(422, invalid.status());
        assertEquals("is required for group opd", invalid.list("errors").get(0).get("message"));
    }

    private int total(String query) {
        Answer list = api.get("admin", "/users?" + query);
        assertEquals(200, list.status(), list.raw().body());
        return ((Number) list.body().get("total")).intValue();
    }

    private static Set<String> fields(Answer answer) {
        assertEquals(422, answer.status(), answer.raw().body());
        return answer.list("errors").stream().map(e -> (String) e.get("field")).collect(Collectors.toSet());
    }

    private String token(String username) throws Exception {
        HttpResponse<String> response = tokenResponse(username);
        assertEquals(200, response.statusCode(), response.body());
        return (String) id.sikerja.api.Json.readObject(response.body()).get("idToken");
    }

    private HttpResponse<String> tokenResponse(String username) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(system.apiUrl() + "/_local/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
