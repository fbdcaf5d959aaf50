package tickler.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tickler.lead.LeadSource;
import tickler.testkit.DemoTruth;

/**
 * The newcomer's journey: the service starts on an empty store, imports the bundled demo by
 * itself, and the board, the leads and the reports show what the generator knows it made.
 */
@QuarkusTest
@TestProfile(DemoJourneyTest.DemoOnEmptyStore.class)
public class DemoJourneyTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final long SEED = 7;

    public static class DemoOnEmptyStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tickler.demo.enabled", "true",
                    "tickler.demo.seed", String.valueOf(SEED),
                    "tickler.data-dir", "target/test-data/demo-journey",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:demo-journey;DB_CLOSE_DELAY=-1");
        }
    }

    static DemoTruth truth;

    @BeforeAll
    static void whatTheGeneratorMade() throws IOException {
        Path zip = Files.createTempFile("demo-truth-", ".zip");
        truth = DemoTruth.of(DemoTakeout.write(zip, NOW, SEED));
        Files.delete(zip);
    }

    public static void awaitDemoImport() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String state = given().get("/api/import/progress").then().extract().path("state");
            if ("DONE".equals(state)) {
                return;
            }
            assertTrue(!"FAILED".equals(state), "demo import failed");
            Thread.sleep(100);
        }
        throw new AssertionError("demo import did not finish within a minute");
    }

    @Test
    void theDemoImportsItselfAndEveryLeadIsWhatTheGeneratorMade() throws InterruptedException {
        awaitDemoImport();
        JsonPath progress = given().get("/api/import/progress").jsonPath();
        assertEquals(truth.events(), progress.getInt("events"));
        assertEquals(truth.messages(), progress.getInt("messages"));
        assertEquals(0, progress.getInt("skipped"));

        List<Map<String, Object>> leads = given().get("/api/leads").jsonPath().getList("$");
        Map<String, Map<String, Object>> byKey = leads.stream()
                .collect(Collectors.toMap(l -> (String) l.get("key"), l -> l));
        assertEquals(new TreeMap<>(truth.leads()).keySet(), new TreeMap<>(byKey).keySet(), "lead keys");
        truth.noise().forEach(noise -> assertTrue(!byKey.containsKey(noise), noise + " is noise, not a lead"));

        truth.leads().forEach((key, expected) -> {
            Map<String, Object> lead = byKey.get(key);
            assertEquals(expected.source().name(), lead.get("source"), key + " source");
            assertEquals(expected.stage().name(), lead.get("stage"), key + " stage");
            assertEquals(expected.forgotten(), lead.get("forgotten"), key + " forgotten");
            assertEquals(expected.missingFollowUp(), !((List<?>) lead.get("missingFollowUps")).isEmpty(),
                    key + " missing follow-up");
            assertEquals(expected.teamSize(), lead.get("teamSize"), key + " team size");
            @SuppressWarnings("unchecked")
            Map<String, Object> budget = (Map<String, Object>) lead.get("budget");
            if (expected.budget() == null) {
                assertEquals(null, budget, key + " budget");
            } else {
                assertEquals(expected.budget().currency(), budget.get("currency"), key + " currency");
                assertEquals(0, expected.budget().amount().compareTo(new BigDecimal(budget.get("amount").toString())),
                        key + " amount");
            }
            assertEquals(expected.firstTouchAt(), Instant.parse((String) lead.get("firstTouchAt")), key + " first touch");
        });
    }

    @Test
    void everyMonthlyReportCountsTheLeadsTheGeneratorStarted() throws InterruptedException {
        awaitDemoImport();
        YearMonth current = YearMonth.from(NOW.atZone(truth.zone()));
        for (YearMonth month = current.minusMonths(12); !month.isAfter(current); month = month.plusMonths(1)) {
            YearMonth m = month;
            var startedInMonth = truth.leads().values().stream()
                    .filter(l -> YearMonth.from(l.firstTouchAt().atZone(truth.zone())).equals(m))
                    .toList();
            JsonPath report = given().get("/api/reports/monthly/" + m).then().statusCode(200).extract().jsonPath();
            assertEquals(m.toString(), report.getString("month"));
            for (LeadSource source : List.of(LeadSource.INBOUND, LeadSource.REFERRAL, LeadSource.PARTNER)) {
                assertEquals(startedInMonth.stream().filter(l -> l.source() == source).count(),
                        report.getLong("incoming.bySource." + source), m + " incoming " + source);
            }
            assertEquals(startedInMonth.stream().filter(l -> l.source() != LeadSource.OUTBOUND).count(),
                    report.getLong("incoming.count"), m + " incoming");
            assertEquals(startedInMonth.stream().filter(l -> l.source() == LeadSource.OUTBOUND).count(),
                    report.getLong("outbound.count"), m + " outbound");
            assertEquals(truth.notable().stream().filter(n -> YearMonth.from(n.date()).equals(m))
                            .map(DemoTruth.Notable::title).sorted().toList(),
                    report.getList("activities.notable.title", String.class).stream().sorted().toList(),
                    m + " notable events");
        }
    }

    @Test
    void theReportAsCsvListsTheSameLeadsAsTheJson() throws Exception {
        awaitDemoImport();
        JsonPath report = given().get("/api/reports/monthly/2026-10").jsonPath();
        String csv = given().get("/reports/monthly/2026-10.csv").then().statusCode(200)
                .header("Content-Type", containsString("text/csv"))
                .header("Content-Disposition", containsString("tickler-report-2026-10.csv"))
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(report.getList("incoming.leads.key", String.class),
                rows.stream().filter(r -> r.get("section").equals("incoming") && !r.get("key").isEmpty())
                        .map(r -> r.get("key")).toList());
        assertEquals(String.valueOf(report.getInt("incoming.count")),
                rows.stream().filter(r -> r.get("section").equals("incoming") && r.get("key").isEmpty())
                        .findFirst().orElseThrow().get("count"));
    }

    @Test
    void theBoardSaysItIsTheDemo() throws InterruptedException {
        awaitDemoImport();
        given().get("/").then().statusCode(200)
                .body(containsString("Demo data — <a href=\"/connect/google\">connect Google</a> or import your Takeout"))
                .body(containsString("PROPOSAL"))
                .body(not(containsString("privacy-notice")));
    }
}
