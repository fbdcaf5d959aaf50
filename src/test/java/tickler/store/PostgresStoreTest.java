package tickler.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tickler.web.ImportApiTest;

/**
 * The same build on PostgreSQL: H2 retired and PostgreSQL activated by configuration alone, the
 * migrations applied, an import twice changing nothing, report versions and share links kept.
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
        given().post("/api/reports/monthly/2026-01/versions").then().statusCode(201).body("number", equalTo(1));
        String url = given().body("{\"version\": 1}").post("/api/reports/monthly/2026-01/links")
                .then().statusCode(201).extract().path("url");
        given().get(URI.create(url).getPath()).then().statusCode(200);
        int link = given().get("/api/reports/links").then().extract().path("[0].id");
        given().delete("/api/reports/links/" + link).then().statusCode(204);
        given().get(URI.create(url).getPath()).then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name.contains('Database') }.data.postgresql", equalTo("UP"));
    }
}
