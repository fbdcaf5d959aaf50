package tickler.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** {@code POST /api/import} over real HTTP, on the small fixtures of the Takeout reader's tests. */
@QuarkusTest
public class ImportApiTest {

    static Path fixture(String name) {
        return Path.of("src/test/resources/takeout", name);
    }

    public static Path takeoutZip() throws IOException {
        Path zip = Files.createTempFile("takeout-", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("Takeout/Calendar/owner@example.com.ics"));
            z.write(Files.readAllBytes(fixture("calendar.ics")));
            z.putNextEntry(new ZipEntry("Takeout/Mail/All mail Including Spam and Trash.mbox"));
            z.write(Files.readAllBytes(fixture("takeout.mbox")));
            z.closeEntry();
        }
        return zip;
    }

    @Test
    void aTakeoutZipImportsAndAgainChangesNothing() throws IOException {
        Path zip = takeoutZip();
        given().multiPart("file", zip.toFile())
                .when().post("/api/import")
                .then().statusCode(200)
                .body("events", equalTo(7))
                .body("messages", equalTo(5))
                .body("skipped", hasSize(2))
                .body("skipped.reason", not(hasItem("")))
                .body("leads", greaterThan(0));
        int leads = given().get("/api/leads").then().statusCode(200).extract().path("size()");

        given().multiPart("file", zip.toFile())
                .when().post("/api/import")
                .then().statusCode(200)
                .body("events", equalTo(7))
                .body("messages", equalTo(5))
                .body("added", equalTo(0))
                .body("updated", equalTo(0))
                .body("leads", equalTo(leads));
        given().get("/api/import/progress").then().body("state", equalTo("DONE"));
    }

    @Test
    void aBrokenEventIsSkippedWithItsReasonWhileTheOthersImport() {
        given().multiPart("file", fixture("broken-event.ics").toFile())
                .when().post("/api/import")
                .then().statusCode(200)
                .body("events", equalTo(2))
                .body("skipped", hasSize(1))
                .body("skipped[0].item", containsString("broken-event.ics"));
    }

    @Test
    void aLeadWithOnlyAPlannedMeetingShowsOnTheBoardAndItsPage() {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tickler tests//EN",
                "BEGIN:VEVENT", "UID:planned-only-1", "DTSTART:20261203T100000Z", "DTEND:20261203T110000Z",
                "SUMMARY:First call with Lena lena@planned-only.example #lead", "ORGANIZER:mailto:owner@example.com",
                "ATTENDEE:mailto:lena@planned-only.example", "END:VEVENT", "END:VCALENDAR", "");
        given().multiPart("file", "planned.ics", ics.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/import").then().statusCode(200).body("events", equalTo(1));

        String id = given().get("/api/leads").then().statusCode(200)
                .body("find { it.key == 'planned-only.example' }.lastActivityAt", equalTo(null))
                .extract().path("find { it.key == 'planned-only.example' }.id");
        given().get("/").then().statusCode(200).body(containsString("data-key=\"planned-only.example\""));
        given().get("/leads/" + id).then().statusCode(200).body(containsString("none yet: only what is planned"));
    }

    @Test
    void aMeetingAloneMakesAContactListedWithItsReasonAndNotOnTheBoard() {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tickler tests//EN",
                "BEGIN:VEVENT", "UID:interview-only-1", "DTSTART:20261110T100000Z", "DTEND:20261110T110000Z",
                "SUMMARY:Interview with Jane", "ORGANIZER:mailto:owner@example.com",
                "ATTENDEE:mailto:jane@interview-only.example", "END:VEVENT", "END:VCALENDAR", "");
        given().multiPart("file", "interview.ics", ics.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/import").then().statusCode(200).body("events", equalTo(1));

        given().get("/api/contacts").then().statusCode(200)
                .body("find { it.key == 'interview-only.example' }.reason", containsString("no sales conversation"));
        given().get("/api/leads").then().statusCode(200).body("key", not(hasItem("interview-only.example")));
        given().get("/contacts").then().statusCode(200).body(containsString("data-key=\"interview-only.example\""));
        given().get("/").then().statusCode(200).body(not(containsString("data-key=\"interview-only.example\"")));
    }

    @Test
    void anImportWithoutAFileIsABadRequestThatSaysWhy() {
        given().multiPart("other", "x")
                .when().post("/api/import")
                .then().statusCode(400)
                .body("error", containsString("'file'"));
    }

    @Test
    void aMalformedMultipartBodyIsABadRequestThatSaysWhyNotAStackTrace() throws IOException {
        String answer = rawPost("/api/import", FORM, formWithFile("cal\nendar.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR"));
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("application/json"), answer);
        assertTrue(answer.contains("\"error\":\"The upload is not a well-formed multipart form"), answer);
        assertFalse(answer.contains("Exception"), answer);
    }

    @Test
    void aFileOfNoAcceptedTypeIsSaidPlainly() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        given().multiPart("file", "photo.png", png)
                .when().post("/api/import")
                .then().statusCode(415)
                .body("error", equalTo("photo.png is not a file Tickler reads: send a Google Takeout .zip, "
                        + "a calendar (.ics) or a mailbox (.mbox, .eml)"));
    }

    @Test
    void aFileNameInRussianIsToldBackAsWritten() throws IOException {
        String answer = rawPost("/api/import", FORM, formWithFile("Фото.png", "image/png", "\u0089PNG"));
        assertTrue(answer.startsWith("HTTP/1.1 415"), answer);
        assertTrue(answer.contains("Фото.png is not a file Tickler reads"), answer);
    }

    @Test
    void aZipWithNothingTicklerReadsIsSaidPlainly() throws IOException {
        Path zip = Files.createTempFile("photos-", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("Takeout/Google Photos/IMG_0001.jpg"));
            z.write(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            z.closeEntry();
        }
        given().multiPart("file", zip.toFile())
                .when().post("/api/import")
                .then().statusCode(415)
                .body("error", containsString("is not a file Tickler reads"));
    }

    @Test
    void anMboxIsImportedWhileItIsStillArriving() throws Exception {
        String name = "arriving-" + System.nanoTime() + ".mbox";
        byte[] body = formWithFile(name, "application/mbox", inquiries(0, 200)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int half = body.length / 2;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/import HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: " + FORM
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            // The second half is not sent until the import of this file is seen running.
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!name.equals(given().get("/api/import/progress").then().extract().path("file"))) {
                assertTrue(System.nanoTime() < deadline, "the import began only once the whole upload had arrived");
                Thread.sleep(50);
            }
            out.write(body, half, body.length - half);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\"messages\":200"), answer);
        }
    }

    @Test
    void anUploadKeptForItsTokenLeavesNothingBehindWhenItBreaksOff() throws Exception {
        Path uploads = Path.of("target/test-data/uploads");
        java.util.Set<Path> before = keptUploads(uploads);
        byte[] body = formWithFile("broken-" + System.nanoTime() + ".mbox", "application/mbox", inquiries(0, 200))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            // A browser's cookie and no token yet: the file is kept whole until the token that may follow it.
            out.write(("POST /api/import HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: tickler-csrf=" + "A".repeat(43)
                    + "\r\nContent-Type: " + FORM + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            awaitKept(uploads, before, true);
        }
        awaitKept(uploads, before, false);
    }

    /** Waits until an upload kept whole, besides those {@code before}, is (or is no longer) in {@code uploads}. */
    private static void awaitKept(Path uploads, java.util.Set<Path> before, boolean present) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!before.containsAll(keptUploads(uploads)) != present) {
            assertTrue(System.nanoTime() < deadline, present ? "the upload was never kept" : "the broken-off upload was left behind");
            Thread.sleep(50);
        }
    }

    private static java.util.Set<Path> keptUploads(Path uploads) throws IOException {
        if (!Files.isDirectory(uploads)) {
            return java.util.Set.of();
        }
        try (var files = Files.list(uploads)) {
            return files.filter(f -> f.getFileName().toString().startsWith("upload-")).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** Messages {@code from} to {@code to} (exclusive) of one lead's thread, as a Takeout mbox writes them. */
    private static String inquiries(int from, int to) {
        StringBuilder mbox = new StringBuilder();
        for (int i = from; i < to; i++) {
            mbox.append("From 1789").append(i).append("@xxx Mon Jan 05 10:00:00 +0000 2026\r\n")
                    .append("From: Lena <lena@arriving.example>\r\n")
                    .append("To: owner@example.com\r\nSubject: Quote for a website, please\r\n")
                    .append("Date: Mon, 5 Jan 2026 10:").append(String.format("%02d", i % 60)).append(":00 +0000\r\n")
                    .append("Message-ID: <inquiry-").append(i).append("@arriving.example>\r\n\r\n")
                    .append("Hello, could you send us a quote for a new website? Our budget is about $").append(1000 + i)
                    .append(".\r\n\r\n");
        }
        return mbox.toString();
    }

    private static final String FORM = "multipart/form-data; boundary=b0undary";

    /** A form of one field, {@code file}, written by hand as {@link #FORM} says, its file name as it is given. */
    private static String formWithFile(String fileName, String contentType, String content) {
        return "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n" + content + "\r\n--b0undary--\r\n";
    }

    /** An HTTP/1.1 request written by hand, as a client that does not escape what it sends would write it. */
    static String rawPost(String path, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aMonthIsWrittenYearDashMonth() {
        given().get("/api/reports/monthly/November").then().statusCode(400).body("error", containsString("yyyy-MM"));
    }
}
