package tickler.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The team-scale benchmark (issue 8, item 10), on H2 or ({@code --store postgresql}) a real
 * PostgreSQL started from a jar: writes a team's store straight into a fresh database
 * ({@link TeamStore}), starts the packaged service on it and prints, over HTTP, the board's p50
 * and p95, a lead page's p95, a past month's report cold and warm (and twelve more months' cold), the current month's report, a
 * 50-message import until the board shows it, and the heap after a full GC. Figures, not assertions.
 * By default each finished month is computed when first opened; {@code --compute-ahead 36} runs the
 * service as configured by default, computing them in the background, and measures once that is done.
 *
 * <pre>
 * ./mvnw -q package -DskipTests
 * ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=tickler.bench.TeamBenchmark \
 *     -Dexec.args="--leads 10000 --activities 100000 --months 36 --xmx 4g [--store postgresql] [--record service.jfr]
 *     [--compute-ahead 36]"
 * </pre>
 */
public final class TeamBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final int BOARD_READS = 40;
    private static final int INCREMENTAL_MESSAGES = 50;
    private static final int INCREMENTAL_ROUNDS = 5;
    private static final int LEAD_READS = 40;
    private static final int OTHER_MONTHS_BACK = 30;
    private static final int OLD_CHANGE_BACK = 22;
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    private TeamBenchmark(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        int leads = intArg(args, "--leads", 1_000);
        int activities = intArg(args, "--activities", 100_000);
        int months = intArg(args, "--months", 36);
        String xmx = stringArg(args, "--xmx", "4g");
        int port = intArg(args, "--port", 18_090);
        Path data = Path.of(stringArg(args, "--data-dir", "target/bench-team")).toAbsolutePath();
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the service first: ./mvnw -q package -DskipTests");
        }
        deleteRecursively(data);
        Files.createDirectories(data);

        boolean postgresql = stringArg(args, "--store", "h2").equals("postgresql");
        try (EmbeddedPostgres postgres = postgresql
                ? EmbeddedPostgres.start() : null) {
            String jdbcUrl = postgresql ? postgres.getJdbcUrl("postgres", "postgres") : "jdbc:h2:file:" + data.resolve("tickler");
            String user = postgresql ? "postgres" : "sa";
            String password = postgresql ? "postgres" : "";
            long started = System.nanoTime();
            long written = new TeamStore(8, NOW, months).write(jdbcUrl, user, password, leads, activities);
            System.out.printf("store (%s): %,d leads, %,d activities over %d months written in %.1f s%n",
                    postgresql ? "PostgreSQL" : "H2", leads, written, months, seconds(System.nanoTime() - started));

            int computeAhead = intArg(args, "--compute-ahead", 0);
            List<String> command = new ArrayList<>(List.of("java", "-Xmx" + xmx, "-Dquarkus.http.port=" + port,
                    "-Dtickler.reports.compute-ahead=" + computeAhead,
                    "-Dtickler.data-dir=" + data, "-Dtickler.demo.enabled=false", "-Dtickler.reports.snapshots=false",
                    "-Dtickler.now=" + NOW, "-Dtickler.google.sync-interval=off"));
            if (postgresql) {
                command.addAll(List.of("-Dquarkus.datasource.active=false", "-Dquarkus.datasource.postgresql.active=true",
                        "-Dquarkus.datasource.postgresql.jdbc.url=" + jdbcUrl,
                        "-Dquarkus.datasource.postgresql.username=" + user, "-Dquarkus.datasource.postgresql.password=" + password));
            }
            String recording = stringArg(args, "--record", "");
            if (!recording.isEmpty()) {
                // Where the service's time goes: a flight recording, read with `jfr print` or JDK Mission Control.
                command.add("-XX:FlightRecorderOptions:stackdepth=2048");
                command.add("-XX:StartFlightRecording=filename=" + Path.of(recording).toAbsolutePath() + ",settings=profile");
            }
            command.addAll(List.of("-jar", jar.toString()));
            Process service = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(data.resolve("service.log").toFile()).start();
            try {
                new TeamBenchmark(port).measure(service.pid(), xmx, computeAhead > 0 ? data.resolve("service.log") : null);
            } finally {
                service.destroy();
                service.waitFor();
            }
        }
    }

    /** @param computingAhead the service's log, where it says it computed the finished months ahead; null when it does not */
    private void measure(long pid, String xmx, Path computingAhead) throws Exception {
        awaitReady();
        long first = time("/");
        System.out.printf("heap limit -Xmx%s%nfirst board (computes the pipeline): %.1f s%n", xmx, seconds(first));
        if (computingAhead != null) {
            long waited = System.nanoTime();
            while (!Files.readString(computingAhead).contains("computed ahead")) {
                Thread.sleep(1_000);
            }
            System.out.printf("finished months computed ahead %.1f s after the first board%n", seconds(System.nanoTime() - waited));
        }

        List<Long> board = new ArrayList<>();
        int boardBytes = 0;
        for (int i = 0; i < BOARD_READS; i++) {
            long t0 = System.nanoTime();
            boardBytes = get("/").body().length();
            board.add(System.nanoTime() - t0);
        }
        System.out.printf("board: p50 %.0f ms, p95 %.0f ms (%d reads, %,d characters)%n",
                millis(percentile(board, 50)), millis(percentile(board, 95)), BOARD_READS, boardBytes);
        List<Long> filtered = new ArrayList<>();
        for (int i = 0; i < BOARD_READS; i++) {
            filtered.add(time("/?q=client" + i + "&flag=forgotten"));
        }
        System.out.printf("board searched and filtered: p50 %.0f ms, p95 %.0f ms%n",
                millis(percentile(filtered, 50)), millis(percentile(filtered, 95)));

        JsonNode leads = new ObjectMapper().readTree(get("/api/leads").body());
        List<String> ids = new ArrayList<>();
        leads.forEach(lead -> ids.add(lead.get("id").asText()));
        Collections.shuffle(ids, new Random(8));
        List<Long> leadPages = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(LEAD_READS, ids.size()))) {
            leadPages.add(time("/leads/" + id));
        }
        System.out.printf("lead page: p95 %.0f ms (%d leads on the board)%n", millis(percentile(leadPages, 95)), ids.size());

        YearMonth current = YearMonth.from(NOW.atZone(ZoneOffset.UTC));
        YearMonth past = current.minusMonths(6);
        System.out.printf("report %s (past): %s %.1f s, again %.1f s%n", past,
                computingAhead != null ? "first opened (computed ahead)" : "cold (computed when opened)",
                seconds(time("/reports/monthly/" + past)), seconds(time("/reports/monthly/" + past)));
        System.out.printf("report %s (current): %.2f s, again %.2f s%n", current,
                seconds(time("/reports/monthly/" + current)), seconds(time("/reports/monthly/" + current)));
        System.out.printf("report %s (past) again after the pipeline's recomputation: %.1f s%n", past.minusMonths(1),
                seconds(time("/reports/monthly/" + past.minusMonths(1))));
        // Every other month further back: none has its month before computed, so each infers the leads as of two month ends.
        List<Long> others = new ArrayList<>();
        for (int back = 8; back <= OTHER_MONTHS_BACK; back += 2) {
            others.add(time("/reports/monthly/" + current.minusMonths(back)));
        }
        System.out.printf("reports of %d more past months, every other one from %s back to %s, %s: p50 %.2f s, max %.2f s%n",
                others.size(), current.minusMonths(8), current.minusMonths(OTHER_MONTHS_BACK),
                computingAhead != null ? "computed ahead" : "each cold", seconds(percentile(others, 50)), seconds(percentile(others, 100)));
        // The first change after a start also runs code the JIT has not compiled yet; the next ones are what a day of syncs meets.
        for (int round = 1; round <= INCREMENTAL_ROUNDS; round++) {
            incrementalImport(round);
        }
        oldChange(current);
        System.out.printf("heap after GC: %d MB%n", heapAfterGc(pid));
    }

    /** Fifty new messages of a new lead imported over HTTP: until the import answers (leads recomputed), and until the board shows them. */
    private void incrementalImport(int round) throws IOException, InterruptedException {
        String domain = "incremental-bench" + round + ".com";
        StringBuilder mbox = new StringBuilder();
        for (int i = 0; i < INCREMENTAL_MESSAGES; i++) {
            mbox.append(inquiry("newbuyer" + i + '@' + domain, i % 10, NOW.minus(Duration.ofHours(i + 1)), "incremental-" + round + '-' + i));
        }
        long t0 = System.nanoTime();
        importMbox(mbox.toString());
        long answered = System.nanoTime() - t0;
        while (!get("/?q=" + domain).body().contains("data-key=\"" + domain + "\"")) {
            Thread.sleep(10);
        }
        long shown = System.nanoTime() - t0;
        System.out.printf("%d new messages imported over HTTP (change %d): answered in %.2f s, on the board in %.2f s%n",
                INCREMENTAL_MESSAGES, round, seconds(answered), seconds(shown));
    }

    /**
     * One message dated in an old month, as a late import or a sync finding an old reply brings: every
     * month from it on must be computed again. Then the months opened before, each after that month.
     */
    private void oldChange(YearMonth current) throws IOException, InterruptedException {
        YearMonth old = current.minusMonths(OLD_CHANGE_BACK);
        long t0 = System.nanoTime();
        importMbox(inquiry("buyer@late-bench.com", 0, old.atDay(10).atStartOfDay(ZoneOffset.UTC).toInstant(), "late-0"));
        long answered = System.nanoTime() - t0;
        while (!get("/?q=late-bench.com").body().contains("data-key=\"late-bench.com\"")) {
            Thread.sleep(10);
        }
        System.out.printf("a message dated %s of a new lead imported over HTTP: answered in %.2f s, on the board in %.2f s%n",
                old, seconds(answered), seconds(System.nanoTime() - t0));
        List<Long> after = new ArrayList<>();
        for (int back = 8; back < OLD_CHANGE_BACK; back += 2) {
            after.add(time("/reports/monthly/" + current.minusMonths(back)));
        }
        System.out.printf("after a message dated %s came: the %d months opened before from %s back to %s again: p50 %.2f s, max %.2f s%n",
                old, after.size(), current.minusMonths(8), current.minusMonths(OLD_CHANGE_BACK - 2),
                seconds(percentile(after, 50)), seconds(percentile(after, 100)));
    }

    private static String inquiry(String from, int salesperson, Instant at, String id) {
        return "From " + from + " Thu Jan 01 00:00:00 2026\n"
                + "From: Buyer <" + from + ">\n"
                + "To: " + TeamStore.salesperson(salesperson) + '\n'
                + "Subject: Mobile app\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC)) + '\n'
                + "Message-ID: <" + id + "@bench>\n\n"
                + "Hello, we need a mobile app for our stores. Could you send an estimate?\n\n";
    }

    private void importMbox(String mbox) throws IOException, InterruptedException {
        String boundary = "bench-boundary-50";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"new.mbox\"\r\n"
                + "Content-Type: application/mbox\r\n\r\n" + mbox + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofMinutes(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the import answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private void awaitReady() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not start; see its service.log");
    }

    private long time(String path) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> response = get(path);
        long elapsed = System.nanoTime() - t0;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return elapsed;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long heapAfterGc(long pid) throws IOException, InterruptedException {
        new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        Process info = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes());
        info.waitFor();
        Matcher used = HEAP_USED.matcher(text);
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    private static long percentile(List<Long> samples, int percent) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(stringArg(args, name, Integer.toString(fallback)));
    }

    private static String stringArg(String[] args, String name, String fallback) {
        int at = Arrays.asList(args).indexOf(name);
        return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                files.sorted(Collections.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
