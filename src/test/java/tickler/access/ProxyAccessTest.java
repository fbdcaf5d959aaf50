package tickler.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tickler.testkit.Ics;

/**
 * Proxy mode: the proxy in front signs people in, so pages open here without sign-in; anonymous
 * health says only UP or DOWN; a script changes things only with a personal access token.
 */
@QuarkusTest
@TestProfile(ProxyAccessTest.ProxyMode.class)
class ProxyAccessTest {

    public static class ProxyMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tickler.auth.mode", "proxy", "quarkus.http.host", "127.0.0.1",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:proxy-mode;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void pagesOpenHealthIsTerseAndScriptsNeedAToken() {
        given().get("/").then().statusCode(200);
        assertEquals("{\"status\":\"UP\"}", given().get("/q/health/ready").then().statusCode(200).extract().asString());
        given().multiPart("file", "p.ics", Ics.reminderToCall("proxy-1", "proxy.example")).post("/api/import")
                .then().statusCode(403);

        LaptopAccessTest.Visit visit = LaptopAccessTest.Visit.open("/settings");
        String created = given().cookie(CrossSiteTokens.COOKIE, visit.cookie())
                .formParam(CrossSiteTokens.FIELD, visit.token()).formParam("name", "sync job")
                .post("/settings/tokens").then().statusCode(200).extract().asString();
        Matcher secret = Pattern.compile("<code id=\"token-secret\">(tkl_[A-Za-z0-9_-]{43})</code>").matcher(created);
        assertTrue(secret.find(), created);
        given().auth().oauth2(secret.group(1)).multiPart("file", "p.ics", Ics.reminderToCall("proxy-1", "proxy.example"))
                .post("/api/import").then().statusCode(200);
        given().auth().oauth2(secret.group(1)).get("/q/health/ready").then().statusCode(200)
                .body("checks.size()", org.hamcrest.Matchers.greaterThan(0));
    }
}
