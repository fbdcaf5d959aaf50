package tickler.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tickler.testkit.Ics;

/**
 * Laptop mode over HTTP: foreign Host names refused, security headers on every answer, forged
 * state-changing requests refused while the page's own and a script's go through, and personal
 * access tokens created, used and revoked.
 */
@QuarkusTest
class LaptopAccessTest {

    static final Pattern TOKEN_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([A-Za-z0-9_-]{43})\"");

    static List<String> leadKeys() {
        return given().get("/api/leads").jsonPath().getList("key", String.class);
    }

    /** A browser's visit: its anti-forgery cookie and the token the page carries. */
    record Visit(String cookie, String token) {
        static Visit open(String path) {
            Response page = given().get(path);
            Matcher field = TOKEN_FIELD.matcher(page.asString());
            assertTrue(field.find(), "the page carries the token");
            return new Visit(page.getCookie(CrossSiteTokens.COOKIE), field.group(1));
        }
    }

    @Test
    void aForeignHostNameIsRefusedButHealthAnswersAnyProbe() {
        given().header("Host", "rebind.attacker.example:8080").get("/").then().statusCode(421);
        given().header("Host", "rebind.attacker.example").get("/api/leads").then().statusCode(421);
        given().header("Host", "localhost").get("/api/leads").then().statusCode(200);
        given().header("Host", "rebind.attacker.example").get("/q/health/live").then().statusCode(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/sync", "/settings", "/reports/monthly/2026-10", "/api/leads", "/style.css",
                "/tickler.js", "/no-such-page")) {
            given().get(path).then()
                    .header("Content-Security-Policy", equalTo(WebGuard.HEADERS.get("Content-Security-Policy")))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin");
        }
    }

    @Test
    void aCrossSiteImportIsRefusedAndChangesNothing() {
        byte[] planted = Ics.reminderToCall("planted-1", "planted.example");
        given().header("Origin", "http://attacker.example").multiPart("file", "x.ics", planted)
                .post("/api/import").then().statusCode(403);
        given().header("Sec-Fetch-Site", "cross-site").multiPart("file", "x.ics", planted)
                .post("/api/import").then().statusCode(403);
        Visit visit = Visit.open("/");
        // The browser sends its cookie (an old browser ignoring SameSite) but the page elsewhere cannot read the token.
        given().cookie(CrossSiteTokens.COOKIE, visit.cookie()).header("Referer", "http://attacker.example/")
                .multiPart("file", "x.ics", planted).post("/api/import").then().statusCode(403);
        given().cookie(CrossSiteTokens.COOKIE, visit.cookie()).multiPart("file", "x.ics", planted)
                .multiPart(CrossSiteTokens.FIELD, "A".repeat(43)).post("/api/import").then().statusCode(403);
        assertTrue(!leadKeys().contains("planted.example"), "nothing planted");
    }

    @Test
    void thePagesOwnFormAndFetchAndAScriptOnThisMachineImport() {
        Visit visit = Visit.open("/");
        given().cookie(CrossSiteTokens.COOKIE, visit.cookie()).header("Origin", "http://localhost:8081")
                .header("Host", "localhost:8081").header("Sec-Fetch-Site", "same-origin")
                .multiPart("file", "a.ics", Ics.reminderToCall("own-form-1", "own-form.example"))
                .multiPart(CrossSiteTokens.FIELD, visit.token())
                .post("/api/import").then().statusCode(200).body("events", equalTo(1));
        given().cookie(CrossSiteTokens.COOKIE, visit.cookie()).header(CrossSiteTokens.HEADER, visit.token())
                .multiPart("file", "b.ics", Ics.reminderToCall("own-fetch-1", "own-fetch.example"))
                .post("/api/import").then().statusCode(200);
        // curl -F file=@... from this machine: no cookie, no Origin, no Referer, no Fetch Metadata
        given().multiPart("file", "c.ics", Ics.reminderToCall("script-1", "script.example"))
                .post("/api/import").then().statusCode(200);
        assertTrue(leadKeys().containsAll(List.of("own-form.example", "own-fetch.example", "script.example")));
    }

    @Test
    void aPersonalAccessTokenIsShownOnceWorksFromAnywhereAndStopsWhenRevoked() {
        Visit visit = Visit.open("/settings");
        String created = given().cookie(CrossSiteTokens.COOKIE, visit.cookie())
                .formParam(CrossSiteTokens.FIELD, visit.token()).formParam("name", "nightly import")
                .post("/settings/tokens").then().statusCode(200).extract().asString();
        Matcher secret = Pattern.compile("<code id=\"token-secret\">(tkl_[A-Za-z0-9_-]{43})</code>").matcher(created);
        assertTrue(secret.find(), created);
        String token = secret.group(1);
        given().get("/settings").then().statusCode(200).body(not(containsString(token)))
                .body(containsString("nightly import"));

        // A script with its token needs no anti-forgery token, even when it looks like a browser.
        given().auth().oauth2(token).header("Referer", "http://elsewhere.example/")
                .multiPart("file", "t.ics", Ics.reminderToCall("token-1", "by-token.example"))
                .post("/api/import").then().statusCode(200);
        given().auth().oauth2(token).get("/api/leads").then().statusCode(200);
        given().auth().oauth2("tkl_" + "B".repeat(43)).get("/api/leads").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));

        String id = given().get("/settings").then().extract().htmlPath()
                .getString("**.find { it.name() == 'tr' && it.td[0].text() == 'nightly import' }.@data-id");
        given().cookie(CrossSiteTokens.COOKIE, visit.cookie()).formParam(CrossSiteTokens.FIELD, visit.token())
                .redirects().follow(false).post("/settings/tokens/" + id + "/revoke").then().statusCode(303);
        given().auth().oauth2(token).get("/api/leads").then().statusCode(401);
        given().get("/settings").then().body(containsString("revoked"));
        assertEquals(64, AccessTokens.hash(token).length(), "kept as its SHA-256");
    }

    @Test
    void healthShowsItsDetailsOnThisMachine() {
        given().get("/q/health/ready").then().statusCode(200).body("checks", not(nullValue()));
    }
}
