package id.sikerja.reminders;

import id.sikerja.api.SpringFunctionHandler;

import java.util.Map;

/**
 * Lambda handler of the data migrations: {@code id.sikerja.reminders.MigrationHandler::handleRequest}. Invoked by
 * CloudFormation for the template's custom resource {@code DataMigrations} on each deploy that adds a migration, or
 * directly ({@code {}}) to resume one; {@code local/run} invokes it at start.
 */
@SuppressWarnings("rawtypes")
public final class MigrationHandler extends SpringFunctionHandler<Map, Map> {

    public MigrationHandler() {
        super(MigrationApp.class, MigrationApp.FUNCTION, Map.class, Map.class);
    }
}
