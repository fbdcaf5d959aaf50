package tickler.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OIDC mode over HTTP: protect by default. Every page asks for sign-in, the API answers 401, and
 * only share links, health (UP or DOWN) and static assets are open. Signing in is
 * {@code tickler.web.SignInBrowserTest}.
 */
@QuarkusTest
@TestProfile(OidcMode.class)
class OidcAccessTest {

    @OidcMode.Fake
    FakeOidc provider;

    @Test
    void everyPageSendsAnAnonymousCallerToSignIn() {
        for (String path : List.of("/", "/leads/x", "/reports/monthly/2026-10", "/sync", "/settings", "/connect/google",
                "/connect/google/callback?state=x&code=y", "/digests", "/reports")) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", startsWith(provider.issuer() + "/authorize"));
        }
    }

    @Test
    void theApiAnswers401WithoutASessionOrToken() {
        for (String path : List.of("/api/leads", "/api/sync/status", "/api/import/progress", "/api/reports/monthly/2026-10")) {
            given().get(path).then().statusCode(401);
        }
        given().multiPart("file", "x.ics", "x".getBytes(StandardCharsets.UTF_8)).post("/api/import").then().statusCode(401);
        given().auth().oauth2("tkl_" + "C".repeat(43)).get("/api/leads").then().statusCode(401);
    }

    @Test
    void shareLinksAndStaticAssetsAreOpen() {
        given().get("/style.css").then().statusCode(200);
        given().get("/tickler.js").then().statusCode(200);
        given().redirects().follow(false).get("/r/some-token").then().statusCode(not(equalTo(302)))
                .statusCode(not(equalTo(401)));
    }

    @Test
    void anonymousHealthSaysOnlyUpOrDown() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live")) {
            String body = given().get(path).then().statusCode(200).extract().asString();
            assertEquals("{\"status\":\"UP\"}", body, path);
        }
    }
}
