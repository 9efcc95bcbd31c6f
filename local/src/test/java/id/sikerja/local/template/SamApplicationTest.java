package id.sikerja.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sikerja.local.TestFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamApplicationTest {

    @Test
    void readsTheProjectsFunctionsRoutesAndApi() {
        SamApplication application = read(Template.load(TestFiles.projectTemplate()),
                Map.of("WebOrigin", "http://localhost:5173"));

        FunctionSpec intake = application.functions().get(0);
        assertEquals("IntakeFunction", intake.logicalId());
        assertEquals("id.sikerja.intake.IntakeHandler", intake.handlerClass());
        assertEquals("handleRequest", intake.handlerMethod());
        assertEquals(20, intake.timeoutSeconds());
        assertEquals(1024, intake.memoryMb());
        assertEquals("sikerja-local", intake.environment().get("TABLE_NAME"));
        assertEquals("http://localhost:5173", intake.environment().get("WEB_BASE_URL"));
        assertEquals("no-reply@sikerja.example.go.id", intake.environment().get("MAIL_FROM"));
        assertEquals("Asia/Makassar", intake.environment().get("PEMDA_ZONE"));

        assertEquals(List.of("POST /proposals", "GET /track/{trackingCode}"),
                application.routes().stream().map(RouteSpec::routeKey).toList().subList(0, 2));
        assertEquals(List.of("POST /proposals", "GET /track/{trackingCode}", "POST /track/{trackingCode}/transitions",
                        // issue 18: the partner records its implementation activities
                        "GET /track/{trackingCode}/activities", "POST /track/{trackingCode}/activities",
                        "PUT /track/{trackingCode}/activities/{activityId}",
                        "GET /settings/departments", "GET /track/{trackingCode}/comments",
                        "POST /track/{trackingCode}/comments", "PUT /track/{trackingCode}/comments/{commentId}",
                        "POST /track/{trackingCode}/uploads",
                        "GET /track/{trackingCode}/documents/{type}/{version}",
                        // issue 16: an entry's files are public as the entry is (served by the documents function)
                        "GET /potentials/{id}/attachments/{documentId}",
                        "GET /registry", "GET /registry/{id}", "GET /registry/export", "GET /stats",
                        "GET /verify/{sha256}",
                        // issue 16: the public catalogue of departments' potentials and needs
                        "GET /potentials", "GET /potentials/{id}", "GET /potentials/export",
                        // issue 16 (h16-link): how many proposals answer an entry, and its public agreements
                        "GET /potentials/{id}/answers"),
                application.routes().stream().filter(route -> route.authorizer() == null).map(RouteSpec::routeKey)
                        .toList(), "only the partner's routes, the department directory's read and the public registry's are public");
        application.routes().stream().filter(route -> route.authorizer() != null)
                .forEach(route -> assertEquals("CognitoJwt", route.authorizer(), route.routeKey()));

        HttpApiSpec api = application.httpApi();
        assertEquals("HttpApi", api.logicalId());
        // the WebOrigin parameter and the CloudFront distribution that hosts web/ (a placeholder domain locally)
        assertEquals(List.of("http://localhost:5173", "https://sikerja-local-webdistribution.cloudfront.localhost"),
                api.cors().allowOrigins());
        assertEquals(600, api.cors().maxAge());
        HttpApiSpec.JwtAuthorizer jwt = api.authorizers().get("CognitoJwt");
        assertEquals("https://cognito-idp.ap-southeast-3.amazonaws.com/ap-southeast-3_sikerjaLocal", jwt.issuer());
        assertEquals(List.of("sikerjalocalwebclient"), jwt.audiences());
        assertEquals("authorization", jwt.identityHeader());
    }

    @Test
    @SuppressWarnings("unchecked")
    void throttlesEveryRouteMoreSoThePublicWritesAndReservesEachFunctionsConcurrency() {
        Template template = Template.load(TestFiles.projectTemplate());
        LocalResolver resolver = new LocalResolver(template, Map.of());
        SamApplication application = SamApplication.read(resolver);
        Map<String, Object> api = (Map<String, Object>) resolver.resolve(template.resource("HttpApi").get("Properties"));
        Map<String, Object> defaults = (Map<String, Object>) api.get("DefaultRouteSettings");
        assertEquals("50", String.valueOf(defaults.get("ThrottlingRateLimit")));
        assertEquals("100", String.valueOf(defaults.get("ThrottlingBurstLimit")));

        // every anonymous route that writes has its own, tighter limit; the limits name routes that exist
        Map<String, Object> perRoute = (Map<String, Object>) api.get("RouteSettings");
        List<String> publicWrites = application.routes().stream()
                .filter(route -> route.authorizer() == null && !route.method().equals("GET"))
                .map(RouteSpec::routeKey).toList();
        assertEquals(List.of("POST /proposals", "POST /track/{trackingCode}/transitions",
                        "POST /track/{trackingCode}/activities", "PUT /track/{trackingCode}/activities/{activityId}",
                        "POST /track/{trackingCode}/comments", "PUT /track/{trackingCode}/comments/{commentId}",
                        "POST /track/{trackingCode}/uploads"),
                publicWrites);
        assertEquals(java.util.Set.copyOf(publicWrites), perRoute.keySet());
        for (String route : publicWrites) {
            Map<String, Object> limits = (Map<String, Object>) perRoute.get(route);
            assertEquals("2", String.valueOf(limits.get("ThrottlingRateLimit")), route);
            assertEquals("10", String.valueOf(limits.get("ThrottlingBurstLimit")), route);
        }

        // each function reserves its concurrency (parameters), so one abused function cannot starve the others
        Map<String, String> reserved = new java.util.TreeMap<>();
        for (FunctionSpec function : application.functions()) {
            Map<String, Object> properties = (Map<String, Object>) resolver.resolve(
                    template.resource(function.logicalId()).get("Properties"));
            reserved.put(function.logicalId(), String.valueOf(properties.get("ReservedConcurrentExecutions")));
        }
        Map<String, String> expected = new java.util.HashMap<>(Map.of("IntakeFunction", "10",
                "PublicRegistryFunction", "20", "WorkflowFunction", "20",
                "DocumentsFunction", "20", "OfficerReadsFunction", "20", "ReportsFunction", "20",
                "PreferencesFunction", "20", "ReminderFunction", "5", "DocumentReceivedFunction", "5",
                "UsersFunction", "20"));
        expected.putAll(Map.of("EventRelayFunction", "5", "MigrationFunction", "5"));
        expected.put("LettersFunction", "20"); // issue 17
        assertEquals(expected, reserved);
        LocalResolver unreserved = new LocalResolver(template, Map.of("ReserveConcurrency", "false"));
        assertFalse(((Map<String, Object>) unreserved.resolve(template.resource("IntakeFunction").get("Properties")))
                .containsKey("ReservedConcurrentExecutions"), "an account with a low concurrency limit reserves none");

        // the daily caps of POST /proposals reach the intake function from parameters
        FunctionSpec intake = application.functions().stream().filter(f -> f.logicalId().equals("IntakeFunction"))
                .findFirst().orElseThrow();
        assertEquals("5", intake.environment().get("PROPOSAL_DAILY_LIMIT_PER_ADDRESS"));
        assertEquals("30", intake.environment().get("PROPOSAL_DAILY_LIMIT_PER_SOURCE_IP"));
        assertEquals("3", SamApplication.read(new LocalResolver(template, Map.of("ProposalDailyLimitPerAddress", "3")))
                .functions().get(0).environment().get("PROPOSAL_DAILY_LIMIT_PER_ADDRESS"));
    }

    @Test
    void readsTheS3EventOfTheDocumentReceivedFunction() {
        LocalResolver resolver = new LocalResolver(Template.load(TestFiles.projectTemplate()), Map.of());
        SamApplication application = SamApplication.read(resolver);
        FunctionSpec received = application.functions().stream()
                .filter(f -> f.logicalId().equals("DocumentReceivedFunction")).findFirst().orElseThrow();
        S3EventSpec event = received.s3Events().get(0);
        String bucket = "sikerja-local-documents-000000000000-ap-southeast-3";
        assertEquals(bucket, event.bucket(), "the name the template gives the bucket");
        assertEquals(bucket, resolver.physicalId("DocumentBucket"));
        assertEquals(bucket, received.environment().get("DOCUMENT_BUCKET"));
        assertEquals(List.of("s3:ObjectCreated:*", "s3:ObjectTagging:Put"), event.events());
        assertEquals("incoming/", event.prefix());
        assertTrue(event.matches(bucket, "ObjectCreated:Put", "incoming/case/c/d"));
        assertTrue(event.matches(bucket, "ObjectTagging:Put", "incoming/new/d"));
        assertFalse(event.matches(bucket, "ObjectCreated:Copy", "documents/case/c/d"), "its own copies");
        assertFalse(event.matches(bucket, "ObjectRemoved:Delete", "incoming/case/c/d"));
        assertFalse(event.matches("another-bucket", "ObjectCreated:Put", "incoming/case/c/d"));
        assertTrue(application.functions().stream().filter(f -> !f.equals(received))
                .allMatch(f -> f.s3Events().isEmpty()));
    }

    @Test
    void appliesTheDefaultAuthorizerAndGlobals() {
        SamApplication application = read(Template.load(TestFiles.testTemplate()), Map.of());
        Map<String, RouteSpec> routes = new java.util.LinkedHashMap<>();
        application.routes().forEach(route -> routes.put(route.routeKey(), route));
        assertNull(routes.get("GET /echo/{id}").authorizer());
        assertEquals("CognitoJwt", routes.get("POST /echo/{proxy+}").authorizer());
        assertEquals(List.of("sikerja/admin"), routes.get("GET /scoped").scopes());
        assertEquals("ANY /behave/{what}", routes.get("ANY /behave/{what}").routeKey());

        FunctionSpec echo = application.functions().get(0);
        assertEquals(5, echo.timeoutSeconds());
        assertEquals(Map.of("TABLE_NAME", "sikerja-local-testtable", "WEB_BASE_URL", "http://localhost:5173",
                "GREETING", "hello from ap-southeast-3"), echo.environment());
        assertEquals(1, application.functions().get(1).timeoutSeconds());
        assertEquals(Map.of("TABLE_NAME", "sikerja-local-testtable", "WEB_BASE_URL", "http://localhost:5173",
                "GREETING", "hello from ap-southeast-3"), application.sharedEnvironment());
    }

    @Test
    void functionsSettingOneVariableDifferentlyCannotShareTheGateway() {
        SamApplication application = read(Template.parse("""
                Resources:
                  One:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::handleRequest
                      Environment: {Variables: {MODE: fast, SAME: x}}
                  Two:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.C::handleRequest
                      Environment: {Variables: {MODE: slow, SAME: x}}
                """), Map.of());
        TemplateException conflict = assertThrows(TemplateException.class, application::sharedEnvironment);
        assertTrue(conflict.getMessage().contains("One and Two set MODE"), conflict.getMessage());
    }

    @Test
    void refusesWhatItCannotEmulate() {
        assertThrows(TemplateException.class, () -> read(Template.parse("""
                Resources:
                  One:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::handleRequest
                      Environment: {Variables: {AWS_REGION: eu-west-1}}
                """), Map.of()).sharedEnvironment(), "reserved variable");
        assertThrows(TemplateException.class, () -> read(Template.parse("""
                Resources:
                  One:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::handleRequest
                      Events:
                        Get:
                          Type: HttpApi
                          Properties: {Path: /x, Method: GET, PayloadFormatVersion: '1.0'}
                """), Map.of()), "payload format 1.0");
        assertThrows(TemplateException.class, () -> read(Template.parse("""
                Resources:
                  One:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::handleRequest
                      Events:
                        Get:
                          Type: HttpApi
                          Properties: {Path: /x, Method: GET, Auth: {Authorizer: Missing}}
                """), Map.of()), "unknown authorizer");
    }

    /** Deployed without a custom domain, links in e-mails and the API's CORS name the stack's CloudFront URL. */
    @Test
    void withoutACustomOriginTheWebIsTheStacksCloudFrontUrl() {
        SamApplication application = read(Template.load(TestFiles.projectTemplate()), Map.of());
        String cloudFront = "https://sikerja-local-webdistribution.cloudfront.localhost";
        application.functions().forEach(f -> assertEquals(cloudFront, f.environment().get("WEB_BASE_URL"),
                f.logicalId()));
        assertEquals(List.of(cloudFront), application.httpApi().cors().allowOrigins(), "no empty origin is allowed");
    }

    private static SamApplication read(Template template, Map<String, String> parameters) {
        return SamApplication.read(new LocalResolver(template, parameters));
    }
}
