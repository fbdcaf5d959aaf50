package tickler.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.Flyway;
import tickler.activity.Activity;
import tickler.activity.ActivityKind;
import tickler.activity.Participant;
import tickler.activity.Role;

/**
 * A sales team's store written straight into the H2 file the service opens: {@code leads}
 * clients of ten salespeople over {@code months} months, about {@code activities} activities, a
 * fifth of them noise (newsletters, notifications, colleagues writing to each other). Each lead
 * is a conversation: the client or the salesperson writes first, replies go back and forth,
 * some calls, now and then a budget, a proposal attached or a won tag.
 */
final class TeamStore {

    static final int SALESPEOPLE = 10;
    private static final int BATCH = 1_000;
    private static final String[] WORDS = ("website app design budget launch screen payment timeline estimate "
            + "contract call review feedback demo prototype sprint release team users analytics").split(" ");

    private final Random random;
    private final Instant now;
    private final int months;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private long written;

    TeamStore(long seed, Instant now, int months) {
        this.random = new Random(seed);
        this.now = now;
        this.months = months;
    }

    /** Migrates the database at {@code jdbcUrl} and fills it; answers how many activities were written. */
    long write(String jdbcUrl, String user, String password, int leads, int activities) throws SQLException {
        Flyway.configure().dataSource(jdbcUrl, user, password).locations("classpath:db/migration").load().migrate();
        int perLead = Math.max(2, activities * 4 / 5 / leads);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO activity (activity_key, kind, occurred_at, fingerprint, data) VALUES (?, ?, ?, ?, ?)")) {
                List<Activity> pending = new ArrayList<>();
                for (int lead = 0; lead < leads; lead++) {
                    List<Activity> conversation = lead(lead, perLead / 2 + random.nextInt(perLead + 1));
                    pending.addAll(conversation);
                    for (int i = 0; i < conversation.size() / 4; i++) {
                        pending.add(noise());
                    }
                    if (pending.size() >= BATCH) {
                        insert(connection, insert, pending);
                    }
                }
                insert(connection, insert, pending);
            }
        }
        return written;
    }

    private void insert(Connection connection, PreparedStatement insert, List<Activity> pending) throws SQLException {
        for (Activity activity : pending) {
            String data = write(activity);
            insert.setString(1, activity.key());
            insert.setString(2, activity.kind().name());
            insert.setTimestamp(3, Timestamp.from(activity.at()));
            insert.setString(4, sha256(data));
            insert.setString(5, data);
            insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
        written += pending.size();
        pending.clear();
    }

    static String salesperson(int index) {
        return "seller" + index + "@teamsell.io";
    }

    private List<Activity> lead(int lead, int count) {
        String owner = salesperson(lead % SALESPEOPLE);
        String domain = "client" + lead + (lead % 3 == 0 ? ".ru" : ".com");
        String contact = "buyer" + lead + "@" + domain;
        String name = "Buyer " + lead + " (Client " + lead + " Ltd)";
        long spanMinutes = Duration.ofDays(30L * months).toMinutes();
        Instant start = now.minus(Duration.ofMinutes((long) (random.nextDouble() * spanMinutes)));
        boolean outbound = random.nextInt(4) == 0;
        List<Activity> activities = new ArrayList<>();
        Instant at = start;
        for (int i = 0; i < count; i++) {
            at = at.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 5)));
            if (at.isAfter(now)) {
                break;
            }
            boolean fromOwner = (i % 2 == 0) == outbound;
            String key = "bench-" + lead + "-" + i;
            if (i > 0 && random.nextInt(8) == 0) {
                activities.add(new Activity("evt:" + key + "/" + at, ActivityKind.EVENT, at, at.plus(Duration.ofMinutes(45)),
                        false, "Call with " + domain + (random.nextInt(20) == 0 ? " #won" : ""), sentence(),
                        List.of(new Participant(Role.ORGANIZER, owner, null), new Participant(Role.ATTENDEE, contact, name)),
                        Set.of(), null, List.of(), Map.of(), "primary", false, at.minus(Duration.ofDays(2)), null, "bench"));
            } else {
                String text = sentence() + (random.nextInt(10) == 0 ? " Our budget is $" + (10 + random.nextInt(90)) + "k." : "");
                activities.add(new Activity("msg:" + key + "@bench", ActivityKind.MESSAGE, at, null, false,
                        (i == 0 ? "" : "Re: ") + "Project for " + domain, text,
                        fromOwner
                                ? List.of(new Participant(Role.FROM, owner, null), new Participant(Role.TO, contact, name))
                                : List.of(new Participant(Role.FROM, contact, name), new Participant(Role.TO, owner, null)),
                        fromOwner ? Set.of("Sent") : Set.of("Inbox"), Long.toHexString(lead),
                        random.nextInt(15) == 0 && fromOwner ? List.of("proposal.pdf") : List.of(),
                        Map.of(), null, false, null, null, "bench"));
            }
        }
        return activities;
    }

    private Activity noise() {
        Instant at = now.minus(Duration.ofMinutes((long) (random.nextDouble() * Duration.ofDays(30L * months).toMinutes())));
        String owner = salesperson(random.nextInt(SALESPEOPLE));
        String key = "msg:noise-" + written + "-" + random.nextLong() + "@bench";
        return switch (random.nextInt(3)) {
            case 0 -> new Activity(key, ActivityKind.MESSAGE, at, null, false, "Weekly digest", sentence(),
                    List.of(new Participant(Role.FROM, "news@digest" + random.nextInt(50) + ".com", "Digest"),
                            new Participant(Role.TO, owner, null)),
                    Set.of("Inbox"), null, List.of(), Map.of("List-Id", "<weekly.digest.com>", "List-Unsubscribe", "<mailto:unsubscribe@digest.com>"),
                    null, false, null, null, "bench");
            case 1 -> new Activity(key, ActivityKind.MESSAGE, at, null, false, "Your invoice is ready", sentence(),
                    List.of(new Participant(Role.FROM, "no-reply@service" + random.nextInt(20) + ".com", null),
                            new Participant(Role.TO, owner, null)),
                    Set.of("Inbox"), null, List.of(), Map.of("Auto-Submitted", "auto-generated"), null, false, null, null, "bench");
            default -> new Activity(key, ActivityKind.MESSAGE, at, null, false, "Team sync", sentence(),
                    List.of(new Participant(Role.FROM, owner, null),
                            new Participant(Role.TO, salesperson(random.nextInt(SALESPEOPLE)), null)),
                    Set.of("Sent"), null, List.of(), Map.of(), null, false, null, null, "bench");
        };
    }

    private String sentence() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12 + random.nextInt(40); i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private String write(Activity activity) {
        try {
            return json.writeValueAsString(activity);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
