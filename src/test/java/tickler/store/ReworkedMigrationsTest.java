package tickler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A store migrated by an earlier release, whose V1 text differed only in a comment, still validates and migrates. */
class ReworkedMigrationsTest {

    private static final String URL = "jdbc:h2:mem:reworded;DB_CLOSE_DELAY=-1";

    @Test
    void aStoreWithTheFirstReleasedChecksumOfV1StillStarts() throws Exception {
        flyway().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            // As an earlier release recorded it.
            c.createStatement().executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = -738809948 WHERE \"version\" = '1'");
        }
        flyway().migrate();
        flyway().validate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
             ResultSet r = c.createStatement().executeQuery("SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '1'")) {
            r.next();
            assertEquals(-383_415_239, r.getInt(1));
        }
    }

    private static Flyway flyway() {
        return Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration")
                .callbacks(new ReworkedMigrations()).load();
    }
}
