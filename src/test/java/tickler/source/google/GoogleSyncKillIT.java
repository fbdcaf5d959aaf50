package tickler.source.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tickler.source.google.fake.FakeGoogle;

/**
 * The packaged service killed with SIGKILL in the middle of a full sync, then started again on the
 * same data: it resumes from the committed cursor and ends with every message exactly once.
 * Runs in {@code verify} (failsafe names the packaged jar): {@code ./mvnw -q verify -Dtest='tickler.source.google.**' -Dit.test=GoogleSyncKillIT}.
 */
@EnabledIfSystemProperty(named = "tickler.jar", matches = ".+")
class GoogleSyncKillIT {

    static final int MESSAGES = 4000;
    static final String EMAIL = "killed@example.com";
    // HTTP/1.1 and a timeout on every call: a status call must never wait forever on a service
    // that was just killed and restarted on the same port.
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void aKilledFullSyncResumesAfterRestartWithNothingLostOrDoubled() throws Exception {
        Path jar = Path.of(System.getProperty("tickler.jar")).toAbsolutePath();
        assertTrue(Files.exists(jar), "package first: " + jar);
        Path data = Files.createTempDirectory("tickler-kill");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (FakeGoogle fake = new FakeGoogle()) {
            fake.authorizeAs(EMAIL);
            GoogleKit.mail(fake.user(EMAIL), 0, MESSAGES);

            Process first = start(jar, data, port, fake);
            try {
                waitFor(Duration.ofSeconds(60), () -> status(port) != null);
                connect(port);
                // Kill once several pages are committed and more are on their way: H2 may lose what was
                // committed in the last half second before a kill, so the first pages alone are too few.
                waitFor(Duration.ofSeconds(60), () -> fake.requestCount("POST /batch") >= 25);
                first.destroyForcibly().waitFor();
            } finally {
                first.destroyForcibly();
            }
            long fetchedBeforeKill = fake.requestCount("PART GET /gmail/v1/users/me/messages/");
            assertTrue(fetchedBeforeKill < MESSAGES, "killed mid-way: " + fetchedBeforeKill);

            Process second = start(jar, data, port, fake);
            try {
                waitFor(Duration.ofSeconds(120), () -> {
                    JsonNode s = status(port);
                    return s != null && s.size() == 1 && s.get(0).get("messages").asLong() == MESSAGES
                            && "idle".equals(s.get(0).get("state").asText());
                });
            } finally {
                second.destroy();
                second.waitFor();
            }
            long fetchedAfterRestart = fake.requestCount("PART GET /gmail/v1/users/me/messages/") - fetchedBeforeKill;
            // Batches fetched but not yet committed (or committed within H2's write delay) are read again;
            // a restart from scratch would read all of them.
            assertTrue(fetchedAfterRestart < MESSAGES - GmailSync.BATCH * 5L,
                    "resumed, not restarted: " + fetchedAfterRestart + " fetched after the restart, "
                            + fetchedBeforeKill + " before the kill");
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("tickler"), "sa", "");
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT COUNT(*), COUNT(DISTINCT activity_key) FROM activity WHERE activity_key LIKE 'msg:%'")) {
            r.next();
            assertEquals(MESSAGES, r.getLong(1), "every message once");
            assertEquals(MESSAGES, r.getLong(2));
        }
    }

    private Process start(Path jar, Path data, int port, FakeGoogle fake) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dtickler.data-dir=" + data,
                "-Dtickler.demo.enabled=false",
                "-Dtickler.google.auth-url=" + fake.authUrl(),
                "-Dtickler.google.token-url=" + fake.tokenUrl(),
                "-Dtickler.google.api-root-url=" + fake.root(),
                "-Dtickler.google.client-id=" + FakeGoogle.CLIENT_ID,
                "-Dtickler.google.client-secret=" + FakeGoogle.CLIENT_SECRET,
                "-Dtickler.google.sync-interval=2s",
                // Real pacing would make this test wait a minute for quota it does not test.
                "-Dtickler.google.gmail-units-per-second=100000",
                "-jar", jar.toString()));
        return new ProcessBuilder(command).directory(data.toFile()).redirectErrorStream(true)
                .redirectOutput(data.resolve("service-" + Instant.now().toEpochMilli() + ".log").toFile()).start();
    }

    private void connect(int port) throws Exception {
        HttpResponse<Void> start = http.send(get("http://localhost:" + port + "/connect/google"),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> consent = http.send(get(start.headers().firstValue("Location").orElseThrow()),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> back = http.send(get(consent.headers().firstValue("Location").orElseThrow()),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(303, back.statusCode());
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
    }

    private JsonNode status(int port) {
        try {
            HttpResponse<String> r = http.send(get("http://localhost:" + port + "/api/sync/status"),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? json.readTree(r.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(until), "gave up waiting after " + limit);
            Thread.sleep(100);
        }
    }
}
