package id.sikerja.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.sikerja.local.TestFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What a Pemda's IT team deploys (issue 15): two stacks share an account and region without a name collision,
 * every resource that takes tags carries the cost-allocation tags, the first admin and Cognito's Indonesian mail
 * come from the template, backups cover the table and the document bucket, the stack can be pointed at a
 * restored table, and a custom domain reaches CloudFront, CORS, Cognito and the links in e-mails.
 */
class DeploymentTemplateTest {

    private static final Template TEMPLATE = Template.load(TestFiles.projectTemplate());
    private static final String DOMAIN = "kerjasama.samarinda.go.id";
    private static final String CERTIFICATE = "arn:aws:acm:us-east-1:123456789012:certificate/abc-123";

    /** Properties (at any depth of maps, and in SAM events) that give a resource a physical name. */
    private static final Set<String> NAME_KEYS = Set.of("BucketName", "TableName", "UserPoolName", "LayerName",
            "Name", "LogGroupName", "BackupVaultName", "BackupPlanName", "SelectionName", "RoleName", "QueueName",
            "TopicName", "EventBusName", "DashboardName", "AlarmName", "ScheduleName", "FunctionName",
            "ManagedPolicyName", "StateMachineName", "RuleName", "ScheduleGroupName", "ApiName");
    /** Names scoped inside their parent resource (a pool's groups, a plan's rules), not the account. */
    private static final Set<String> SCOPED_NAME_KEYS = Set.of("GroupName", "ProviderName", "RuleName", "IndexName");

    @Test
    void everyPhysicalNameContainsTheStackName() {
        LocalResolver resolver = new LocalResolver(TEMPLATE, Map.of("Environment", "prod"));
        Map<String, Object> names = new TreeMap<>();
        TEMPLATE.resources().forEach((id, definition) -> {
            Map<String, Object> resource = Maps.map(definition, id);
            String type = Maps.string(resource, "Type", id);
            Map<String, Object> properties = Maps.mapOrEmpty(resource.get("Properties"), id);
            collectNames(id, type, properties, names);
        });
        assertTrue(names.keySet().stream().anyMatch(n -> n.startsWith("DocumentBucket.")), names.toString());
        assertTrue(names.keySet().stream().anyMatch(n -> n.startsWith("UserPoolDomain.")), names.toString());
        List<String> fixed = new ArrayList<>();
        names.forEach((where, raw) -> {
            String name = resolver.string(raw, where);
            if (!name.contains(LocalNames.STACK_NAME)) {
                fixed.add(where + " = " + name);
            }
        });
        assertEquals(List.of(), fixed, "names another stack (dev beside prod, another Pemda) in the account and region"
                + " would collide with: derive them from ${AWS::StackName}");
    }

    @SuppressWarnings("unchecked")
    private static void collectNames(String path, String type, Map<String, Object> map, Map<String, Object> names) {
        map.forEach((key, value) -> {
            String where = path + "." + key;
            boolean isName = NAME_KEYS.contains(key) && !SCOPED_NAME_KEYS.contains(key)
                    || key.equals("Domain") && type.equals("AWS::Cognito::UserPoolDomain");
            if (isName && !(value instanceof List<?>)) {
                names.put(where, value);
            } else if (value instanceof Map<?, ?> nested && !isIntrinsic((Map<String, Object>) nested)) {
                collectNames(where, type, (Map<String, Object>) nested, names);
            }
        });
    }

    private static boolean isIntrinsic(Map<String, Object> map) {
        return map.size() == 1 && (map.containsKey("Ref") || map.keySet().iterator().next().startsWith("Fn::"));
    }

    /** Type → the property that holds its tags and whether it is a map (SAM, Cognito, Backup) or a list of Key/Value. */
    private static final Map<String, String[]> TAGGABLE = Map.ofEntries(
            Map.entry("AWS::DynamoDB::Table", new String[] {"Tags", "list"}),
            Map.entry("AWS::S3::Bucket", new String[] {"Tags", "list"}),
            Map.entry("AWS::CloudFront::Distribution", new String[] {"Tags", "list"}),
            Map.entry("AWS::Logs::LogGroup", new String[] {"Tags", "list"}),
            Map.entry("AWS::IAM::Role", new String[] {"Tags", "list"}),
            Map.entry("AWS::GuardDuty::MalwareProtectionPlan", new String[] {"Tags", "list"}),
            Map.entry("AWS::SQS::Queue", new String[] {"Tags", "list"}),
            Map.entry("AWS::SNS::Topic", new String[] {"Tags", "list"}),
            Map.entry("AWS::CloudWatch::Alarm", new String[] {"Tags", "list"}),
            Map.entry("AWS::Events::EventBus", new String[] {"Tags", "list"}),
            Map.entry("AWS::Lambda::Function", new String[] {"Tags", "list"}),
            Map.entry("AWS::KMS::Key", new String[] {"Tags", "list"}),
            Map.entry("AWS::CertificateManager::Certificate", new String[] {"Tags", "list"}),
            Map.entry("AWS::Scheduler::ScheduleGroup", new String[] {"Tags", "list"}),
            Map.entry("AWS::Cognito::UserPool", new String[] {"UserPoolTags", "map"}),
            Map.entry("AWS::Backup::BackupVault", new String[] {"BackupVaultTags", "map"}),
            Map.entry("AWS::Backup::BackupPlan", new String[] {"BackupPlanTags", "map"}),
            Map.entry("AWS::Serverless::HttpApi", new String[] {"Tags", "map"}),
            Map.entry("AWS::Serverless::Api", new String[] {"Tags", "map"}),
            Map.entry("AWS::Serverless::StateMachine", new String[] {"Tags", "map"}),
            Map.entry("AWS::Serverless::SimpleTable", new String[] {"Tags", "map"}),
            Map.entry("AWS::ApiGatewayV2::DomainName", new String[] {"Tags", "map"}));
    /** Types CloudFormation cannot tag (or SAM tags through Globals: functions). */
    private static final Set<String> NOT_TAGGABLE = Set.of("AWS::Serverless::Function", "AWS::Serverless::LayerVersion",
            "AWS::Cognito::UserPoolClient", "AWS::Cognito::UserPoolDomain", "AWS::Cognito::UserPoolGroup",
            "AWS::Cognito::UserPoolUser", "AWS::Cognito::UserPoolUserToGroupAttachment",
            "AWS::Cognito::UserPoolIdentityProvider", "AWS::S3::BucketPolicy", "AWS::CloudFront::OriginAccessControl",
            "AWS::Backup::BackupSelection", "AWS::Scheduler::Schedule", "AWS::CloudWatch::Dashboard",
            "AWS::Lambda::Permission", "AWS::Lambda::EventInvokeConfig", "AWS::SNS::Subscription",
            "AWS::SNS::TopicPolicy", "AWS::SQS::QueuePolicy", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy",
            "AWS::Events::Rule", "AWS::Logs::MetricFilter", "AWS::Logs::SubscriptionFilter",
            "AWS::ApiGatewayV2::ApiMapping", "AWS::Route53::RecordSet", "AWS::Route53::RecordSetGroup",
            "AWS::CloudFormation::CustomResource", "AWS::Lambda::Version", "AWS::Lambda::Alias");

    @Test
    void everyResourceThatTakesTagsCarriesTheCostAllocationTags() {
        Map<String, Object> globals = Maps.map(TEMPLATE.globals().get("Function"), "Globals.Function");
        assertCostTags("Globals.Function", Maps.map(globals.get("Tags"), "Globals.Function.Tags"));
        assertEquals(Boolean.TRUE, globals.get("PropagateTags"), "what SAM creates for a function is tagged too");

        List<String> unclassified = new ArrayList<>();
        TEMPLATE.resources().forEach((id, definition) -> {
            Map<String, Object> resource = Maps.map(definition, id);
            String type = Maps.string(resource, "Type", id);
            Map<String, Object> properties = Maps.mapOrEmpty(resource.get("Properties"), id);
            String[] tagging = TAGGABLE.get(type);
            if (tagging == null) {
                if (!NOT_TAGGABLE.contains(type) && !type.startsWith("Custom::")) {
                    unclassified.add(id + " (" + type + ")");
                }
                return;
            }
            Object tags = properties.get(tagging[0]);
            assertTrue(tags != null, id + " (" + type + ") has " + tagging[0]);
            if (tagging[1].equals("map")) {
                assertCostTags(id, Maps.map(tags, id + "." + tagging[0]));
            } else {
                Map<String, Object> asMap = new LinkedHashMap<>();
                for (Object tag : Maps.list(tags, id + ".Tags")) {
                    Map<String, Object> pair = Maps.map(tag, id + ".Tags[]");
                    asMap.put(String.valueOf(pair.get("Key")), pair.get("Value"));
                }
                assertCostTags(id, asMap);
            }
        });
        assertEquals(List.of(), unclassified, "resources of a type this test does not know: tag them (and add the type"
                + " to TAGGABLE) or add the type to NOT_TAGGABLE if CloudFormation cannot tag it");
    }

    private static void assertCostTags(String where, Map<String, Object> tags) {
        assertEquals("SiKerja", tags.get("Application"), where + " Application");
        assertEquals(Map.of("Ref", "Environment"), tags.get("Environment"), where + " Environment");
        assertEquals(Map.of("Ref", "PemdaCode"), tags.get("Pemda"), where + " Pemda");
    }

    @Test
    void theFirstAdminIsInvitedIntoTheAdminGroupWhenItsAddressIsGiven() {
        Map<String, Object> user = TEMPLATE.resource("InitialAdminUser");
        assertEquals("AWS::Cognito::UserPoolUser", user.get("Type"));
        assertEquals("HasInitialAdmin", user.get("Condition"));
        Map<String, Object> attachment = TEMPLATE.resource("InitialAdminInAdminGroup");
        assertEquals("AWS::Cognito::UserPoolUserToGroupAttachment", attachment.get("Type"));
        assertEquals("HasInitialAdmin", attachment.get("Condition"));

        assertFalse(new LocalResolver(TEMPLATE, Map.of()).condition("HasInitialAdmin"), "no user by default");
        LocalResolver resolver = new LocalResolver(TEMPLATE, Map.of("InitialAdminEmail", "kerjasama@samarinda.go.id"));
        assertTrue(resolver.condition("HasInitialAdmin"));
        Map<String, Object> userProperties = resolved(resolver, "InitialAdminUser");
        assertEquals("kerjasama@samarinda.go.id", userProperties.get("Username"));
        assertEquals(List.of("EMAIL"), userProperties.get("DesiredDeliveryMediums"));
        Map<String, Object> group = resolved(resolver, "InitialAdminInAdminGroup");
        assertEquals("admin", resolved(resolver, "AdminGroup").get("GroupName"));
        assertEquals(resolver.physicalId("AdminGroup"), group.get("GroupName"), "!Ref AdminGroup: the admin group");
        assertEquals("kerjasama@samarinda.go.id", group.get("Username"));
    }

    @Test
    void cognitoMailsInIndonesianThroughTheSendersIdentityAndThePoolIsKept() {
        Map<String, Object> pool = TEMPLATE.resource("UserPool");
        assertEquals("Retain", pool.get("DeletionPolicy"));
        assertEquals("Retain", pool.get("UpdateReplacePolicy"));
        assertEquals("ACTIVE", resolved(new LocalResolver(TEMPLATE, Map.of("Environment", "prod")), "UserPool")
                .get("DeletionProtection"));
        Map<String, Object> dev = resolved(new LocalResolver(TEMPLATE, Map.of("Environment", "dev")), "UserPool");
        assertEquals("INACTIVE", dev.get("DeletionProtection"));

        Map<String, Object> email = Maps.map(dev.get("EmailConfiguration"), "EmailConfiguration");
        assertEquals("DEVELOPER", email.get("EmailSendingAccount"));
        assertEquals("arn:aws:ses:ap-southeast-3:000000000000:identity/sikerja.example.go.id", email.get("SourceArn"));
        assertEquals("Si Kerja <no-reply@sikerja.example.go.id>", email.get("From"));
        Map<String, Object> invite = Maps.map(Maps.map(dev.get("AdminCreateUserConfig"), "AdminCreateUserConfig")
                .get("InviteMessageTemplate"), "InviteMessageTemplate");
        String invitation = (String) invite.get("EmailMessage");
        assertTrue(invitation.contains("{username}") && invitation.contains("{####}"), invitation);
        assertTrue(invitation.contains("Kata sandi sementara") && invitation.contains("Pemerintah Kota Contoh"),
                "Indonesian, naming the Pemda: " + invitation);
        Map<String, Object> verification = Maps.map(dev.get("VerificationMessageTemplate"), "Verification");
        assertTrue(((String) verification.get("EmailMessage")).contains("{####}"));
        assertTrue(((String) verification.get("EmailSubject")).contains("Kode verifikasi"));

        for (String id : List.of("CasesTable", "DocumentBucket", "BackupVault")) {
            assertEquals("Retain", TEMPLATE.resource(id).get("DeletionPolicy"), id);
            assertEquals("Retain", TEMPLATE.resource(id).get("UpdateReplacePolicy"), id);
        }
    }

    @Test
    void singleSignOnIsOffUntilAnIssuerIsGiven() {
        assertEquals("HasOidc", TEMPLATE.resource("SingleSignOnProvider").get("Condition"));
        assertEquals(List.of("COGNITO"), resolved(new LocalResolver(TEMPLATE, Map.of()), "UserPoolClient")
                .get("SupportedIdentityProviders"));
        LocalResolver sso = new LocalResolver(TEMPLATE, Map.of("OidcIssuer", "https://sso.samarinda.go.id",
                "OidcClientId", "sikerja", "OidcClientSecret", "s3cret"));
        assertEquals(List.of("COGNITO", sso.physicalId("SingleSignOnProvider")),
                resolved(sso, "UserPoolClient").get("SupportedIdentityProviders"));
        Map<String, Object> provider = resolved(sso, "SingleSignOnProvider");
        assertEquals("OIDC", provider.get("ProviderType"));
        assertEquals("https://sso.samarinda.go.id",
                Maps.map(provider.get("ProviderDetails"), "ProviderDetails").get("oidc_issuer"));
        assertEquals("true", String.valueOf(Maps.map(TEMPLATE.parameters().get("OidcClientSecret"), "secret")
                .get("NoEcho")), "the secret is never shown");
    }

    @Test
    @SuppressWarnings("unchecked")
    void dailyAndMonthlyBackupsCoverTheTableAndTheVersionedDocumentBucket() {
        LocalResolver resolver = new LocalResolver(TEMPLATE, Map.of());
        Map<String, Object> plan = Maps.map(resolved(resolver, "BackupPlan").get("BackupPlan"), "BackupPlan");
        List<Object> rules = Maps.list(plan.get("BackupPlanRule"), "rules");
        Map<String, Object> byName = new LinkedHashMap<>();
        rules.forEach(rule -> byName.put((String) ((Map<String, Object>) rule).get("RuleName"), rule));
        Map<String, Object> daily = (Map<String, Object>) byName.get("Daily");
        Map<String, Object> monthly = (Map<String, Object>) byName.get("Monthly");
        assertTrue(((String) daily.get("ScheduleExpression")).matches("cron\\(\\d+ \\d+ \\* \\* \\? \\*\\)"), "daily");
        assertEquals("35", String.valueOf(((Map<String, Object>) daily.get("Lifecycle")).get("DeleteAfterDays")));
        assertTrue(((String) monthly.get("ScheduleExpression")).matches("cron\\(\\d+ \\d+ 1 \\* \\? \\*\\)"), "monthly");
        assertEquals("3650", String.valueOf(((Map<String, Object>) monthly.get("Lifecycle")).get("DeleteAfterDays")),
                "kept ArchiveRetentionDays, 10 years by default");
        Map<String, Object> archive = Maps.map(resolved(new LocalResolver(TEMPLATE,
                Map.of("ArchiveRetentionDays", "1000")), "BackupPlan").get("BackupPlan"), "BackupPlan");
        Map<String, Object> longRule = (Map<String, Object>) Maps.list(archive.get("BackupPlanRule"), "rules").get(1);
        assertEquals("1000", String.valueOf(((Map<String, Object>) longRule.get("Lifecycle")).get("DeleteAfterDays")),
                "the archive period is the parameter's");

        Map<String, Object> selection = Maps.map(resolved(resolver, "BackupSelection").get("BackupSelection"), "s");
        assertEquals(List.of("arn:aws:dynamodb:ap-southeast-3:000000000000:table/sikerja-local",
                "arn:aws:s3:::" + resolver.physicalId("DocumentBucket")), selection.get("Resources"));
        Map<String, Object> versioning = Maps.map(resolved(resolver, "DocumentBucket")
                .get("VersioningConfiguration"), "versioning");
        assertEquals("Enabled", versioning.get("Status"), "S3 backups need versioning");
        List<Object> policies = Maps.list(resolved(resolver, "BackupRole").get("ManagedPolicyArns"), "policies");
        for (String policy : List.of("service-role/AWSBackupServiceRolePolicyForBackup",
                "service-role/AWSBackupServiceRolePolicyForRestores", "AWSBackupServiceRolePolicyForS3Backup",
                "AWSBackupServiceRolePolicyForS3Restore")) {
            assertTrue(policies.contains("arn:aws:iam::aws:policy/" + policy), policy);
        }
    }

    @Test
    void aRestoredTableTakesOverEveryFunctionsTableAndEveryPermissionOnIt() {
        assertEquals(Set.of("sikerja-local"), tablesUsed(new LocalResolver(TEMPLATE, Map.of())));
        assertEquals(Set.of("sikerja-restored-2026-12-01"),
                tablesUsed(new LocalResolver(TEMPLATE, Map.of("TableName", "sikerja-restored-2026-12-01"))));
    }

    /** The tables every function's TABLE_NAME and every DynamoDB ARN of the template's IAM and backups name. */
    private static Set<String> tablesUsed(LocalResolver resolver) {
        Set<String> tables = new java.util.TreeSet<>();
        SamApplication.read(resolver).functions().forEach(f -> tables.add(f.environment().get("TABLE_NAME")));
        // every permission a function has, and what the backups select
        TEMPLATE.resourcesOfType("AWS::Serverless::Function").forEach((id, properties) ->
                collectTables(resolver.resolve(properties.get("Policies")), tables));
        TEMPLATE.resourcesOfType("AWS::Backup::BackupSelection").forEach((id, properties) -> collectTables(
                resolver.resolve(Maps.map(properties.get("BackupSelection"), id).get("Resources")), tables));
        assertFalse(tables.isEmpty());
        return tables;
    }

    private static void collectTables(Object value, Set<String> tables) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectTables(v, tables));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectTables(v, tables));
        } else if (value instanceof String text && text.contains(":dynamodb:")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(":table/([^/]+)").matcher(text);
            assertTrue(m.find(), text);
            tables.add(m.group(1));
        }
    }

    @Test
    void aCustomDomainReachesCloudFrontCorsCognitoAndTheLinksInMails() {
        LocalResolver plain = new LocalResolver(TEMPLATE, Map.of());
        Map<String, Object> config = Maps.map(resolved(plain, "WebDistribution").get("DistributionConfig"), "c");
        assertNull(config.get("Aliases"), "no alias without a domain");
        assertNull(config.get("ViewerCertificate"), "CloudFront's own certificate without a domain");

        LocalResolver custom = new LocalResolver(TEMPLATE, Map.of("WebDomainName", DOMAIN,
                "WebCertificateArn", CERTIFICATE));
        config = Maps.map(resolved(custom, "WebDistribution").get("DistributionConfig"), "c");
        assertEquals(List.of(DOMAIN), config.get("Aliases"));
        Map<String, Object> certificate = Maps.map(config.get("ViewerCertificate"), "ViewerCertificate");
        assertEquals(CERTIFICATE, certificate.get("AcmCertificateArn"));
        assertEquals("sni-only", certificate.get("SslSupportMethod"));

        String origin = "https://" + DOMAIN;
        SamApplication application = SamApplication.read(custom);
        application.functions().forEach(f -> assertEquals(origin, f.environment().get("WEB_BASE_URL"), f.logicalId()));
        assertTrue(application.httpApi().cors().allowOrigins().contains(origin), "CORS");
        Map<String, Object> client = resolved(custom, "UserPoolClient");
        assertTrue(Maps.list(client.get("CallbackURLs"), "callbacks").contains(origin + "/auth/callback"));
        assertTrue(Maps.list(client.get("LogoutURLs"), "logout").contains(origin + "/"));
        Map<String, Object> bucketCors = Maps.map(resolved(custom, "DocumentBucket").get("CorsConfiguration"), "cors");
        assertTrue(String.valueOf(bucketCors.get("CorsRules")).contains(origin), "uploads from the domain");

        // an explicit WebOrigin still wins (e.g. the local runtime's web server)
        LocalResolver explicit = new LocalResolver(TEMPLATE, Map.of("WebDomainName", DOMAIN,
                "WebCertificateArn", CERTIFICATE, "WebOrigin", "http://localhost:5173"));
        SamApplication.read(explicit).functions().forEach(f ->
                assertEquals("http://localhost:5173", f.environment().get("WEB_BASE_URL"), f.logicalId()));
    }

    private static Map<String, Object> resolved(LocalResolver resolver, String id) {
        Object properties = resolver.resolve(TEMPLATE.resource(id).get("Properties"));
        if (properties == null) {
            fail(id + " has no properties");
        }
        return Maps.map(properties, id + ".Properties");
    }
}
