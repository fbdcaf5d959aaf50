package tickler.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tickler.demo.DemoJourneyTest;
import tickler.report.ShareLinks;

/** Share links over HTTP on the demo: the API's contract, what a link opens, and what it does not. */
@QuarkusTest
@TestProfile(DemoJourneyTest.DemoOnEmptyStore.class)
class ShareLinksApiTest {

    @Inject
    ShareLinks links;

    @BeforeEach
    void demo() throws InterruptedException {
        DemoJourneyTest.awaitDemoImport();
    }

    static String path(String url) {
        return URI.create(url).getRawPath();
    }

    @Test
    void aLinkIsCreatedListedOpenedAndRevoked() {
        JsonPath created = given().contentType(ContentType.JSON).body("{}")
                .post("/api/reports/monthly/2026-10/links")
                .then().statusCode(201).extract().jsonPath();
        assertEquals("2026-10", created.getString("month"));
        assertNull(created.get("version"), "the month's latest version");
        assertNull(created.get("expiresAt"), "no expiry unless configured or asked for");
        String url = created.getString("url");
        assertTrue(url.matches(java.util.regex.Pattern.quote(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port)
                + "/r/[A-Za-z0-9_-]{43}"), "on the address the request came to: " + url);
        long id = created.getLong("id");

        List<Long> listed = given().get("/api/reports/links").then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertTrue(listed.contains(id));
        String everything = given().get("/api/reports/links").asString();
        assertFalse(everything.contains(path(url).substring(3)), "the token is never shown again");

        given().get(path(url)).then().statusCode(200)
                .header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("Monthly report"));
        given().get(path(url) + ".csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Cache-Control", "private, no-store")
                .body(containsString("month,section"));

        given().delete("/api/reports/links/" + id).then().statusCode(204);
        given().get(path(url)).then().statusCode(404).header("X-Robots-Tag", "noindex");
        given().get(path(url) + ".csv").then().statusCode(404);
        given().delete("/api/reports/links/" + id).then().statusCode(204);
        given().delete("/api/reports/links/999999").then().statusCode(404);
        given().get("/api/reports/links").then().body("find { it.id == " + id + " }.state", equalTo("REVOKED"));
    }

    @Test
    void theShareViewIsTheReportAloneWithPlainNamesAndNothingElseOfTheService() {
        String url = given().post("/api/reports/monthly/2026-10/links").then().statusCode(201).extract().path("url");
        Document page = Jsoup.parse(given().get(path(url)).then().statusCode(200).extract().asString());

        assertTrue(page.select("#incoming li").size() > 0, "the demo's October has leads");
        assertEquals(3, page.select("svg.chart").size(), "funnel, source mix and trend");
        for (Element element : page.select("[href], [src], [action]")) {
            for (String attribute : List.of("href", "src", "action")) {
                String target = element.attr(attribute);
                assertTrue(target.isEmpty() || List.of("/style.css", "/report.js").contains(target) || target.startsWith("/r/"),
                        "only the report's own files: " + target);
            }
        }
        assertEquals(List.of("/report.js"), page.select("script").eachAttr("src"));
        assertTrue(page.select("a[href=/], a[href^=/leads], a[href^=/api], a[href^=/reports], form, header").isEmpty());
        assertTrue(page.select("[style], style").isEmpty(), "no inline style under a strict CSP");
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script");
    }

    @Test
    void anExpiredLinkAnswers410AndAnUnknownOne404() {
        ShareLinks.Created expired = links.create(YearMonth.of(2026, 10), null, Duration.ofDays(-1));
        given().get(path(expired.url())).then().statusCode(410).header("Referrer-Policy", "no-referrer")
                .body(containsString("expired"));
        given().get("/r/" + "A".repeat(43)).then().statusCode(404);
        given().get("/r/%3Cscript%3E").then().statusCode(404).body(not(containsString("<script>")));

        JsonPath later = given().contentType(ContentType.JSON).body("{\"expiresInDays\": 7}")
                .post("/api/reports/monthly/2026-10/links").then().statusCode(201).extract().jsonPath();
        assertEquals("2026-12-03T12:00:00Z", later.getString("expiresAt"), "seven days from the frozen now");
        given().get(path(later.getString("url"))).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"expiresInDays\": 0}")
                .post("/api/reports/monthly/2026-10/links").then().statusCode(400);
        given().post("/api/reports/monthly/2026-13/links").then().statusCode(400);
    }

    @Test
    void aRegeneratedVersionIsKeptAndALinkCanPointAtIt() {
        int version = given().post("/api/reports/monthly/2026-09/versions").then().statusCode(201)
                .body("month", equalTo("2026-09")).body("writtenBy", equalTo("REQUEST")).body("report", nullValue())
                .extract().path("number");
        given().get("/api/reports/monthly/2026-09?version=" + version).then().statusCode(200).body("month", equalTo("2026-09"));
        given().get("/api/reports/monthly/2026-09?version=" + (version + 1)).then().statusCode(404);
        given().get("/api/reports/monthly/2026-09").then().statusCode(200).body("trend.size()", equalTo(12));

        Response fixed = given().contentType(ContentType.JSON).body("{\"version\": " + version + "}")
                .post("/api/reports/monthly/2026-09/links");
        fixed.then().statusCode(201).body("version", equalTo(version));
        given().get(path(fixed.path("url"))).then().statusCode(200).body(matchesPattern("(?s).*version " + version + ",.*"));
        given().contentType(ContentType.JSON).body("{\"version\": 99}")
                .post("/api/reports/monthly/2026-09/links").then().statusCode(404);
    }
}
