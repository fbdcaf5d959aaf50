package tickler.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tickler.activity.ActivityStore;
import tickler.store.Settings;
import tickler.web.ImportApiTest;

/**
 * The demo makes way for the user's data only once there is data to take its place, and never
 * while it is still importing: a file posted during the first-start demo import leaves no demo lead.
 */
@QuarkusTest
@TestProfile(DemoReplacementTest.DemoAtFirstStart.class)
class DemoReplacementTest {

    public static class DemoAtFirstStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tickler.demo.enabled", "true",
                    "tickler.data-dir", "target/test-data/demo-replacement",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:demo-replacement;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    FirstStart firstStart;
    @Inject
    ActivityStore store;
    @Inject
    Settings settings;

    /** Back to a first start on an empty store, the demo import under way. */
    @BeforeEach
    void firstStartAgain() throws InterruptedException {
        awaitFirstStart();
        store.clear();
        settings.remove(Settings.DEMO);
        firstStart.onStart(null);
    }

    @Test
    void aTakeoutPostedWhileTheDemoImportsLeavesNoDemoLead() throws Exception {
        Path zip = ImportApiTest.takeoutZip();
        given().multiPart("file", zip.toFile()).when().post("/api/import").then().statusCode(200);
        awaitFirstStart();

        assertFalse(firstStart.demoShown());
        Set<String> leads = leadKeys();
        store.clear();
        given().multiPart("file", zip.toFile()).when().post("/api/import").then().statusCode(200);
        assertEquals(leadKeys(), leads, "the same leads as the Takeout alone gives");
        Files.delete(zip);
    }

    @Test
    void anUnreadableFileLeavesTheDemoWhole() throws InterruptedException {
        awaitFirstStart();
        Set<String> demoLeads = leadKeys();
        assertTrue(demoLeads.size() >= 20, demoLeads.toString());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        given().multiPart("file", "photo.png", png).when().post("/api/import").then().statusCode(415);
        given().multiPart("file", "empty.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes())
                .when().post("/api/import").then().statusCode(200).body("events", equalTo(0));

        assertTrue(firstStart.demoShown());
        assertEquals(demoLeads, leadKeys());
    }

    private static Set<String> leadKeys() {
        List<String> keys = given().get("/api/leads").then().statusCode(200).extract().path("key");
        return new TreeSet<>(keys);
    }

    /** The first-start thread (writing the demo archive, then importing it) has ended. */
    private static void awaitFirstStart() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("tickler-first-start")) {
                t.join(120_000);
                assertFalse(t.isAlive(), "the first-start import did not end within two minutes");
            }
        }
    }
}
