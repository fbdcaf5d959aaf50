package tickler.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A finished month computed live is kept while no change touches its period: later mail leaves it
 * as it is, mail dated inside it (or before) makes it computed anew with that mail counted. The
 * current month is kept while nothing changes at all.
 */
@QuarkusTest
@TestProfile(PastMonthCacheTest.OwnStore.class)
class PastMonthCacheTest {

    public static class OwnStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tickler.identity.owners", "owner@example.com",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:past-month-cache;DB_CLOSE_DELAY=-1");
        }
    }

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Inject
    ReportService reports;

    @Test
    void aPastMonthIsComputedOnceUntilAChangeTouchesIt() throws IOException {
        upload(inquiry("sep-1", "ivan@romashka.example", "Tue, 15 Sep 2026 09:00:00 +0000"));
        MonthlyReport first = reports.compute(SEPTEMBER);
        assertEquals(1, first.incoming().count());
        assertSame(first, reports.compute(SEPTEMBER), "nothing changed: the same report");

        upload(inquiry("nov-1", "olga@later.example", "Tue, 10 Nov 2026 09:00:00 +0000"));
        assertSame(first, reports.compute(SEPTEMBER), "mail of November leaves September as it was");
        assertEquals(1, (int) given().get("/api/reports/monthly/2026-09").then().statusCode(200).extract().path("incoming.count"));

        upload(inquiry("sep-2", "anna@late.example", "Sun, 20 Sep 2026 09:00:00 +0000"));
        MonthlyReport again = reports.compute(SEPTEMBER);
        assertNotSame(first, again);
        assertEquals(2, again.incoming().count(), "September's late mail is counted");
        assertEquals(2, (int) given().get("/api/reports/monthly/2026-09").then().extract().path("incoming.count"));
    }

    /** What the background computes ahead is what opening the month then shows, and a change makes only the months it touched computed again. */
    @Test
    void finishedMonthsAreComputedAheadUntilAChangeTouchesThem() throws IOException {
        upload(inquiry("oct-1", "lena@ahead.example", "Mon, 05 Oct 2026 09:00:00 +0000"));
        assertTrue(reports.computeAhead(3) >= 1, "October at least was never computed");
        assertEquals(0, reports.computeAhead(3), "August to October are kept");
        MonthlyReport october = reports.compute(OCTOBER);

        upload(inquiry("oct-2", "boris@ahead-too.example", "Mon, 12 Oct 2026 09:00:00 +0000"));
        assertEquals(1, reports.computeAhead(3), "only October is touched by mail of the 12th");
        MonthlyReport again = reports.compute(OCTOBER);
        assertNotSame(october, again);
        assertEquals(october.incoming().count() + 1, again.incoming().count());
        assertEquals(0, reports.computeAhead(0), "none asked for");
    }

    /** The current month reads the month before from that month's kept report, and never from one a change has touched since. */
    @Test
    void theCurrentMonthReadsTheMonthBeforeAsItIsNow() throws IOException {
        YearMonth current = reports.lastFinishedMonth().plusMonths(1);
        YearMonth before = current.minusMonths(1);
        upload(inquiry("before-1", "mira@before.example", date(before, 22)));
        MonthlyReport kept = reports.compute(before);
        assertEquals(kept.incoming().count(), reports.compute(current).monthOverMonth().incoming().previous());

        upload(inquiry("before-2", "gleb@before-too.example", date(before, 23)));
        assertEquals(kept.incoming().count() + 1, reports.compute(current).monthOverMonth().incoming().previous(),
                "the month before's report, computed before its new mail, is not read");
    }

    /** The current month is kept while nothing changes, and computed anew after any change, even mail dated after it. */
    @Test
    void theCurrentMonthIsKeptUntilAnythingChanges() throws IOException {
        YearMonth current = reports.lastFinishedMonth().plusMonths(1);
        upload(inquiry("now-1", "vera@now.example", date(current, 1)));
        MonthlyReport first = reports.compute(current);
        assertSame(first, reports.compute(current), "nothing changed: the same report");

        upload(inquiry("later-1", "pavel@later.example", date(current.plusMonths(2), 1)));
        assertNotSame(first, reports.compute(current), "any change makes the current month computed anew");
    }

    private static String date(YearMonth month, int day) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(month.atDay(day).atTime(9, 0).atZone(ZoneOffset.UTC));
    }

    private static Path inquiry(String id, String from, String date) throws IOException {
        Path mbox = Files.createTempFile(id + "-", ".mbox");
        Files.writeString(mbox, "From 1@xxx Thu Oct 15 09:00:00 +0000 2026\n"
                + "Message-ID: <" + id + "@example>\n"
                + "Date: " + date + "\n"
                + "From: " + from + "\n"
                + "To: Owner <owner@example.com>\n"
                + "Subject: New project\n\n"
                + "Hello, we need a mobile app for our shops. Could you send an estimate?\n\n", StandardCharsets.UTF_8);
        return mbox;
    }

    private static void upload(Path mbox) {
        given().multiPart("file", mbox.toFile()).post("/api/import").then().statusCode(200);
    }
}
