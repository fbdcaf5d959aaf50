package tickler.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In privacy mode every page says what cannot be inferred without message bodies. */
@QuarkusTest
@TestProfile(PrivacyModeTest.HeadersOnly.class)
class PrivacyModeTest {

    public static class HeadersOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tickler.google.privacy-mode", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:privacy;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void everyPageSaysBodiesAreNotRead() {
        for (String page : new String[] {"/", "/reports/monthly/2026-10", "/sync"}) {
            given().get(page).then().statusCode(200)
                    .body(containsString("id=\"privacy-notice\""))
                    .body(containsString("Budgets, team sizes and proposal, won or lost signals written in message bodies are not available"));
        }
    }
}
