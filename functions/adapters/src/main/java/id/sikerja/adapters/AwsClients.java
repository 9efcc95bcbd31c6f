package id.sikerja.adapters;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.time.Duration;

/**
 * The AWS SDK clients, each built once per container and shared. One HTTP client implementation (URL
 * connection): no Apache, no Netty. Region, credentials and endpoints come from the SDK's standard sources
 * (in Lambda: its environment; locally: the same variables pointing at the stand-ins, e.g.
 * AWS_ENDPOINT_URL_DYNAMODB).
 */
public final class AwsClients {

    private static final SdkHttpClient HTTP = UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(2))
            .socketTimeout(Duration.ofSeconds(10))
            .build();

    private static volatile DynamoDbClient dynamo;
    private static volatile SesV2Client ses;

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
}
