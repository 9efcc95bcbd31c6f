package id.sikerja.users;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.adapters.dynamo.DynamoIdempotencyClaims;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.Json;
import id.sikerja.core.settings.Department;
import id.sikerja.core.settings.DepartmentDirectory;
import id.sikerja.core.settings.DepartmentSettings;
import id.sikerja.core.settings.DepartmentStore;
import id.sikerja.core.users.NewUser;
import id.sikerja.core.users.OfficerGroup;
import id.sikerja.core.users.UserAccount;
import id.sikerja.core.users.UserAdministration;
import id.sikerja.core.users.UserDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * POST /users with an Idempotency-Key when the effect (the account in Cognito) is outside the table: a retry of an
 * attempt that died after creating the account finishes it with the first request's group, rather than answering 409;
 * a retry of a finished one replays it; the same address under a new key, or an account older than the claim, is 409.
 */
class UsersFunctionTest {

    private static DynamoDBProxyServer dynamo;
    private static DynamoDbClient client;

    @BeforeAll
    static void start() throws Exception {
        dynamo = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-disableTelemetry", "-port", System.getenv("TEST_DYNAMODB_PORT")});
        dynamo.start();
        client = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        client.createTable(r -> r.tableName(System.getenv("TABLE_NAME")).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("PK").keyType(KeyType.HASH),
                        k -> k.attributeName("SK").keyType(KeyType.RANGE)));
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        dynamo.stop();
    }

    @Test
    void aRetryFinishesAnInvitationWhoseFirstAttemptDiedAfterCreatingTheAccount() {
        Directory directory = new Directory();
        HttpFunction users = function(directory);
        String key = "k-" + UUID.randomUUID();
        String body = "{\"email\":\"budi@dinkes.example.go.id\",\"name\":\"Budi\",\"group\":\"opd\",\"department\":\"DINKES\"}";

        directory.dieAfterCreate = true;
        assertEquals(500, users.apply(post(body, key)).getStatusCode(), "the first attempt dies");
        assertEquals(List.of(), directory.accounts.get(0).groups(), "it created the account but put it in no group");

        APIGatewayV2HTTPResponse retry = users.apply(post(body, key));
        assertEquals(201, retry.getStatusCode(), retry.getBody());
        Map<String, Object> account = Json.readObject(retry.getBody());
        assertEquals("opd", account.get("group"));
        assertEquals(List.of(OfficerGroup.OPD), directory.accounts.get(0).groups(), "the retry finished it");
        assertEquals(1, directory.accounts.size());

        APIGatewayV2HTTPResponse replay = users.apply(post(body, key));
        assertEquals(201, replay.getStatusCode());
        assertEquals("true", replay.getHeaders().get("Idempotent-Replayed"));
        assertEquals(account.get("username"), Json.readObject(replay.getBody()).get("username"));

        int items = items();
        APIGatewayV2HTTPResponse newKey = users.apply(post(body, "k-" + UUID.randomUUID()));
        assertEquals(409, newKey.getStatusCode(), newKey.getBody());
        APIGatewayV2HTTPResponse unlisted = users.apply(post(body.replace("budi@", "ani@").replace("DINKES", "DINSOS"),
                "k-" + UUID.randomUUID()));
        assertEquals(422, unlisted.getStatusCode(), unlisted.getBody());
        assertEquals(items, items(), "a refused request leaves nothing in the table, not even its key's claim");
        APIGatewayV2HTTPResponse reused = users.apply(post(body.replace("Budi\"", "Budi S\""), key));
        assertEquals(422, reused.getStatusCode(), "another body under the same key");
    }

    @Test
    void aRetryDoesNotTakeOverAnAccountThatExistedBeforeTheRequest() {
        Directory directory = new Directory();
        directory.create(new NewUser("siti@dishub.example.go.id", "Siti", OfficerGroup.PIMPINAN, null));
        directory.accounts.set(0, older(directory.accounts.get(0)));
        HttpFunction users = function(directory);
        String key = "k-" + UUID.randomUUID();
        String body = "{\"email\":\"siti@dishub.example.go.id\",\"name\":\"Siti\",\"group\":\"admin\"}";
        directory.unavailable = true;
        assertEquals(503, users.apply(post(body, key)).getStatusCode(), "the first attempt finds Cognito down");
        directory.unavailable = false;
        APIGatewayV2HTTPResponse retry = users.apply(post(body, key));
        assertEquals(409, retry.getStatusCode(), retry.getBody());
        assertEquals(List.of(OfficerGroup.PIMPINAN), directory.accounts.get(0).groups(), "the other account is untouched");
    }

    private static int items() {
        return client.scan(r -> r.tableName(System.getenv("TABLE_NAME"))).count();
    }

    private static UserAccount older(UserAccount a) {
        return new UserAccount(a.username(), a.email(), a.name(), a.groups(), a.department(), a.enabled(), "CONFIRMED",
                Instant.now().minus(Duration.ofDays(30)));
    }

    private static HttpFunction function(UserDirectory directory) {
        DepartmentSettings departments = new DepartmentSettings(new DepartmentStore() {
            @Override
            public Optional<DepartmentDirectory> load() {
                return Optional.empty();
            }

            @Override
            public void save(DepartmentDirectory directory) {
                throw new UnsupportedOperationException();
            }
        }, List.of(new Department("DINKES", "Dinas Kesehatan")), Clock.systemUTC(), Duration.ofMinutes(1));
        return new UsersRoutes(new UserAdministration(directory, departments::directory), departments,
                new DynamoIdempotencyClaims(client, System.getenv("TABLE_NAME")), Clock.systemUTC()).function();
    }

    private static APIGatewayV2HTTPEvent post(String body, String key) {
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setRequestId("req-" + UUID.randomUUID());
        APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = new APIGatewayV2HTTPEvent.RequestContext.Authorizer();
        APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt = new APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT();
        jwt.setClaims(Map.of("sub", "admin-sub", "email", "admin@sikerja.local", "cognito:groups", "[admin]",
                "token_use", "id"));
        authorizer.setJwt(jwt);
        context.setAuthorizer(authorizer);
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        headers.put("idempotency-key", key);
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRouteKey("POST /users");
        event.setRawPath("/users");
        event.setHeaders(headers);
        event.setBody(body);
        event.setRequestContext(context);
        return event;
    }

    /** The user pool in memory; it can die after creating an account, or be unavailable. */
    static final class Directory implements UserDirectory {
        final List<UserAccount> accounts = new ArrayList<>();
        boolean dieAfterCreate;
        boolean unavailable;

        @Override
        public List<UserAccount> all() {
            return List.copyOf(accounts);
        }

        @Override
        public Optional<UserAccount> find(String username) {
            return accounts.stream().filter(a -> a.username().equals(username)).findFirst();
        }

        @Override
        public UserAccount create(NewUser user) {
            if (unavailable) {
                throw new Unavailable(new RuntimeException("down"));
            }
            if (findByEmail(user.email()).isPresent()) {
                throw new AlreadyExists();
            }
            UserAccount created = new UserAccount(UUID.randomUUID().toString(), user.email(), user.name(), List.of(),
                    user.department(), true, "FORCE_CHANGE_PASSWORD", Instant.now());
            accounts.add(created);
            if (dieAfterCreate) {
                dieAfterCreate = false;
                throw new IllegalStateException("the function died before adding the group");
            }
            addToGroup(created.username(), user.group());
            return find(created.username()).orElseThrow();
        }

        @Override
        public Optional<UserAccount> findByEmail(String email) {
            return accounts.stream().filter(a -> a.email().equals(email)).findFirst();
        }

        @Override
        public void addToGroup(String username, OfficerGroup group) {
            update(username, a -> {
                List<OfficerGroup> groups = new ArrayList<>(a.groups());
                groups.add(group);
                return new UserAccount(a.username(), a.email(), a.name(), groups, a.department(), a.enabled(),
                        a.status(), a.createdAt());
            });
        }

        @Override
        public void removeFromGroup(String username, OfficerGroup group) {
            update(username, a -> new UserAccount(a.username(), a.email(), a.name(),
                    a.groups().stream().filter(g -> g != group).toList(), a.department(), a.enabled(), a.status(),
                    a.createdAt()));
        }

        @Override
        public void setDepartment(String username, String department) {
            update(username, a -> new UserAccount(a.username(), a.email(), a.name(), a.groups(), department,
                    a.enabled(), a.status(), a.createdAt()));
        }

        @Override
        public void setEnabled(String username, boolean enabled) {
            update(username, a -> new UserAccount(a.username(), a.email(), a.name(), a.groups(), a.department(),
                    enabled, a.status(), a.createdAt()));
        }

        private void update(String username, java.util.function.UnaryOperator<UserAccount> change) {
            for (int i = 0; i < accounts.size(); i++) {
                if (accounts.get(i).username().equals(username)) {
                    accounts.set(i, change.apply(accounts.get(i)));
                }
            }
        }
    }
}
