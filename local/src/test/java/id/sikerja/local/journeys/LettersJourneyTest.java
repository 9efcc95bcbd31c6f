package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.sha256;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 17 through the local gateway: letters and drafts generated from DOCX templates by the letters function,
 * registered as the case's next draft version (the documents function's registry: upload item, S3 key, version
 * numbering, SHA-256), opened again with Apache POI; retries, bad input and the admins' templates.
 */
class LettersJourneyTest {

    private final LocalSystem system = LocalSystem.shared();
    private final WorkflowApi api = new WorkflowApi(system);
    private final String today = today().toString();

    @Test
    void aSuratPenawaranAndAPksDraftAreGeneratedRegisteredAsDraftVersionsAndOpenAsDocxWithTheCasesData()
            throws Exception {
        String title = "Uji surat dari templat " + UUID.randomUUID();
        Answer proposed = api.propose(title);
        String id = (String) proposed.body().get("id");
        Walk w = api.new Walk(id, api.view("admin", id).version());
        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        assertEquals(List.of(), names(api.get("admin", "/cooperations/" + id + "/letters")),
                "nothing to generate in Persiapan");
        w.act("admin", "COMPLETE_PREPARATION", m());
        assertEquals("PENAWARAN", w.stage());

        // who may generate what, now: the admin and the case's department; nobody else
        assertEquals(List.of("surat-penawaran", "surat-jawaban"), names(api.get("admin", "/cooperations/" + id + "/letters")));
        assertEquals(List.of("surat-penawaran", "surat-jawaban"),
                names(api.get("opd-dinkes", "/cooperations/" + id + "/letters")));
        assertEquals(List.of(), names(api.get("tkksd", "/cooperations/" + id + "/letters")));
        Answer byTkksd = generate("tkksd", id, "surat-penawaran", null);
        assertEquals(422, byTkksd.status(), byTkksd.raw().body());
        assertTrue(byTkksd.raw().body().contains("template_not_available_now"), byTkksd.raw().body());
        assertEquals(404, generate("opd-dishub", id, "surat-penawaran", null).status(), "another department's case");
        Answer notYet = generate("admin", id, "rancangan-pks", null);
        assertEquals(422, notYet.status(), "a PKS draft belongs to Penyusunan PKS");
        Answer unknown = generate("admin", id, "surat-cinta", null);
        assertEquals(422, unknown.status());
        assertEquals("template", ((Map<?, ?>) unknown.list("errors").get(0)).get("field"));
        Answer extra = api.post("admin", "/cooperations/" + id + "/letters", m("template", "surat-penawaran", "x", 1));
        assertEquals(422, extra.status());
        assertEquals(w.version, api.view("admin", id).version(), "bad input changes nothing");

        // the offer letter: generated, registered as version 1 of SURAT_PENAWARAN, once for a retried request
        String key = "letters-" + UUID.randomUUID();
        Answer offer = generate("admin", id, "surat-penawaran", key);
        assertEquals(201, offer.status(), offer.raw().body());
        assertEquals("SURAT_PENAWARAN", offer.body().get("documentType"));
        assertEquals(1, ((Number) offer.body().get("version")).intValue());
        assertEquals("/cooperations/" + id + "/documents/SURAT_PENAWARAN/1", offer.body().get("download"));
        Answer retried = generate("admin", id, "surat-penawaran", key);
        assertEquals(201, retried.status(), retried.raw().body());
        assertEquals(offer.body().get("version"), retried.body().get("version"));
        assertEquals(offer.body().get("sha256"), retried.body().get("sha256"));
        assertEquals("true", retried.raw().headers().firstValue("Idempotent-Replayed").orElse(""));
        Answer view = api.view("admin", id);
        List<Map<String, Object>> offers = view.list("documents").stream()
                .filter(d -> d.get("type").equals("SURAT_PENAWARAN")).toList();
        assertEquals(1, offers.size(), "a retry registers no second version: " + offers);
        assertEquals(offer.body().get("sha256"), offers.get(0).get("sha256"));
        byte[] offerDocx = download("admin", (String) offer.body().get("download"));
        assertEquals(offer.body().get("sha256"), sha256(offerDocx), "the registered SHA-256 is the file's");
        String offerText = text(offerDocx);
        assertTrue(offerText.contains(title), offerText);
        assertTrue(offerText.contains("Universitas Mulawarman"), offerText);
        assertTrue(offerText.contains("24 (dua puluh empat) bulan"), "the proposed term: " + offerText);
        assertFalse(offerText.contains("{{"), offerText);

        // the offer gate sees the generated letter; the KB draft and the KB; the PKS draft with the case's term
        w.version = view.version();
        w.act("admin", "SEND_OFFER", m());
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        w.act("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"),
                "facts", m("kbSignedOn", today, "kbSignatory", "KEPALA_DAERAH")));
        assertEquals("PENYUSUNAN_PKS", w.stage());
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("termStart", "2027-01-01", "termMonths", 36)));
        Answer pks = generate("opd-dinkes", id, "rancangan-pks", "letters-" + UUID.randomUUID());
        assertEquals(201, pks.status(), pks.raw().body());
        assertEquals("PKS_DRAFT", pks.body().get("documentType"));
        assertEquals(1, ((Number) pks.body().get("version")).intValue());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> missing = (List<Map<String, Object>>) pks.body().get("missing");
        assertTrue(missing.stream().anyMatch(f -> f.get("field").equals("agreementNumber")), missing.toString());
        String pksText = text(download("opd-dinkes", (String) pks.body().get("download")));
        assertTrue(pksText.contains(title), pksText);
        assertTrue(pksText.contains("Universitas Mulawarman") && pksText.contains("Dr. Siti Rahmawati"), pksText);
        assertTrue(pksText.contains("36 (tiga puluh enam) bulan"), pksText);
        assertTrue(pksText.contains("1 Januari 2027") && pksText.contains("31 Desember 2029"), pksText);
        assertTrue(pksText.contains("[…]"), "what the case lacks stays visible");
        for (String clause : List.of("Hak dan Kewajiban", "Jangka Waktu", "Penyelesaian Perselisihan", "Sanksi")) {
            assertTrue(pksText.contains(clause), clause);
        }
        Answer second = generate("admin", id, "rancangan-pks", null);
        assertEquals(2, ((Number) second.body().get("version")).intValue(), "a new request is the next version");
        Map<String, Object> registered = api.view("admin", id).list("documents").stream()
                .filter(d -> d.get("type").equals("PKS_DRAFT") && ((Number) d.get("version")).intValue() == 2)
                .findFirst().orElseThrow();
        assertEquals(second.body().get("sha256"), registered.get("sha256"));
        assertEquals("ADMIN", registered.get("registeredByRole"));
        w.version = api.view("admin", id).version();
        assertEquals("PENANDATANGANAN_PKS", w.act("opd-dinkes", "FINALIZE_PKS_DRAFT", m()).stage(), "the generated draft meets the PKS draft gate");
    }

    @Test
    void adminsUploadTemplatesWithKnownPlaceholdersOnlyKeepVersionsAndResetToTheDefault() throws Exception {
        Answer list = api.get("admin", "/settings/letter-templates");
        assertEquals(200, list.status(), list.raw().body());
        Map<String, Object> jawaban = list.list("items").stream()
                .filter(t -> t.get("name").equals("surat-jawaban")).findFirst().orElseThrow();
        long version = ((Number) jawaban.get("version")).longValue();
        assertEquals(403, api.get("opd-dinkes", "/settings/letter-templates").status());
        assertEquals(404, api.get("admin", "/settings/letter-templates/surat-cinta").status());

        Answer unknown = api.put("admin", "/settings/letter-templates/surat-jawaban", m("version", version,
                "fileName", "jawaban.docx", "contentBase64", base64(docx("Perihal {{title}} {{namaKepalaDinas}} {{nomorSurat}}"))));
        assertEquals(422, unknown.status(), unknown.raw().body());
        List<String> named = unknown.list("errors").stream().map(e -> String.valueOf(e.get("message"))).toList();
        assertTrue(named.stream().anyMatch(s -> s.contains("{{namaKepalaDinas}}")), named.toString());
        assertTrue(named.stream().anyMatch(s -> s.contains("{{nomorSurat}}")), named.toString());
        Answer notDocx = api.put("admin", "/settings/letter-templates/surat-jawaban", m("version", version,
                "fileName", "jawaban.docx", "contentBase64", base64("%PDF-1.7".getBytes())));
        assertEquals(422, notDocx.status());
        assertTrue(notDocx.raw().body().contains("not_a_docx_template"), notDocx.raw().body());

        Answer uploaded = api.put("admin", "/settings/letter-templates/surat-jawaban", m("version", version,
                "fileName", "jawaban.docx", "contentBase64", base64(docx("Jawaban kami untuk {{partnerName}}: {{title}}"))));
        assertEquals(200, uploaded.status(), uploaded.raw().body());
        assertEquals(version + 1, ((Number) uploaded.body().get("version")).longValue());
        assertEquals(true, uploaded.body().get("custom"));
        Answer stale = api.put("admin", "/settings/letter-templates/surat-jawaban", m("version", version,
                "fileName", "jawaban.docx", "contentBase64", base64(docx("{{title}}"))));
        assertEquals(409, stale.status(), "version-conditional");
        Answer current = api.get("admin", "/settings/letter-templates/surat-jawaban");
        assertTrue(text(Base64.getDecoder().decode((String) current.body().get("contentBase64")))
                .contains("Jawaban kami untuk {{partnerName}}"));

        Answer reset = api.post("admin", "/settings/letter-templates/surat-jawaban/reset", m("version", version + 1));
        assertEquals(200, reset.status(), reset.raw().body());
        assertEquals(false, reset.body().get("custom"));
        assertEquals(version + 2, ((Number) reset.body().get("version")).longValue());
        assertTrue(system.s3().listObjectsV2(r -> r.bucket(system.bucketName()).prefix("templates/letters/surat-jawaban/"))
                .contents().stream().anyMatch(o -> o.key().endsWith("/" + (version + 1) + ".docx")),
                "the uploaded version is kept");
        Answer shipped = api.get("admin", "/settings/letter-templates/surat-jawaban");
        assertTrue(text(Base64.getDecoder().decode((String) shipped.body().get("contentBase64")))
                .contains("Jawaban atas Penawaran Kerja Sama"));
    }

    private Answer generate(String user, String id, String template, String key) {
        Map<String, String> headers = new java.util.HashMap<>(api.officer(user));
        if (key != null) {
            headers.put("Idempotency-Key", key);
        }
        return api.send("POST", "/cooperations/" + id + "/letters", m("template", template), headers);
    }

    private static List<Object> names(Answer a) {
        assertEquals(200, a.status(), a.raw().body());
        return a.list("templates").stream().map(t -> t.get("name")).toList();
    }

    private byte[] download(String user, String route) throws Exception {
        Answer link = api.get(user, route);
        assertEquals(200, link.status(), link.raw().body());
        HttpResponse<byte[]> r = WorkflowApi.HTTP.send(HttpRequest.newBuilder(URI.create((String) link.body().get("url")))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    /** The DOCX read back with Apache POI: it must open as a Word document. */
    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static byte[] docx(String paragraph) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
