package id.sikerja.local.template;

import java.util.Locale;
import java.util.Map;

/**
 * The names the local runtime gives to what CloudFormation would name on deployment: the account,
 * the region, and the physical ids of the template's resources ({@code !Ref} / {@code !GetAtt}).
 */
public final class LocalNames {

    public static final String REGION = "ap-southeast-3";
    public static final String ACCOUNT_ID = "000000000000";
    public static final String PARTITION = "aws";
    public static final String URL_SUFFIX = "amazonaws.com";
    public static final String STACK_NAME = "sikerja-local";

    /** Physical ids of the resources the application refers to by name; others get {@link #physicalId}'s default. */
    private static final Map<String, String> PHYSICAL_IDS = Map.of(
            "CasesTable", "sikerja-local",
            "DocumentBucket", "sikerja-documents-local",
            "UserPool", REGION + "_sikerjaLocal",
            "UserPoolClient", "sikerjalocalwebclient",
            "HttpApi", "localapi");

    private LocalNames() {
    }

    /** What {@code !Ref logicalId} gives locally for a resource. */
    public static String physicalId(String logicalId) {
        return PHYSICAL_IDS.getOrDefault(logicalId, STACK_NAME + "-" + logicalId.toLowerCase(Locale.ROOT));
    }

    /**
     * What {@code !GetAtt logicalId.attribute} gives locally, for the attributes the local runtime knows.
     *
     * @param id the resource's physical id (what {@code !Ref} gives)
     */
    public static String attribute(String logicalId, String id, String type, String attribute) {
        String value = switch (type + "." + attribute) {
            case "AWS::DynamoDB::Table.Arn" -> arn("dynamodb", "table/" + id);
            case "AWS::S3::Bucket.Arn" -> "arn:" + PARTITION + ":s3:::" + id;
            case "AWS::S3::Bucket.DomainName" -> id + ".s3." + URL_SUFFIX;
            case "AWS::S3::Bucket.RegionalDomainName" -> id + ".s3." + REGION + "." + URL_SUFFIX;
            case "AWS::Serverless::Function.Arn", "AWS::Lambda::Function.Arn" -> arn("lambda", "function:" + id);
            case "AWS::Cognito::UserPool.Arn" -> arn("cognito-idp", "userpool/" + id);
            case "AWS::Cognito::UserPool.ProviderName" -> "cognito-idp." + REGION + "." + URL_SUFFIX + "/" + id;
            case "AWS::Cognito::UserPool.ProviderURL" -> "https://cognito-idp." + REGION + "." + URL_SUFFIX + "/" + id;
            case "AWS::Logs::LogGroup.Arn" -> arn("logs", "log-group:" + id + ":*");
            case "AWS::IAM::Role.Arn" -> "arn:" + PARTITION + ":iam::" + ACCOUNT_ID + ":role/" + id;
            case "AWS::CloudFront::OriginAccessControl.Id" -> id;
            case "AWS::Events::EventBus.Arn" -> arn("events", "event-bus/" + id);
            case "AWS::Events::EventBus.Name" -> id;
            // locally the web front end is served by the runtime's own web server (its origin is WebOrigin)
            case "AWS::CloudFront::Distribution.DomainName" -> id + ".cloudfront.localhost";
            default -> null;
        };
        if (value == null) {
            throw new TemplateException("no local value for !GetAtt " + logicalId + "." + attribute + " (" + type + ")");
        }
        return value;
    }

    private static String arn(String service, String resource) {
        return "arn:" + PARTITION + ":" + service + ":" + REGION + ":" + ACCOUNT_ID + ":" + resource;
    }
}
