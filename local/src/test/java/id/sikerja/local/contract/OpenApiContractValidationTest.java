package id.sikerja.local.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The response validation of the contract tests accepts what the document says and reports everything else. */
class OpenApiContractValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiContract CONTRACT = OpenApiContract.load(OpenApiContract.DOCUMENT);
    private static final String PROBLEM = "application/problem+json; charset=utf-8";

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void acceptsADocumentedProblem() {
        JsonNode body = json("""
                {"type":"https://sikerja.id/problems/not-found","title":"Permohonan tidak ditemukan","status":404,
                 "detail":"Periksa kode pelacakan dan kode akses Anda.","instance":"/track/KS-2026-ABCDEF"}""");
        assertEquals(List.of(), CONTRACT.validate("GET /track/{trackingCode}", 404, PROBLEM, body));
    }

    @Test
    void documentsTheDailyProposalCap() {
        JsonNode body = json("""
                {"type":"https://sikerja.id/problems/too-many-proposals","title":"Terlalu banyak permohonan hari ini",
                 "status":429,"detail":"Batas permohonan hari ini telah tercapai.","instance":"/proposals",
                 "retryAfterSeconds":3600}""");
        assertEquals(List.of(), CONTRACT.validate("POST /proposals", 429, PROBLEM, body));
        assertEquals("status", CONTRACT.validate("GET /registry", 429, PROBLEM, body).get(0).where(),
                "only the anonymous proposal route has a daily cap");
    }

    @Test
    void namesTheMissingMemberAndItsPlace() {
        JsonNode body = json("""
                {"type":"https://sikerja.id/problems/invalid-fields","status":422,
                 "errors":[{"field":"title","pointer":"/title","code":"required"}]}""");
        List<OpenApiContract.Violation> violations = CONTRACT.validate("POST /proposals", 422, PROBLEM, body);
        assertTrue(violations.stream().anyMatch(v -> v.where().isEmpty() && v.message().contains("title")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.where().equals("/errors/0") && v.message().contains("message")),
                violations::toString);
    }

    @Test
    void reportsAnUndocumentedStatusContentTypeOrRoute() {
        JsonNode body = json("{\"message\":\"Unauthorized\"}");
        assertEquals("status", CONTRACT.validate("POST /proposals", 401, "application/json", body).get(0).where());
        assertEquals("content type", CONTRACT.validate("GET /track/{trackingCode}", 404, "text/html", body).get(0).where());
        assertEquals("route", CONTRACT.validate("DELETE /proposals", 200, "application/json", body).get(0).where());
        assertEquals("body", CONTRACT.validate("GET /track/{trackingCode}", 404, PROBLEM, null).get(0).where());
    }

    @Test
    void refusesPersonalDataInThePublicRegistry() {
        String entry = """
                {"id":"c1","title":"Kerja sama air bersih","category":"KSDPK",
                 "parties":[{"name":"Pemerintah Kota Contoh","kind":"PEMDA"},{"name":"PT Air","kind":"BADAN_USAHA"}],
                 "departments":[{"code":"DINKES","name":"DINKES"}],"field":null,"signedOn":"2026-01-05",
                 "startDate":"2026-01-05","endDate":"2027-01-04","status":"BERLAKU","documents":[]%s}""";
        assertEquals(List.of(), CONTRACT.validate("GET /registry/{id}", 200, "application/json",
                json(entry.formatted(""))));
        List<OpenApiContract.Violation> violations = CONTRACT.validate("GET /registry/{id}", 200, "application/json",
                json(entry.formatted(",\"contactPerson\":\"Budi\"")));
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).message().contains("contactPerson"), violations::toString);
    }

    @Test
    void checksFormatsAndEnumerations() {
        JsonNode body = json("""
                {"frequency":"HOURLY","weekday":null,"saved":true}""");
        assertEquals(1, CONTRACT.validate("GET /me/digest-preferences", 200, "application/json", body).size());
        JsonNode badDate = json("""
                {"asOf":"22/11/2026","byStage":{"INTAKE":1},"overdue":0,"dueThisWeek":0,"endingWithin180Days":0,"total":1,
                 "refusedMandatory":0,"responsibleDisabled":0,"withoutActivity":0}""");
        List<OpenApiContract.Violation> violations = CONTRACT.validate("GET /dashboard", 200, "application/json", badDate);
        assertEquals(List.of("/asOf"), violations.stream().map(OpenApiContract.Violation::where).toList());
    }

    @Test
    void aWrongSchemaFailsARealAnswer() {
        // a deliberately wrong document: it says the stage is a number, and references resolve in it as in the real one
        OpenApiContract wrong = OpenApiContract.parse("""
                openapi: 3.1.0
                info: {title: wrong on purpose, version: '1'}
                paths:
                  /proposals:
                    post:
                      responses:
                        '201':
                          description: created
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Submission'}
                components:
                  schemas:
                    Submission:
                      type: object
                      required: [id, stage]
                      properties:
                        id: {type: string}
                        stage: {type: integer}
                """);
        JsonNode answer = json("""
                {"id":"c1","trackingCode":"KS-2026-ABCDEF","accessToken":"t","stage":"INTAKE",
                 "submittedAt":"2026-11-22T01:02:03.456Z","trackingUrl":"http://localhost:5173/track/KS-2026-ABCDEF",
                 "message":"Simpan kode pelacakan"}""");
        List<OpenApiContract.Violation> violations = wrong.validate("POST /proposals", 201, "application/json", answer);
        assertEquals(List.of("/stage"), violations.stream().map(OpenApiContract.Violation::where).toList());
        assertEquals(List.of(), CONTRACT.validate("POST /proposals", 201, "application/json; charset=utf-8", answer));
    }
}
