package id.sikerja.local.auth;

import com.sun.net.httpserver.HttpServer;
import id.sikerja.adapters.cognito.CognitoUserDirectory;
import id.sikerja.core.users.NewUser;
import id.sikerja.core.users.OfficerGroup;
import id.sikerja.core.users.UserAccount;
import id.sikerja.core.users.UserDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The users function's Cognito adapter against the local stand-in, through the real SDK client (endpoint override),
 * as the users function reaches it in the local runtime: the stand-in speaks the JSON protocol well enough that the
 * SDK's own paging, timestamps and exceptions work.
 */
class CognitoStandInTest {

    private static final String POOL = "ap-southeast-3_local";

    private final LocalUserPool pool = new LocalUserPool(POOL, List.of("admin", "tkksd", "opd", "pimpinan"),
            DemoUser.seeded(), Clock.systemUTC());
    private HttpServer server;
    private CognitoIdentityProviderClient client;
    private CognitoUserDirectory directory;

    @BeforeEach
    void start() throws IOException {
        CognitoStandIn standIn = new CognitoStandIn(pool);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                CognitoStandIn.Answer answer = standIn.handle(exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                        in.readAllBytes());
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", CognitoStandIn.CONTENT_TYPE);
                exchange.sendResponseHeaders(answer.status(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        client = CognitoIdentityProviderClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/_local/cognito"))
                .region(Region.of("ap-southeast-3"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        directory = new CognitoUserDirectory(client, POOL);
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void createsFindsChangesAndDisablesAnAccount() {
        UserAccount created = directory.create(new NewUser("budi@dinkes.example.go.id", "Budi", OfficerGroup.OPD,
                "DINKES"));
        assertNotEquals("budi@dinkes.example.go.id", created.username(), "the user name is a sub, as with e-mail sign-in");
        assertEquals("FORCE_CHANGE_PASSWORD", created.status());
        assertNotNull(created.createdAt());
        assertEquals(List.of(OfficerGroup.OPD), directory.find(created.username()).orElseThrow().groups());
        assertEquals(created.username(), directory.findByEmail("budi@dinkes.example.go.id").orElseThrow().username());
        assertThrows(UserDirectory.AlreadyExists.class, () -> directory.create(
                new NewUser("budi@dinkes.example.go.id", "Budi", OfficerGroup.OPD, "DINKES")));

        directory.addToGroup(created.username(), OfficerGroup.TKKSD);
        directory.removeFromGroup(created.username(), OfficerGroup.OPD);
        directory.setDepartment(created.username(), "DISHUB");
        UserAccount changed = directory.find(created.username()).orElseThrow();
        assertEquals(List.of(OfficerGroup.TKKSD), changed.groups());
        assertEquals("DISHUB", changed.department());
        directory.setDepartment(created.username(), null);
        assertNull(directory.find(created.username()).orElseThrow().department());

        directory.setEnabled(created.username(), false);
        assertFalse(directory.find(created.username()).orElseThrow().enabled());
        assertFalse(pool.enabled(created.username()), "the local sign-in sees the same account");
        directory.setEnabled(created.username(), true);
        assertTrue(directory.find(created.username()).orElseThrow().enabled());
        assertTrue(directory.find("no-such-user").isEmpty());
    }

    @Test
    void listsEveryAccountAcrossPagesWithItsGroups() {
        IntStream.range(0, 70).forEach(i -> directory.create(new NewUser("staf" + i + "@example.go.id", "Staf " + i,
                OfficerGroup.OPD, "DINKES")));
        List<UserAccount> all = directory.all();
        assertEquals(75, all.size(), "the five seeded users and 70 more: two pages of ListUsers and of ListUsersInGroup");
        assertEquals(72, all.stream().filter(u -> u.groups().contains(OfficerGroup.OPD)).count());
        UserAccount admin = all.stream().filter(u -> u.email().equals("admin@sikerja.local")).findFirst().orElseThrow();
        assertEquals(List.of(OfficerGroup.ADMIN), admin.groups());
        assertEquals("5a1e7c2d-0001-4c6b-9b1e-000000000001", admin.username());
    }

    @Test
    void anotherPoolOrAnUnknownGroupIsRefusedAsCognitoDoes() {
        CognitoUserDirectory other = new CognitoUserDirectory(client, "ap-southeast-3_other");
        UserDirectory.Unavailable failure = assertThrows(UserDirectory.Unavailable.class, other::all);
        assertInstanceOf(ResourceNotFoundException.class, failure.getCause());
    }
}
