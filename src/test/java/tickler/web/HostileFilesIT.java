package tickler.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Hostile files posted to the packaged service running in {@code -Xmx512m}, one fresh service
 * each so its peak memory is the file's: every one ends in a clear answer, none in an
 * OutOfMemoryError, the import never stays RUNNING, and the service goes on serving.
 * Prints the README's table (file, size, time, peak memory, outcome) and writes it to
 * {@code target/hostile-files.md}.
 * Run alone: {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=HostileFilesIT}.
 */
@EnabledIfSystemProperty(named = "tickler.jar", matches = ".+")
class HostileFilesIT {

    private static final String CRLF = "\r\n";
    private static final int MB = 1024 * 1024;

    private record Hostile(String name, String what, Path file, String contentType, String multipartName, int status,
                           String answerHas) {
    }

    @Test
    void everyHostileFileEndsInAClearAnswerWithinHalfAGigabyte() throws Exception {
        Path jar = Path.of(System.getProperty("tickler.jar")).toAbsolutePath();
        assertTrue(Files.exists(jar), "package first: " + jar);
        Path dir = Files.createTempDirectory("tickler-hostile");
        List<Hostile> files = List.of(
                new Hostile("header-bombs.zip", "2,000 messages, each with a 1 MB header field",
                        headerBombs(dir.resolve("header-bombs.zip"), 2_000, "X-Padding"), null, "header-bombs.zip",
                        200, "\"messages\":0"),
                new Hostile("subject-bombs.mbox.zip", "2,000 messages, each with a 200 KB subject",
                        subjectBombs(dir.resolve("subject-bombs.zip"), 2_000), null, "subject-bombs.zip", 200,
                        "\"messages\":2000"),
                new Hostile("large-calendar.ics", "14,178 events in three zones, with VTIMEZONEs",
                        Files.write(dir.resolve("large-calendar.ics"), largeCalendar()), null, "large-calendar.ics",
                        200, "\"events\":14178"),
                new Hostile("newline-entry.zip", "a zip entry named with a line feed and a forged log line",
                        newlineEntry(dir.resolve("newline-entry.zip")), null, "newline-entry.zip", 200, "\"messages\":1"),
                new Hostile("photo.png", "a PNG, none of the accepted types",
                        Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}),
                        null, "photo.png", 415, "is not a file Tickler reads"),
                new Hostile("line feed in file name", "multipart body with a raw line feed in the file name",
                        Files.writeString(dir.resolve("lf.ics"), "BEGIN:VCALENDAR" + CRLF + "END:VCALENDAR" + CRLF),
                        null, "lf\n.ics", 400, "not a well-formed multipart form"));
        List<String> rows = new ArrayList<>();
        rows.add("| file | what | size | time | peak memory (RSS) | outcome |");
        rows.add("| --- | --- | --- | --- | --- | --- |");
        for (Hostile h : files) {
            Path data = Files.createDirectories(dir.resolve("data-" + rows.size()));
            int port = freePort();
            Process service = start(jar, data, port);
            try {
                waitFor(Duration.ofSeconds(120), () -> get(port, "/api/import/progress").startsWith("HTTP/1.1 200"));
                long started = System.nanoTime();
                String answer = post(port, h.file(), h.multipartName());
                double seconds = (System.nanoTime() - started) / 1e9;
                long peakKb = peakRssKb(service.pid());
                String progress = get(port, "/api/import/progress");
                String leads = get(port, "/api/leads");

                assertTrue(answer.startsWith("HTTP/1.1 " + h.status() + " "), h.name() + ": " + head(answer));
                assertTrue(answer.contains(h.answerHas()), h.name() + ": " + head(answer));
                assertTrue(answer.contains("application/json"), h.name() + ": " + head(answer));
                assertFalse(progress.contains("\"RUNNING\""), h.name() + ": " + progress);
                assertTrue(leads.startsWith("HTTP/1.1 200"), "the service goes on serving after " + h.name());
                assertTrue(service.isAlive());
                for (Path owned : List.of(data, data.resolve("tickler.mv.db"))) {
                    assertEquals("rw", java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(owned)).substring(0, 2));
                    assertEquals("------", java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(owned)).substring(3), owned + " is owner-only");
                }
                String log = Files.readString(data.resolve("service.log"), StandardCharsets.ISO_8859_1);
                assertFalse(log.contains("OutOfMemoryError"), h.name());
                assertFalse(log.lines().anyMatch(l -> l.startsWith("FORGED")), "a log line forged by " + h.name());
                rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %.1f s | %d MB | %s |", h.name(), h.what(),
                        size(Files.size(h.file())), seconds, peakKb / 1024, outcome(answer)));
            } finally {
                service.destroy();
                service.waitFor();
            }
        }
        String table = String.join("\n", rows) + "\n";
        System.out.println(table);
        Files.writeString(Path.of("target", "hostile-files.md"), table);
    }

    // ---- the files ----

    /** A Takeout zip of one mbox whose messages each carry one header field of {@code 1 MB}. */
    static Path headerBombs(Path zip, int messages, String field) throws IOException {
        String bomb = field + ": " + "a".repeat(MB) + CRLF;
        return mboxZip(zip, messages, i -> bomb + "Subject: Bomb " + i + CRLF);
    }

    static Path subjectBombs(Path zip, int messages) throws IOException {
        return mboxZip(zip, messages, i -> "Subject: " + (i % 2 == 0 ? "Счёт " : "Invoice ") + "x".repeat(200 * 1024) + CRLF);
    }

    static Path newlineEntry(Path zip) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("Takeout/Mail/a\nFORGED ERROR [tickler] the database was deleted\n.mbox"));
            z.write(message(1, "Subject: Hello" + CRLF).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return zip;
    }

    static byte[] largeCalendar() {
        return tickler.source.takeout.LargeCalendar.write(14_178, false);
    }

    private interface Headers {
        String of(int i);
    }

    private static Path mboxZip(Path zip, int messages, Headers extra) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16);
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("Takeout/Mail/All mail Including Spam and Trash.mbox"));
            for (int i = 0; i < messages; i++) {
                z.write(message(i, extra.of(i)).getBytes(StandardCharsets.UTF_8));
            }
            z.closeEntry();
        }
        return zip;
    }

    private static String message(int i, String extraHeaders) {
        return "From 17000000000000" + (10_000 + i) + "@xxx Mon Oct 05 07:00:00 +0000 2026" + CRLF
                + "Message-ID: <bomb" + i + "@client.example>" + CRLF
                + "From: Вася Пупкин <vasya" + i % 50 + "@client" + i % 20 + ".example>" + CRLF
                + "To: owner@example.com" + CRLF
                + "Date: Mon, 5 Oct 2026 10:00:00 +0300" + CRLF
                + extraHeaders
                + CRLF + "Добрый день! Hello." + CRLF;
    }

    // ---- the service ----

    private static Process start(Path jar, Path data, int port) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dquarkus.http.port=" + port, "-Dtickler.data-dir=" + data,
                "-Dtickler.demo.enabled=false", "-jar", jar.toString());
        return new ProcessBuilder(command).directory(data.toFile()).redirectErrorStream(true)
                .redirectOutput(data.resolve("service.log").toFile()).start();
    }

    /** The most resident memory the process has had, from Linux's accounting. */
    private static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static String post(int port, Path file, String multipartName) throws IOException {
        String boundary = "hostile-boundary-7d1f";
        byte[] head = ("--" + boundary + CRLF + "Content-Disposition: form-data; name=\"file\"; filename=\"" + multipartName
                + "\"" + CRLF + "Content-Type: application/octet-stream" + CRLF + CRLF).getBytes(StandardCharsets.UTF_8);
        byte[] tail = (CRLF + "--" + boundary + "--" + CRLF).getBytes(StandardCharsets.UTF_8);
        long length = head.length + Files.size(file) + tail.length;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) Duration.ofMinutes(10).toMillis());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            out.write(("POST /api/import HTTP/1.1" + CRLF + "Host: 127.0.0.1" + CRLF + "Connection: close" + CRLF
                    + "Content-Type: multipart/form-data; boundary=" + boundary + CRLF
                    + "Content-Length: " + length + CRLF + CRLF).getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            Files.copy(file, out);
            out.write(tail);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String get(int port, String path) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1" + CRLF + "Host: 127.0.0.1" + CRLF
                    + "Connection: close" + CRLF + CRLF).getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitFor(Duration limit, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "not within " + limit);
            Thread.sleep(200);
        }
    }

    private static String head(String answer) {
        return answer.length() > 600 ? answer.substring(0, 600) : answer;
    }

    private static String size(long bytes) {
        return bytes >= MB ? String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB)
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    /** The status and the answer's gist: the counts and the first skip's reason, or the error sentence. */
    private static String outcome(String answer) {
        String status = answer.substring("HTTP/1.1 ".length(), answer.indexOf(CRLF));
        String body = answer.substring(answer.indexOf(CRLF + CRLF) + 4);
        if (body.contains("\"error\"")) {
            return status + ": " + field(body, "error");
        }
        long skipped = body.split("\"reason\":", -1).length - 1;
        return String.format(Locale.ROOT, "%s: %s events, %s messages, %d skipped%s", status, number(body, "events"),
                number(body, "messages"), skipped, skipped == 0 ? "" : " (" + field(body, "reason") + ")");
    }

    private static String field(String json, String name) {
        return json.replaceAll("(?s).*?\"" + name + "\":\"([^\"]*)\".*", "$1").replace("|", "/");
    }

    private static String number(String json, String name) {
        return json.replaceAll("(?s).*?\"" + name + "\":(\\d+).*", "$1");
    }
}
