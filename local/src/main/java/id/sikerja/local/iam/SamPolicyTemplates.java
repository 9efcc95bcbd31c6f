package id.sikerja.local.iam;

import id.sikerja.local.template.LocalNames;
import id.sikerja.local.template.TemplateException;
import java.util.List;
import java.util.Map;

/**
 * SAM's policy templates for the services the stand-ins serve, expanded as SAM expands them
 * (aws/serverless-application-model, {@code samtranslator/policy_templates_data/policy_templates.json}): the same
 * actions on the same resources. A template not listed here makes the runtime refuse to start rather than grant
 * something SAM would not (add it here, from SAM's file, when the template starts using it).
 */
final class SamPolicyTemplates {

    private static final String TABLE = "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/";
    private static final String BUCKET = "arn:${AWS::Partition}:s3:::";
    private static final String IDENTITY = "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/";

    private SamPolicyTemplates() {
    }

    /** The statements of {@code name} with these parameters (already resolved: {@code TableName}, ...). */
    static List<Object> expand(String name, Map<String, Object> parameters) {
        return switch (name) {
            case "DynamoDBCrudPolicy" -> table(parameters, List.of("dynamodb:GetItem", "dynamodb:DeleteItem",
                    "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:UpdateItem",
                    "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem", "dynamodb:DescribeTable",
                    "dynamodb:ConditionCheckItem"), true);
            case "DynamoDBReadPolicy" -> table(parameters, List.of("dynamodb:GetItem", "dynamodb:Scan",
                    "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable"), true);
            case "DynamoDBWritePolicy" -> table(parameters, List.of("dynamodb:PutItem", "dynamodb:UpdateItem",
                    "dynamodb:BatchWriteItem"), false);
            case "S3ReadPolicy" -> bucket(parameters, List.of("s3:GetObject", "s3:ListBucket",
                    "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"));
            case "S3WritePolicy" -> bucket(parameters, List.of("s3:PutObject", "s3:PutObjectAcl",
                    "s3:PutLifecycleConfiguration"));
            // note: no s3:DeleteObjectVersion, no tagging
            case "S3CrudPolicy" -> bucket(parameters, List.of("s3:GetObject", "s3:ListBucket",
                    "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl",
                    "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", "s3:DeleteObject"));
            case "SESCrudPolicy" -> identity(parameters, List.of("ses:GetIdentityVerificationAttributes",
                    "ses:SendEmail", "ses:SendRawEmail", "ses:VerifyEmailIdentity"));
            case "SESSendBouncePolicy" -> identity(parameters, List.of("ses:SendBounce"));
            default -> throw new TemplateException("the local runtime does not know SAM's policy template " + name
                    + ": add its expansion to " + SamPolicyTemplates.class.getName());
        };
    }

    private static List<Object> table(Map<String, Object> parameters, List<String> actions, boolean indexes) {
        String table = TABLE + parameter(parameters, "TableName");
        return List.of(Map.of("Effect", "Allow", "Action", actions, "Resource",
                indexes ? List.of(local(table), local(table + "/index/*")) : List.of(local(table))));
    }

    private static List<Object> bucket(Map<String, Object> parameters, List<String> actions) {
        String bucket = BUCKET + parameter(parameters, "BucketName");
        return List.of(Map.of("Effect", "Allow", "Action", actions, "Resource",
                List.of(local(bucket), local(bucket + "/*"))));
    }

    private static List<Object> identity(Map<String, Object> parameters, List<String> actions) {
        return List.of(Map.of("Effect", "Allow", "Action", actions, "Resource",
                List.of(local(IDENTITY + parameter(parameters, "IdentityName")))));
    }

    private static String parameter(Map<String, Object> parameters, String name) {
        Object value = parameters.get(name);
        if (value == null) {
            throw new TemplateException("SAM policy template parameter " + name + " is missing");
        }
        return String.valueOf(value);
    }

    private static String local(String arn) {
        return arn.replace("${AWS::Partition}", LocalNames.PARTITION).replace("${AWS::Region}", LocalNames.REGION)
                .replace("${AWS::AccountId}", LocalNames.ACCOUNT_ID);
    }
}
