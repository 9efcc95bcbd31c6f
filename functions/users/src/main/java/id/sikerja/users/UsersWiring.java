package id.sikerja.users;

import id.sikerja.adapters.AwsClients;
import id.sikerja.adapters.cognito.CognitoUserDirectory;
import id.sikerja.adapters.dynamo.DynamoDepartmentStore;
import id.sikerja.adapters.dynamo.DynamoDisabledOfficers;
import id.sikerja.adapters.dynamo.DynamoIdempotencyClaims;
import id.sikerja.api.Env;
import id.sikerja.api.HttpFunction;
import id.sikerja.core.settings.DepartmentSettings;
import id.sikerja.core.settings.ShippedDepartments;
import id.sikerja.core.users.UserAdministration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;

/** Builds the users function from its configuration (environment variables set by template.yaml). */
public final class UsersWiring {

    private UsersWiring() {
    }

    public static HttpFunction function(Env env) {
        String table = env.require("TABLE_NAME");
        Clock clock = Clock.systemUTC();
        DynamoDbClient dynamo = AwsClients.dynamo();
        DepartmentSettings departments = new DepartmentSettings(new DynamoDepartmentStore(dynamo, table),
                ShippedDepartments.LIST, clock,
                Duration.ofSeconds(Long.parseLong(env.require("DEPARTMENT_CACHE_SECONDS"))));
        UserAdministration users = new UserAdministration(
                new CognitoUserDirectory(AwsClients.cognito(), env.require("USER_POOL_ID")), departments::directory);
        return new UsersRoutes(users, departments, new DynamoIdempotencyClaims(dynamo, table), clock,
                new DynamoDisabledOfficers(dynamo, table, clock, Duration.ZERO)).function();
    }
}
