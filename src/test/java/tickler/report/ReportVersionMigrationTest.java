package tickler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The one-per-month snapshots written before versions existed stay, as each month's version 1. */
class ReportVersionMigrationTest {

    static final String URL = "jdbc:h2:mem:report-version-migration;DB_CLOSE_DELAY=-1";

    static Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, "sa", "").target(target).load();
    }

    @Test
    void aSnapshotKeptBeforeBecomesVersionOneWrittenAtMonthEnd() throws SQLException {
        flyway("3").migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO monthly_report (report_month, generated_at, data) "
                    + "VALUES ('2026-01', TIMESTAMP WITH TIME ZONE '2026-02-01 03:00:00+00', '{\"month\":\"2026-01\"}')");
        }
        flyway("latest").migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT report_month, version_number, written_by, data FROM report_version")) {
            rows.next();
            assertEquals("2026-01", rows.getString(1));
            assertEquals(1, rows.getInt(2));
            assertEquals(ReportVersion.WrittenBy.MONTH_END.name(), rows.getString(3));
            assertEquals("{\"month\":\"2026-01\"}", rows.getString(4));
            assertFalse(rows.next());
        }
    }
}
