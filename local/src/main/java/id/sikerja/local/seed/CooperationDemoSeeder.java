package id.sikerja.local.seed;

import id.sikerja.local.LocalRuntime;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Demo cases, entered through the API as users would: two partner proposals waiting at intake (a KSDPK from a
 * university, a KSDD from a neighbouring kabupaten), a department's own initiative in Persiapan, and an
 * agreement signed before Si Kerja, running at Pelaksanaan. Every request carries a fixed Idempotency-Key, so
 * seeding again creates nothing new.
 */
public final class CooperationDemoSeeder implements DemoSeeder {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "cooperations";
    }

    @Override
    public void seed(SeedContext context) throws IOException {
        ObjectNode university = sample("events/intake-submit-proposal.json");
        expect(context.call("POST", "/proposals", null, university.toString(),
                Map.of("Idempotency-Key", "demo-seed-proposal-ksdpk")), 201);

        ObjectNode kabupaten = sample("events/intake-submit-proposal.json");
        kabupaten.put("category", "KSDD");
        kabupaten.remove("ksdpkInitiative");
        kabupaten.put("ksddKind", "WAJIB");
        ObjectNode partner = (ObjectNode) kabupaten.get("partner");
        partner.put("name", "Pemerintah Kabupaten Kutai Kartanegara");
        partner.put("type", "PEMERINTAH_DAERAH");
        partner.put("regionOrCountry", "Kabupaten Kutai Kartanegara");
        partner.put("address", "Jl. Wolter Monginsidi No. 1, Tenggarong");
        partner.put("contactPerson", "Bagian Kerja Sama Setda Kukar");
        partner.put("email", "kerjasama@kukarkab.example.go.id");
        kabupaten.put("title", "Pengelolaan bersama air baku lintas batas");
        kabupaten.put("departments", JSON.createArrayNode().add("PUPR"));
        expect(context.call("POST", "/proposals", null, kabupaten.toString(),
                Map.of("Idempotency-Key", "demo-seed-proposal-ksdd")), 201);

        ObjectNode initiative = sample("events/workflow-open-cooperation.json");
        expect(context.call("POST", "/cooperations", "opd-dinkes", initiative.toString(),
                Map.of("Idempotency-Key", "demo-seed-department-dinkes")), 201);

        ObjectNode legacy = sample("events/intake-submit-proposal.json");
        legacy.put("title", "Pengembangan layanan telemedisin puskesmas (PKS 2024)");
        ObjectNode facts = legacy.putObject("facts");
        facts.put("pksSignedOn", "2024-05-02");
        facts.put("signatory", "KEPALA_DAERAH");
        facts.put("termStart", "2024-06-01");
        facts.put("termMonths", 36);
        facts.put("agreementNumber", "180/27/HK/2024");
        legacy.set("documents", JSON.valueToTree(List.of(Map.of("type", "PKS_SIGNED",
                "storageKey", "demo/legacy/pks-2024.pdf",
                "sha256", "9f2c0e4b7a1d3c5e8f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e",
                "fileName", "pks-telemedisin-2024.pdf"))));
        expect(context.call("POST", "/cooperations/legacy", "admin", legacy.toString(),
                Map.of("Idempotency-Key", "demo-seed-legacy-telemedisin")), 201);
    }

    private static ObjectNode sample(String event) throws IOException {
        Path file = LocalRuntime.findRepositoryRoot().resolve(event);
        return (ObjectNode) JSON.readTree(JSON.readTree(Files.readString(file)).get("body").asText());
    }

    private static void expect(SeedContext.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("seeding answered " + response.status() + ": " + response.body());
        }
    }
}
