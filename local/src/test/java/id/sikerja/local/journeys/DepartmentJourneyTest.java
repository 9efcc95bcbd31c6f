package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The department directory: anyone reads it (a partner's application form offers it), admins edit it conditional on
 * its version, and the public registry names an agreement's departments from it.
 */
class DepartmentJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    @Test
    @SuppressWarnings("unchecked")
    void adminsKeepTheDirectoryAndTheRegistryShowsItsNames() {
        // the shipped list, without signing in (no other journey stores a directory)
        Answer shipped = api.send("GET", "/settings/departments", null, Map.of());
        assertEquals(200, shipped.status(), shipped.raw().body());
        assertEquals(0, shipped.version());
        assertEquals("SHIPPED", shipped.body().get("source"));
        List<Map<String, Object>> departments = shipped.list("departments");
        assertTrue(departments.contains(m("code", "DINKES", "name", "Dinas Kesehatan")), departments.toString());
        assertTrue(departments.contains(m("code", "DISHUB", "name", "Dinas Perhubungan")), departments.toString());

        // a code as an admin would type it (no underscore: officer pages show it beside the name, and the browser
        // journeys refuse anything shaped like an internal code on a page)
        String code = "UJI" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<Map<String, Object>> more = new ArrayList<>(departments);
        more.add(m("code", code, "name", "Dinas Uji Coba"));
        Map<String, Object> body = m("version", 0, "departments", more);

        // only admins edit it
        assertEquals(401, api.send("PUT", "/settings/departments", body, Map.of()).status());
        Answer opd = api.put("opd-dinkes", "/settings/departments", body);
        assertEquals(403, opd.status(), opd.raw().body());
        assertEquals(0, api.send("GET", "/settings/departments", null, Map.of()).version(), "a refusal changes nothing");

        // every bad entry is named, and nothing is stored
        List<Map<String, Object>> bad = new ArrayList<>(more);
        bad.add(m("code", "dinas kecil", "name", "Kode salah"));
        bad.add(m("code", "DINKES", "name", "Ganda"));
        bad.add(m("code", "DLH2", "name", ""));
        Answer invalid = api.put("admin", "/settings/departments", m("version", 0, "departments", bad));
        assertEquals(422, invalid.status(), invalid.raw().body());
        int n = more.size();
        assertEquals(Set.of("departments[" + n + "].code", "departments[" + (n + 1) + "].code",
                        "departments[" + (n + 2) + "].name"),
                invalid.list("errors").stream().map(e -> (String) e.get("field")).collect(Collectors.toSet()));
        assertEquals(0, api.send("GET", "/settings/departments", null, Map.of()).version());

        // an admin stores it; a second save from the same old version is stale
        Answer saved = api.put("admin", "/settings/departments", body);
        assertEquals(200, saved.status(), saved.raw().body());
        assertEquals(1, saved.version());
        assertEquals("STORED", saved.body().get("source"));
        Answer stale = api.put("admin", "/settings/departments",
                m("version", 0, "departments", List.of(m("code", "DINKES", "name", "Hilang"))));
        assertEquals(409, stale.status(), stale.raw().body());
        assertEquals(1, ((Number) stale.current().get("version")).longValue());
        assertTrue(((List<Map<String, Object>>) stale.current().get("departments"))
                .contains(m("code", code, "name", "Dinas Uji Coba")));

        Answer now = api.send("GET", "/settings/departments", null, Map.of());
        assertEquals(1, now.version());
        assertEquals("STORED", now.body().get("source"));
        assertEquals(more, now.list("departments"));

        // an agreement of the new department, one of a shipped one and one of a code the directory lacks
        Map<String, Object> upload = api.newCaseUpload("admin", "PKS_SIGNED", WorkflowApi.pdf("PKS " + code));
        Map<String, Object> old = WorkflowApi.sample("events/intake-submit-proposal.json");
        old.put("title", "Uji direktori " + code);
        old.put("departments", List.of(code, "DISHUB", "TANPA-DIREKTORI"));
        LocalDate start = WorkflowApi.today().minusMonths(2);
        old.put("facts", m("pksSignedOn", start.minusDays(1).toString(), "signatory", "KEPALA_DAERAH",
                "termStart", start.toString(), "termMonths", 12, "agreementNumber", "180/" + code + "/HK"));
        old.put("documents", List.of(upload.get("reference")));
        String id = api.open("admin", "/cooperations/legacy", old).id;

        Answer entry = api.send("GET", "/registry/" + id, null, Map.of());
        assertEquals(200, entry.status(), entry.raw().body());
        assertEquals(List.of(m("code", code, "name", "Dinas Uji Coba"), m("code", "DISHUB", "name", "Dinas Perhubungan"),
                m("code", "TANPA-DIREKTORI", "name", "TANPA-DIREKTORI")), entry.list("departments"));
    }
}
