package tickler.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import tickler.lead.LeadService;
import tickler.store.Database;

/**
 * Monthly reports. A finished month's report is written once (on the 1st, or at the first run
 * after it) and kept as an immutable snapshot: a diary of what was known then. Any month can be
 * computed anew on demand; the current month is always computed live.
 */
@ApplicationScoped
public class ReportService {

    @ConfigMapping(prefix = "tickler.reports")
    public interface ReportConfig {
        /** Write each finished month's report as a snapshot (checked hourly). */
        @WithDefault("true")
        boolean snapshots();
    }

    private final LeadService leads;
    private final Database database;
    private final ObjectMapper json;
    private final Clock clock;
    private final ReportConfig config;

    ReportService(LeadService leads, Database database, ObjectMapper json, Clock clock, ReportConfig config) {
        this.config = config;
        this.leads = leads;
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    /** The kept snapshot of a month if there is one, else the report computed now. */
    public MonthlyReport monthly(YearMonth month) {
        return snapshot(month).orElseGet(() -> compute(month));
    }

    public MonthlyReport compute(YearMonth month) {
        return new MonthlyReports().build(month, leads.activities(), leads.inference(leads.activities()),
                leads.zone(), clock.instant());
    }

    /** The last finished month, in the owner's time zone. */
    public YearMonth lastFinishedMonth() {
        return YearMonth.from(clock.instant().atZone(leads.zone())).minusMonths(1);
    }

    /** Writes the snapshot of the last finished month unless it is written already. */
    @Scheduled(every = "1h", delayed = "30s")
    public void writeDueSnapshot() {
        YearMonth month = lastFinishedMonth();
        if (config.snapshots() && snapshot(month).isEmpty() && leads.activities().stream().findAny().isPresent()) {
            MonthlyReport report = compute(month);
            database.inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO monthly_report (report_month, generated_at, data) VALUES (?, ?, ?)")) {
                    insert.setString(1, month.toString());
                    insert.setTimestamp(2, Timestamp.from(report.generatedAt()));
                    insert.setString(3, write(report));
                    return insert.executeUpdate();
                }
            });
            Log.infof("Monthly report for %s written", month);
        }
    }

    /** Forgets every snapshot, e.g. those written from the demo when the user's own data arrives. */
    public void clearSnapshots() {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM monthly_report")) {
                return delete.executeUpdate();
            }
        });
    }

    public Optional<MonthlyReport> snapshot(YearMonth month) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT data FROM monthly_report WHERE report_month = ?")) {
                select.setString(1, month.toString());
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(read(result.getString(1))) : Optional.empty();
                }
            }
        });
    }

    private String write(MonthlyReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report cannot be stored", e);
        }
    }

    private MonthlyReport read(String data) {
        try {
            return json.readValue(data, MonthlyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored report cannot be read", e);
        }
    }
}
