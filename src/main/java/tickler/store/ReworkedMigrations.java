package tickler.store;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.flyway.FlywayDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Migrations whose text changed after they were applied, with nothing but comments changed: before
 * Flyway validates a store, the checksum it recorded for the old text is moved to the new one, so a
 * store written by an earlier release starts. Anything else that differs still fails validation.
 */
public class ReworkedMigrations extends BaseCallback {

    /** Version → {checksum of the text as first released, checksum now}. */
    private static final Map<String, int[]> COMMENTS_ONLY = Map.of(
            // V1's comment cited a design note outside the repository; it now cites docs/definitions.md.
            "1", new int[] {-738_809_948, -383_415_239});

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            moveChecksums(context.getConnection());
        } catch (SQLException e) {
            throw new FlywayException("Could not update the checksums of reworded migrations", e);
        }
    }

    static void moveChecksums(Connection connection) throws SQLException {
        if (!historyExists(connection)) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE \"flyway_schema_history\" SET \"checksum\" = ?"
                + " WHERE \"version\" = ? AND \"checksum\" = ?")) {
            for (Map.Entry<String, int[]> migration : COMMENTS_ONLY.entrySet()) {
                update.setInt(1, migration.getValue()[1]);
                update.setString(2, migration.getKey());
                update.setInt(3, migration.getValue()[0]);
                update.executeUpdate();
            }
        }
    }

    private static boolean historyExists(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return tables.next();
        }
    }

    /** The embedded H2 store. */
    @Singleton
    static class Default implements FlywayConfigurationCustomizer {
        @Override
        public void customize(FluentConfiguration configuration) {
            configuration.callbacks(new ReworkedMigrations());
        }
    }

    /** The PostgreSQL store. */
    @Singleton
    @FlywayDataSource(Database.POSTGRESQL)
    static class Postgresql implements FlywayConfigurationCustomizer {
        @Override
        public void customize(FluentConfiguration configuration) {
            configuration.callbacks(new ReworkedMigrations());
        }
    }
}
