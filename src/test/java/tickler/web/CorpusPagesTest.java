package tickler.web;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tickler.source.takeout.TakeoutImport;

/**
 * The pages over the third-party corpora (real exports, malformed and fuzzed inputs): imported as
 * one folder, the board, every lead's page, and the report (and its CSV) of the first and the last
 * month a lead came in and of this month render. Every month's report reads all activities anew
 * while snapshots are off, as in tests, so three months stand for all of them. Runs where
 * ../shared/corpora exists, like CorpusRobustnessTest.
 */
@QuarkusTest
@TestProfile(CorpusPagesTest.OwnStore.class)
class CorpusPagesTest {

    static final Path CORPORA = Path.of("..", "shared", "corpora");

    public static class OwnStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:corpus-pages;DB_CLOSE_DELAY=-1",
                    "tickler.data-dir", "target/test-data/corpus-pages");
        }
    }

    @Inject
    TakeoutImport imports;

    @Test
    void everyPageRendersOverTheCorpora() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPORA), "corpora folder not present");
        imports.importFile(CORPORA, "corpora");

        given().get("/").then().statusCode(200);
        List<String> ids = given().get("/api/leads").jsonPath().getList("id", String.class);
        List<String> firstTouches = given().get("/api/leads").jsonPath().getList("firstTouchAt", String.class);
        for (String id : ids) {
            given().get("/leads/" + id).then().statusCode(200);
        }
        TreeSet<String> months = new TreeSet<>();
        firstTouches.forEach(at -> months.add(DateTimeFormatter.ofPattern("yyyy-MM")
                .format(java.time.Instant.parse(at).atOffset(ZoneOffset.UTC))));
        months.retainAll(List.of(months.first(), months.last()));
        months.add("2026-11");
        for (String month : months) {
            given().get("/reports/monthly/" + month).then().statusCode(200);
            given().get("/reports/monthly/" + month + ".csv").then().statusCode(200);
        }
        System.out.printf("CorpusPagesTest: the board, %d lead pages and the reports of %s rendered%n", ids.size(),
                months);
    }
}
