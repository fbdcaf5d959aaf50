package tickler.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import tickler.activity.Activity;
import tickler.activity.ActivityStore;
import tickler.activity.Chronology;
import tickler.lead.LeadInference;
import tickler.lead.LeadService;
import tickler.store.Database;

/**
 * Monthly reports and their versions. A finished month's report is written once (on the 1st, or
 * at the first run after it) and kept as an immutable snapshot: a diary of what was known then.
 * "Regenerate" adds a version computed now and keeps the older ones. A finished month shows its
 * latest version (computed now while it has none); the current month is always computed live.
 */
@ApplicationScoped
public class ReportService {

    @ConfigMapping(prefix = "tickler.reports")
    public interface ReportConfig {
        /** Write each finished month's report as a snapshot (checked hourly). */
        @WithDefault("true")
        boolean snapshots();

        /** How long a share link works unless its creator says otherwise; unset: until revoked. */
        Optional<Duration> linkExpiry();

        /**
         * How many finished months, counted back from the last, are computed in the background before
         * anyone opens them (and again after a change touches them), so that opening one costs nothing;
         * the current month is computed there once after each change too. 0: each is computed when first opened.
         */
        @WithDefault("36")
        int computeAhead();
    }

    private final LeadService leads;
    private final ActivityStore activities;
    /**
     * Months computed live, by month and owner's zone, with the store version they were computed
     * at, so that a month costs its inference once, not on every view: a finished month stays
     * valid while no change touches its period or an earlier one, the current month while nothing
     * changes at all (an event created now for next month makes a lead maturing at its end).
     */
    private final Map<ZonedMonth, Computed> computed = new ConcurrentHashMap<>();
    private final Database database;
    private final ObjectMapper json;
    private final Clock clock;
    private final ReportConfig config;

    private record ZonedMonth(YearMonth month, ZoneId zone) {
    }

    private record Computed(long version, MonthlyReport report) {
    }

    ReportService(LeadService leads, ActivityStore activities, Database database, ObjectMapper json, Clock clock,
                  ReportConfig config) {
        this.activities = activities;
        this.config = config;
        this.leads = leads;
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What a month's page shows.
     *
     * @param version  the kept version shown, or null for the report computed now
     * @param versions every kept version of the month, oldest first
     */
    public record Shown(MonthlyReport report, Integer version, List<ReportVersion> versions) {
        public boolean live() {
            return version == null;
        }
    }

    /** A finished month's latest version if it has one, else the report computed now. */
    public MonthlyReport monthly(YearMonth month) {
        return show(month, null).orElseThrow().report();
    }

    /**
     * The month as shown: the kept version asked for (empty when there is no such version), else its
     * latest version when the month is finished and has one, else the report computed now.
     */
    public Optional<Shown> show(YearMonth month, Integer version) {
        List<ReportVersion> versions = versions(month);
        if (version != null) {
            return versions.stream().filter(v -> v.number() == version).findFirst()
                    .map(v -> new Shown(v.report(), v.number(), versions));
        }
        if (isFinished(month) && !versions.isEmpty()) {
            ReportVersion latest = versions.get(versions.size() - 1);
            return Optional.of(new Shown(latest.report(), latest.number(), versions));
        }
        return Optional.of(new Shown(compute(month), null, versions));
    }

    /** The month computed from the activities as they are, kept until a change touches it. */
    public MonthlyReport compute(YearMonth month) {
        return kept(month).orElseGet(() -> {
            LeadService.Versioned known = leads.upToDateActivities();
            MonthlyReport report = computeFrom(month, known.activities());
            computed.put(new ZonedMonth(month, leads.zone()), new Computed(known.version(), report));
            return report;
        });
    }

    /** The month computed earlier, while no change has touched it since. */
    private Optional<MonthlyReport> kept(YearMonth month) {
        ZoneId zone = leads.zone();
        Computed kept = computed.get(new ZonedMonth(month, zone));
        if (kept == null) {
            return Optional.empty();
        }
        boolean valid = isFinished(month)
                ? !activities.earliestChangeSince(kept.version()).isBefore(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
                : activities.version() == kept.version();
        return valid ? Optional.of(kept.report()) : Optional.empty();
    }

    /**
     * Computes the finished months nobody has opened yet, or that a change has touched since, in the
     * background: a month's report reads the leads as of its end, which costs seconds on a team's
     * store, and the person opening it should not wait for that. Oldest first, so that the decisions
     * kept last are those of the last finished month, which the current month's report reads too.
     */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void computeAhead() {
        computeAhead(config.computeAhead());
    }

    /** @return how many months were computed */
    int computeAhead(int months) {
        List<Activity> held = months == 0 ? List.of() : leads.activities();
        if (held.isEmpty()) {
            return 0;
        }
        YearMonth first = YearMonth.from(held.get(0).at().atZone(leads.zone()));
        YearMonth last = lastFinishedMonth();
        long started = System.nanoTime();
        int computedNow = 0;
        for (YearMonth month = last.minusMonths(months - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
            // A month with a kept version shows that version, not a computation.
            if (!month.isBefore(first) && kept(month).isEmpty() && versions(month).isEmpty()) {
                compute(month);
                computedNow++;
            }
        }
        compute(currentMonth());
        if (computedNow > 0) {
            Log.infof("Reports of %d finished months computed ahead in %.1f s", computedNow, (System.nanoTime() - started) / 1e9);
        }
        return computedNow;
    }

    private MonthlyReport computeNow(YearMonth month) {
        return computeFrom(month, leads.activities());
    }

    /** Reads the month before from its report while that is kept, rather than inferring the leads as of its end again. */
    private MonthlyReport computeFrom(YearMonth month, List<Activity> all) {
        MonthlyReports reports = new MonthlyReports();
        LeadInference inference = leads.inference(all);
        return kept(month.minusMonths(1))
                .map(before -> reports.build(month, all, inference, leads.zone(), clock.instant(), before))
                .orElseGet(() -> reports.build(month, all, inference, leads.zone(), clock.instant()));
    }

    /** The last finished month, in the owner's time zone. */
    public YearMonth lastFinishedMonth() {
        return currentMonth().minusMonths(1);
    }

    public boolean isFinished(YearMonth month) {
        return month.isBefore(currentMonth());
    }

    private YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(leads.zone()));
    }

    /** Writes the snapshot of the last finished month unless it is written already. */
    @Scheduled(every = "1h", delayed = "30s")
    public void writeDueSnapshot() {
        YearMonth month = lastFinishedMonth();
        boolean written = versions(month).stream().anyMatch(v -> v.writtenBy() == ReportVersion.WrittenBy.MONTH_END);
        if (config.snapshots() && !written && leads.activities().stream().findAny().isPresent()) {
            add(month, ReportVersion.WrittenBy.MONTH_END);
            Log.infof("Monthly report for %s written", month);
        }
    }

    /** Computes the month now and keeps it as its next version; the older versions stay. */
    public ReportVersion regenerate(YearMonth month) {
        return add(month, ReportVersion.WrittenBy.REQUEST);
    }

    private ReportVersion add(YearMonth month, ReportVersion.WrittenBy writtenBy) {
        MonthlyReport report = computeNow(month);
        String data = write(report);
        return database.inTransaction(connection -> {
            int number = lastNumber(connection, month) + 1;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO report_version "
                    + "(report_month, version_number, written_by, generated_at, data) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, month.toString());
                insert.setInt(2, number);
                insert.setString(3, writtenBy.name());
                insert.setTimestamp(4, Timestamp.from(report.generatedAt()));
                insert.setString(5, data);
                insert.executeUpdate();
            }
            return new ReportVersion(month.toString(), number, writtenBy, report.generatedAt(), report);
        });
    }

    private static int lastNumber(Connection connection, YearMonth month) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(version_number) FROM report_version WHERE report_month = ?")) {
            select.setString(1, month.toString());
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** Forgets every version and every share link, e.g. those of the demo when the user's own data arrives. */
    public void clearSnapshots() {
        database.inTransaction(connection -> {
            try (PreparedStatement links = connection.prepareStatement("DELETE FROM share_link");
                 PreparedStatement versions = connection.prepareStatement("DELETE FROM report_version")) {
                return links.executeUpdate() + versions.executeUpdate();
            }
        });
    }

    /** The latest kept version of a month. */
    public Optional<MonthlyReport> snapshot(YearMonth month) {
        List<ReportVersion> versions = versions(month);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1).report());
    }

    public Optional<MonthlyReport> version(YearMonth month, int number) {
        return versions(month).stream().filter(v -> v.number() == number).map(ReportVersion::report).findFirst();
    }

    /** A month's kept versions with their reports, oldest first. */
    public List<ReportVersion> versions(YearMonth month) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT version_number, written_by, "
                    + "generated_at, data FROM report_version WHERE report_month = ? ORDER BY version_number")) {
                select.setString(1, month.toString());
                List<ReportVersion> versions = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        versions.add(new ReportVersion(month.toString(), result.getInt(1),
                                ReportVersion.WrittenBy.valueOf(result.getString(2)),
                                result.getTimestamp(3).toInstant(), read(result.getString(4))));
                    }
                }
                return versions;
            }
        });
    }

    /** Every kept version of every month, without the reports, newest month first. */
    public List<ReportVersion> allVersions() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT report_month, version_number, "
                    + "written_by, generated_at FROM report_version ORDER BY report_month DESC, version_number")) {
                List<ReportVersion> versions = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        versions.add(new ReportVersion(result.getString(1), result.getInt(2),
                                ReportVersion.WrittenBy.valueOf(result.getString(3)),
                                result.getTimestamp(4).toInstant(), null));
                    }
                }
                return versions;
            }
        });
    }

    /** Months with activity or a kept version, up to the current month, newest first. */
    public List<YearMonth> months() {
        YearMonth current = currentMonth();
        TreeSet<YearMonth> months = new TreeSet<>(Comparator.reverseOrder());
        List<Activity> all = leads.activities();
        // One step per month, found by binary search in the chronological list rather than by reading all of it.
        for (int position = 0; position < all.size(); ) {
            YearMonth month = YearMonth.from(all.get(position).at().atZone(leads.zone()));
            months.add(month);
            position = Chronology.firstNotBefore(all, month.plusMonths(1).atDay(1).atStartOfDay(leads.zone()).toInstant(), "");
        }
        allVersions().forEach(version -> months.add(YearMonth.parse(version.month())));
        return months.stream().filter(month -> !month.isAfter(current)).toList();
    }

    Optional<Duration> defaultLinkExpiry() {
        return config.linkExpiry();
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
