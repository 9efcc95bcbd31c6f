package id.sikerja.local.aws;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where the AWS services the functions use are reached locally (the stand-ins, or LocalStack), in the
 * region and with the static credentials they accept.
 */
public record AwsEndpoints(URI dynamoDb, URI s3, URI sesV2, String region, String accessKeyId,
        String secretAccessKey) {

    /**
     * The environment variables through which the AWS SDK (v2, and the other SDKs and the CLI) finds these
     * endpoints, region and credentials by itself.
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDb.toString());
        environment.put("AWS_ENDPOINT_URL_S3", s3.toString());
        environment.put("AWS_ENDPOINT_URL_SESV2", sesV2.toString());
        environment.put("AWS_REGION", region);
        environment.put("AWS_DEFAULT_REGION", region);
        environment.put("AWS_ACCESS_KEY_ID", accessKeyId);
        environment.put("AWS_SECRET_ACCESS_KEY", secretAccessKey);
        return environment;
    }

    public DynamoDbClient dynamoDbClient() {
        return DynamoDbClient.builder()
                .endpointOverride(dynamoDb)
                .region(Region.of(region))
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /** An S3 client with path-style addressing (bucket names are not resolvable host names locally). */
    public S3Client s3Client() {
        return S3Client.builder()
                .endpointOverride(s3)
                .region(Region.of(region))
                .credentialsProvider(credentials())
                .forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    private StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    }
}
