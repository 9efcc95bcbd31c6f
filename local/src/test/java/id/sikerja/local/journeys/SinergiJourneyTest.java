package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 8 through the local gateway: Sinergi with a ministry or national agency (PP 28/2018 Ps 46) runs its
 * own path from the proposal to Pelaksanaan, without DPRD or KB/PKS; a KSDPK naming a ministry is pointed to SINERGI.
 */
class SinergiJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    private static Map<String, Object> ministryProposal(String category) {
        Map<String, Object> body = WorkflowApi.sample("events/intake-submit-proposal.json");
        body.put("title", "Uji Sinergi " + UUID.randomUUID());
        body.put("category", category);
        @SuppressWarnings("unchecked")
        Map<String, Object> partner = new LinkedHashMap<>((Map<String, Object>) body.get("partner"));
        partner.put("name", "Badan Riset dan Inovasi Nasional");
        partner.put("type", "KEMENTERIAN_LEMBAGA");
        partner.put("regionOrCountry", "Jakarta");
        body.put("partner", partner);
        if (category.equals("SINERGI")) {
            body.remove("ksdpkInitiative");
        }
        return body;
    }

    @Test
    void aKsdpkWithAMinistryIsRefusedWithAPointerToSinergi() {
        Answer refused = api.send("POST", "/proposals", ministryProposal("KSDPK"), Map.of());
        assertEquals(422, refused.status(), refused.raw().body());
        Map<String, Object> error = refused.list("errors").stream()
                .filter(e -> "partner.type".equals(e.get("field"))).findFirst().orElseThrow();
        assertEquals("partner_type_use_sinergi", error.get("code"));
        assertTrue(((String) error.get("message")).contains("SINERGI"), refused.raw().body());

        Answer department = api.post("admin", "/cooperations", withKak(ministryProposal("KSDPK")));
        assertEquals(422, department.status(), department.raw().body());
        assertEquals("partner_type_use_sinergi", department.list("errors").stream()
                .filter(e -> "partner.type".equals(e.get("field"))).findFirst().orElseThrow().get("code"));
    }

    private static Map<String, Object> withKak(Map<String, Object> body) {
        body.put("departments", List.of("BAPPEDA"));
        return body;
    }

    @Test
    void aSinergiFromTheMinistrysProposalToImplementation() {
        Answer proposed = api.send("POST", "/proposals", ministryProposal("SINERGI"), Map.of());
        assertEquals(201, proposed.status(), proposed.raw().body());
        String id = (String) proposed.body().get("id");
        Walk w = api.new Walk(id, api.view("admin", id).version());
        assertEquals("INTAKE", w.stage());

        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN")));
        assertEquals("PERSIAPAN", w.stage());
        w.act("admin", "COMPLETE_PREPARATION", m());
        assertEquals("PENYUSUNAN_NOTA_KESEPAKATAN", w.stage());
        Answer noDraft = w.attempt("admin", "FINALIZE_NOTA_DRAFT", m());
        assertEquals(422, noDraft.status());
        assertEquals(List.of("DOC:NOTA_KESEPAKATAN_DRAFT"), noDraft.unmetCodes());
        w.act("admin", "FINALIZE_NOTA_DRAFT", m("documents", docs("NOTA_KESEPAKATAN_DRAFT")));
        w.act("admin", "SIGN_NOTA", m("documents", docs("NOTA_KESEPAKATAN_SIGNED"),
                "facts", m("notaSignedOn", today().toString(), "termStart", today().toString(), "termMonths", 36)));
        assertEquals("RENCANA_AKSI", w.stage());
        Answer running = w.act("admin", "COMPLETE_RENCANA_AKSI", m("documents", docs("RENCANA_KERJA")));
        assertEquals("PELAKSANAAN", running.stage());

        assertEquals(List.of("INTAKE", "PERSIAPAN", "PENYUSUNAN_NOTA_KESEPAKATAN", "PENANDATANGANAN_NOTA_KESEPAKATAN",
                "RENCANA_AKSI", "PELAKSANAAN"), api.stagesVisited(id));
    }
}
