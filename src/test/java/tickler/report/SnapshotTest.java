package tickler.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tickler.demo.DemoJourneyTest;

/**
 * A file named by {@code tickler.import.on-start} is imported at start-up, and last month's
 * report, once written, stays as it was when later mail about that month arrives; regenerating
 * adds a version beside it. Share links expire after {@code tickler.reports.link-expiry} and are
 * built on {@code tickler.public-url}.
 */
@QuarkusTest
@TestProfile(SnapshotTest.ImportAtStart.class)
class SnapshotTest {

    public static class ImportAtStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tickler.import.on-start", "src/test/resources/takeout/calendar.ics",
                    "tickler.reports.snapshots", "true",
                    "tickler.reports.link-expiry", "P30D",
                    "tickler.public-url", "https://tickler.example.com/crm",
                    "tickler.identity.owners", "owner@example.com",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:snapshot;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    ReportService reports;

    static Path octoberInquiry() throws IOException {
        Path mbox = Files.createTempFile("october-", ".mbox");
        Files.writeString(mbox, """
                From 1@xxx Thu Oct 15 09:00:00 +0000 2026
                Message-ID: <october-1@romashka.example>
                Date: Thu, 15 Oct 2026 09:00:00 +0000
                From: Ivan Romashkin <ivan@romashka.example>
                To: Owner <owner@example.com>
                Subject: Mobile app for Romashka

                Hello, we need an app.

                """, StandardCharsets.UTF_8);
        return mbox;
    }

    @Test
    void theOnStartFileIsImportedAndAWrittenReportDoesNotChangeAfterwards() throws Exception {
        DemoJourneyTest.awaitDemoImport();
        assertEquals(7, (int) given().get("/api/import/progress").then().extract().path("events"));

        reports.writeDueSnapshot();
        String written = given().get("/api/reports/monthly/2026-10").then().statusCode(200).extract().path("generatedAt");
        assertEquals(0, (int) given().get("/api/reports/monthly/2026-10").then().extract().path("incoming.count"));

        given().multiPart("file", octoberInquiry().toFile()).post("/api/import").then().statusCode(200);
        assertEquals(written, given().get("/api/reports/monthly/2026-10").then().extract().path("generatedAt"));
        assertEquals(0, (int) given().get("/api/reports/monthly/2026-10").then().extract().path("incoming.count"),
                "the snapshot keeps what was known when it was written");
        assertEquals(1, reports.compute(java.time.YearMonth.of(2026, 10)).incoming().count(),
                "computed anew, the month shows the late mail");
        assertNotEquals(null, reports.snapshot(java.time.YearMonth.of(2026, 10)).orElse(null));

        given().post("/api/reports/monthly/2026-10/versions").then().statusCode(201).body("number", equalTo(2));
        reports.writeDueSnapshot();
        assertEquals(2, reports.versions(YearMonth.of(2026, 10)).size(), "the month-end snapshot is written once");
        assertEquals(1, (int) given().get("/api/reports/monthly/2026-10").then().extract().path("incoming.count"),
                "a finished month shows its latest version");
        assertEquals(written, given().get("/api/reports/monthly/2026-10?version=1").then().extract().path("generatedAt"));
        assertEquals(0, (int) given().get("/api/reports/monthly/2026-10?version=1").then().extract().path("incoming.count"),
                "the month-end snapshot stays as it was written");
        String page = given().get("/reports/monthly/2026-10").then().statusCode(200).extract().asString();
        assertTrue(page.contains("version 2 of 2"), "the page says which version it shows");
        assertTrue(page.contains("href=\"/reports/monthly/2026-10?version=1\""), "and links the older version");

        given().post("/api/reports/monthly/2026-10/links").then().statusCode(201)
                .body("expiresAt", equalTo("2026-12-26T12:00:00Z"))
                .body("url", matchesPattern("https://tickler\\.example\\.com/crm/r/[A-Za-z0-9_-]{43}"));
        given().contentType("application/json").body("{\"version\": 1, \"expiresInDays\": 2}")
                .post("/api/reports/monthly/2026-10/links").then().statusCode(201)
                .body("version", equalTo(1)).body("expiresAt", equalTo("2026-11-28T12:00:00Z"));
    }
}
