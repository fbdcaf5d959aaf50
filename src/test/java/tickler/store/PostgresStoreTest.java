package tickler.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tickler.web.ImportApiTest;

/**
 * The same build on PostgreSQL: H2 retired and PostgreSQL activated by configuration alone, the
 * migrations applied, and an import twice changing nothing.
 */
@QuarkusTest
@TestProfile(PostgresStoreTest.OnPostgres.class)
class PostgresStoreTest {

    public static class OnPostgres implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgres.class));
        }
    }

    @Test
    void aTakeoutImportsOnceAndOnlyOnceIntoPostgres() throws IOException {
        Path zip = ImportApiTest.takeoutZip();
        given().multiPart("file", zip.toFile()).post("/api/import").then().statusCode(200)
                .body("added", equalTo(12))
                .body("leads", greaterThan(0));
        given().multiPart("file", zip.toFile()).post("/api/import").then().statusCode(200)
                .body("added", equalTo(0))
                .body("updated", equalTo(0));
        given().get("/api/reports/monthly/2026-01").then().statusCode(200).body("month", equalTo("2026-01"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name.contains('Database') }.data.postgresql", equalTo("UP"));
    }
}
