package id.sikerja.adapters;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.time.Duration;

/**
 * The AWS SDK clients, each built once per container and shared. One HTTP client implementation (URL
 * connection): no Apache, no Netty. Region, credentials and endpoints come from the SDK's standard sources
 * (in Lambda: its environment; locally: the same variables pointing at the stand-ins, e.g.
 * AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL_S3).
 *
 * <p>S3, SES v2 and Cognito are optional dependencies of this module: only a function that declares S3 (documents)
 * may call {@link #s3} or {@link #s3Presigner}, only one that declares SES v2 (intake, reminders) {@link #ses}, and
 * only the users function {@link #cognito} (locally AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER points it at the
 * local identity provider).
 */
public final class AwsClients {

    private static final SdkHttpClient HTTP = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(2))
            .socketTimeout(Duration.ofSeconds(10))
            .build();

    private static volatile DynamoDbClient dynamo;
    private static volatile SesV2Client ses;
    private static volatile EventBridgeClient eventBridge;
    private static volatile S3Client s3;
    private static volatile S3Presigner s3Presigner;
    private static volatile CognitoIdentityProviderClient cognito;

    private AwsClients() {
    }

    public static DynamoDbClient dynamo() {
        DynamoDbClient c = dynamo;
        if (c == null) {
            synchronized (AwsClients.class) {
                if (dynamo == null) {
                    dynamo = DynamoDbClient.builder().httpClient(HTTP).build();
                }
                c = dynamo;
            }
        }
        return c;
    }

    /** The EventBridge client (domain events, {@code PutEvents}); locally AWS_ENDPOINT_URL_EVENTBRIDGE. */
    public static EventBridgeClient eventBridge() {
        EventBridgeClient c = eventBridge;
        if (c == null) {
            synchronized (AwsClients.class) {
                if (eventBridge == null) {
                    eventBridge = EventBridgeClient.builder().httpClient(HTTP).build();
                }
                c = eventBridge;
            }
        }
        return c;
    }

    public static SesV2Client ses() {
        SesV2Client c = ses;
        if (c == null) {
            synchronized (AwsClients.class) {
                if (ses == null) {
                    ses = SesV2Client.builder().httpClient(HTTP).build();
                }
                c = ses;
            }
        }
        return c;
    }

    /**
     * The S3 client.
     *
     * @param pathStyle address buckets in the path ({@code host/bucket/key}) rather than the host name: what local
     *                  S3 stand-ins serve; in AWS virtual-hosted addressing is used (the first call decides)
     */
    public static S3Client s3(boolean pathStyle) {
        S3Client c = s3;
        if (c == null) {
            synchronized (AwsClients.class) {
                if (s3 == null) {
                    s3 = S3Client.builder().httpClient(HTTP).forcePathStyle(pathStyle).build();
                }
                c = s3;
            }
        }
        return c;
    }

    /** The S3 presigner (it signs locally; no HTTP client), addressed like {@link #s3}. */
    public static S3Presigner s3Presigner(boolean pathStyle) {
        S3Presigner p = s3Presigner;
        if (p == null) {
            synchronized (AwsClients.class) {
                if (s3Presigner == null) {
                    s3Presigner = S3Presigner.builder()
                            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build())
                            .build();
                }
                p = s3Presigner;
            }
        }
        return p;
    }

    /** The Cognito user pool's admin API (officers' accounts). */
    public static CognitoIdentityProviderClient cognito() {
        CognitoIdentityProviderClient c = cognito;
        if (c == null) {
            synchronized (AwsClients.class) {
                if (cognito == null) {
                    cognito = CognitoIdentityProviderClient.builder().httpClient(HTTP).build();
                }
                c = cognito;
            }
        }
        return c;
    }
}
