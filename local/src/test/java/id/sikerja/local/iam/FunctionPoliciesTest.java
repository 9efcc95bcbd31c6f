package id.sikerja.local.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.LocalRuntime;
import id.sikerja.local.template.LocalResolver;
import id.sikerja.local.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The template's IAM statements as the local stand-ins enforce them: what each function may do on the table, its
 * indexes, the bucket's keys and the sending identity, and what it may not (the answer AWS gives).
 */
class FunctionPoliciesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TABLE = "arn:aws:dynamodb:ap-southeast-3:000000000000:table/sikerja-local";
    private static final String BUCKET = "/sikerja-local-documents-000000000000-ap-southeast-3";

    private final LocalResolver resolver = new LocalResolver(
            Template.load(LocalRuntime.findRepositoryRoot().resolve("template.yaml")), Map.of());
    private final Enforcer enforcer = Enforcer.read(resolver, "local");

    private Optional<Enforcer.Denial> dynamo(String function, String operation, String body) {
        return enforcer.check(Enforcer.Service.DYNAMODB, "POST", "/", null, Map.of(
                "Authorization", List.of(authorization(function)),
                "X-Amz-Target", List.of("DynamoDB_20120810." + operation)), body.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Enforcer.Denial> s3(String function, String method, String path, String query) {
        return enforcer.check(Enforcer.Service.S3, method, BUCKET + path, query,
                Map.of("Authorization", List.of(authorization(function))), new byte[0]);
    }

    private static String authorization(String function) {
        return "AWS4-HMAC-SHA256 Credential=" + FunctionPolicies.accessKeyId(function)
                + "/20261207/ap-southeast-3/dynamodb/aws4_request, SignedHeaders=host, Signature=00";
    }

    @Test
    void onlyTheReminderFunctionQueriesTheDueDateIndex() throws Exception {
        String gsi2 = "{\"TableName\":\"sikerja-local\",\"IndexName\":\"GSI2\",\"KeyConditionExpression\":\"GSI2PK = :d\","
                + "\"ExpressionAttributeValues\":{\":d\":{\"S\":\"DUE#2026-12-07\"}}}";
        assertTrue(dynamo("ReminderFunction", "Query", gsi2).isEmpty());
        Enforcer.Denial denied = dynamo("OfficerReadsFunction", "Query", gsi2).orElseThrow();
        assertEquals(400, denied.status());
        JsonNode body = JSON.readTree(denied.body());
        assertEquals("com.amazonaws.dynamodb.v20120810#AccessDeniedException", body.get("__type").asText());
        assertEquals("User: arn:aws:sts::000000000000:assumed-role/sikerja-local-OfficerReadsFunctionRole-local/"
                + "sikerja-local-officerreadsfunction is not authorized to perform: dynamodb:Query on resource: "
                + TABLE + "/index/GSI2 because no identity-based policy allows the dynamodb:Query action",
                body.get("message").asText());
        // the officers' reads use GSI1 only, and never the table itself
        assertTrue(dynamo("OfficerReadsFunction", "Query", gsi2.replace("GSI2", "GSI1")).isEmpty());
        assertTrue(dynamo("OfficerReadsFunction", "GetItem",
                "{\"TableName\":\"sikerja-local\",\"Key\":{\"PK\":{\"S\":\"CASE#1\"},\"SK\":{\"S\":\"META\"}}}")
                .isPresent());
    }

    @Test
    void aTransactionIsAuthorisedItemByItem() {
        String transaction = "{\"TransactItems\":[{\"Put\":{\"TableName\":\"sikerja-local\",\"Item\":{\"PK\":{\"S\":\"A\"}}}},"
                + "{\"Delete\":{\"TableName\":\"sikerja-local\",\"Key\":{\"PK\":{\"S\":\"A\"}}}}]}";
        assertTrue(dynamo("WorkflowFunction", "TransactWriteItems", transaction).isEmpty());
        Enforcer.Denial denied = dynamo("IntakeFunction", "TransactWriteItems", transaction).orElseThrow();
        assertEquals("dynamodb:DeleteItem", denied.action(), "intake may put and update, not delete");
    }

    @Test
    void theRegistryReadsTheDepartmentDirectoryAndNoOtherItem() {
        assertTrue(dynamo("PublicRegistryFunction", "GetItem", "{\"TableName\":\"sikerja-local\","
                + "\"Key\":{\"PK\":{\"S\":\"SETTINGS#DEPARTMENTS\"},\"SK\":{\"S\":\"LIST\"}}}").isEmpty());
        assertTrue(dynamo("PublicRegistryFunction", "GetItem", "{\"TableName\":\"sikerja-local\","
                + "\"Key\":{\"PK\":{\"S\":\"CASE#123\"},\"SK\":{\"S\":\"META\"}}}").isPresent(),
                "dynamodb:LeadingKeys limits it to SETTINGS#DEPARTMENTS");
    }

    @Test
    void deletingAnObjectVersionNeedsItsOwnPermission() throws Exception {
        assertTrue(s3("DocumentReceivedFunction", "DELETE", "/incoming/u1/a.pdf", "versionId=v1").isEmpty());
        assertTrue(s3("DocumentReceivedFunction", "DELETE", "/documents/u1/a.pdf", "versionId=v1").isEmpty());
        Enforcer.Denial denied = s3("DocumentsFunction", "DELETE", "/incoming/u1/a.pdf", "versionId=v1")
                .orElseThrow();
        assertEquals(403, denied.status());
        String xml = new String(denied.body(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<Code>AccessDenied</Code>"), xml);
        assertTrue(xml.contains("s3:DeleteObjectVersion on resource: arn:aws:s3:::sikerja-local-documents-"
                + "000000000000-ap-southeast-3/incoming/u1/a.pdf"), xml);
        // the documents function signs uploads under incoming/ and downloads under documents/, nothing else
        assertTrue(s3("DocumentsFunction", "PUT", "/incoming/u1/a.pdf", null).isEmpty());
        assertTrue(s3("DocumentsFunction", "PUT", "/documents/u1/a.pdf", null).isPresent());
        assertTrue(s3("DocumentsFunction", "GET", "/documents/u1/a.pdf", null).isEmpty());
        assertTrue(s3("DocumentsFunction", "GET", "/incoming/u1/a.pdf", null).isPresent());
    }

    @Test
    void aPresignedUrlActsAsTheFunctionThatSignedIt() {
        String query = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + FunctionPolicies.accessKeyId(
                "DocumentsFunction") + "%2F20261207%2Fap-southeast-3%2Fs3%2Faws4_request&X-Amz-Signature=00";
        assertTrue(enforcer.check(Enforcer.Service.S3, "PUT", BUCKET + "/incoming/u1/a.pdf", query, Map.of(),
                new byte[0]).isEmpty());
        assertTrue(enforcer.check(Enforcer.Service.S3, "PUT", BUCKET + "/documents/u1/a.pdf", query, Map.of(),
                new byte[0]).isPresent());
        assertTrue(enforcer.check(Enforcer.Service.S3, "GET", BUCKET + "/documents/u1/a.pdf", null, Map.of(),
                new byte[0]).isPresent(), "no credential: anonymous, refused");
        // the browser's CORS preflight before the PUT: S3 answers it from the bucket's CORS rules, not IAM
        assertTrue(enforcer.check(Enforcer.Service.S3, "OPTIONS", BUCKET + "/incoming/u1/a.pdf", query, Map.of(
                "Origin", List.of("http://localhost:5173"), "Access-Control-Request-Method", List.of("PUT")),
                new byte[0]).isEmpty());
    }

    @Test
    void onlyTheMailingFunctionsSendAsTheSenderIdentity() throws Exception {
        byte[] mail = "{\"FromEmailAddress\":\"Si Kerja <noreply@sikerja.example.go.id>\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, List<String>> intake = Map.of("Authorization", List.of(authorization("IntakeFunction")));
        assertTrue(enforcer.check(Enforcer.Service.SES, "POST", "/v2/email/outbound-emails", null, intake, mail)
                .isEmpty());
        Enforcer.Denial denied = enforcer.check(Enforcer.Service.SES, "POST", "/v2/email/outbound-emails", null,
                Map.of("Authorization", List.of(authorization("DocumentsFunction"))), mail).orElseThrow();
        assertEquals(403, denied.status());
        assertEquals("AccessDeniedException", denied.headers().get("x-amzn-ErrorType"));
        assertTrue(JSON.readTree(denied.body()).get("message").asText().contains("ses:SendEmail"));
        byte[] other = "{\"FromEmailAddress\":\"x@elsewhere.example\"}".getBytes(StandardCharsets.UTF_8);
        assertTrue(enforcer.check(Enforcer.Service.SES, "POST", "/v2/email/outbound-emails", null, intake, other)
                .isPresent(), "not the template's identity");
    }

    @Test
    void theStandInsOwnKeyIsNotRestricted() {
        assertTrue(enforcer.check(Enforcer.Service.DYNAMODB, "POST", "/", null, Map.of(
                "Authorization", List.of("AWS4-HMAC-SHA256 Credential=local/20261207/ap-southeast-3/dynamodb/aws4_request"),
                "X-Amz-Target", List.of("DynamoDB_20120810.DeleteTable")), "{\"TableName\":\"sikerja-local\"}"
                .getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void samPolicyTemplatesExpandAsSamDoes() {
        Policy crud = new Policy(List.of());
        List<Object> statements = SamPolicyTemplates.expand("S3CrudPolicy", Map.of("BucketName", "b"));
        @SuppressWarnings("unchecked")
        List<String> actions = (List<String>) ((Map<String, Object>) statements.get(0)).get("Action");
        assertTrue(actions.contains("s3:DeleteObject"));
        assertFalse(actions.contains("s3:DeleteObjectVersion"), "SAM's S3CrudPolicy has no DeleteObjectVersion");
        assertFalse(crud.allows("s3:GetObject", "arn:aws:s3:::b/k", Map.of()), "no statement: implicit deny");
        Statement wildcard = new Statement("", true, List.of("dynamodb:Get*"), false,
                List.of(TABLE + "/index/*"), false, Map.of());
        assertTrue(wildcard.matches("dynamodb:getitem", TABLE + "/index/GSI1", Map.of()));
        assertFalse(wildcard.matches("dynamodb:GetItem", TABLE, Map.of()));
    }
}
