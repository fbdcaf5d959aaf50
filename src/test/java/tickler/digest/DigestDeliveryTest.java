package tickler.digest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tickler.activity.ActivityStore;

/**
 * Digests sent now over a real SMTP server and to a webhook receiver: what arrives, and that a
 * hostile name or subject arrives as plain text in both.
 */
@QuarkusTest
@TestProfile(DigestDeliveryTest.ToBothChannels.class)
class DigestDeliveryTest {

    public static class ToBothChannels implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a send is an SMTP session and a webhook call: on a loaded build machine, longer than REST Assured's 30 s
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:digest-delivery;DB_CLOSE_DELAY=-1",
                    "tickler.owner.time-zone", "Europe/Moscow", "quarkus.http.test-timeout", "3m");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DigestServers.class));
        }
    }

    @Inject
    ActivityStore store;

    @BeforeEach
    void hostileWorld() throws Exception {
        if (store.count() == 0) {
            store.save(Hostile.world());
        }
        DigestServers.smtp.purgeEmailFromAllMailboxes();
        DigestServers.slack.clear();
    }

    String leadUrl() {
        String id = given().get("/api/leads").jsonPath().getString("find { it.key == 'victim@gmail.com' }.id");
        return DigestServers.PUBLIC_URL + "/leads/" + id;
    }

    @Test
    void aHostileNameAndSubjectArriveAsPlainTextByEmail() throws Exception {
        given().post("/api/digests/daily/send").then().statusCode(200)
                .body("kind", equalTo("DAILY"))
                .body("period", equalTo("2026-11-26"))
                .body("actions", equalTo(2))
                .body("sends.channel", hasItems("email", "slack"))
                .body("sends.find { it.channel == 'email' }.status", equalTo("sent"))
                .body("sends.find { it.channel == 'email' }.detail", equalTo("anna@example.com, boss@example.com"));

        MimeMessage[] received = DigestServers.smtp.getReceivedMessages();
        assertEquals(2, received.length, "one copy per recipient");
        MimeMessage message = received[0];
        assertEquals("Daily digest, Thu 26 Nov 2026: 2 things need you", message.getSubject());
        assertEquals(List.of("anna@example.com", "boss@example.com"),
                Arrays.stream(message.getAllRecipients()).map(Address::toString).toList());
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        assertTrue(html.isMimeType("text/html"), html.getContentType());

        String plain = (String) text.getContent();
        assertTrue(plain.contains(Hostile.REMINDER), "plain text carries the title as written:\n" + plain);
        assertTrue(plain.contains(leadUrl()), plain);

        String source = (String) html.getContent();
        assertFalse(source.contains("<script"), "no markup from a subject:\n" + source);
        assertTrue(source.contains("&lt;!channel&gt; *bold* &lt;script&gt;alert(1)&lt;/script&gt;"), source);
        Document page = Jsoup.parse(source);
        assertTrue(page.select("script").isEmpty());
        assertEquals(Hostile.NAME, page.select("a[href=" + leadUrl() + "]").first().text(), "the link's text is the name, literally");
        assertTrue(page.select("li").stream().anyMatch(li -> li.text().contains(Hostile.REMINDER)), "the reminder, literally");
        assertTrue(page.select("li").stream().anyMatch(li -> li.text().contains(Hostile.SUBJECT)), "the first subject, literally");
        assertFalse(page.select("a[href^=http://evil]").hasText(), "no link from a subject");
    }

    @Test
    void aHostileNameAndSubjectArriveAsPlainTextInSlack() {
        given().post("/api/digests/daily/send").then().statusCode(200)
                .body("sends.find { it.channel == 'slack' }.status", equalTo("sent"))
                .body("sends.find { it.channel == 'slack' }.detail", equalTo("the Slack webhook"));

        List<JsonNode> accepted = DigestServers.slack.accepted();
        assertEquals(1, accepted.size());
        JsonNode message = accepted.get(0);
        assertEquals("Daily digest, Thu 26 Nov 2026: 2 things need you", message.get("text").asText());
        JsonNode blocks = message.get("blocks");
        assertEquals("header", blocks.get(0).get("type").asText());
        assertEquals("plain_text", blocks.get(0).get("text").get("type").asText());

        List<String> literal = new ArrayList<>();
        for (JsonNode block : blocks) {
            String type = block.get("type").asText();
            assertTrue(List.of("header", "section", "rich_text", "context").contains(type), type);
            if (block.has("text") && "mrkdwn".equals(block.get("text").get("type").asText())) {
                String mrkdwn = block.get("text").get("text").asText();
                assertFalse(mrkdwn.contains("<") || mrkdwn.contains(">"), "no Slack control sequence in mrkdwn: " + mrkdwn);
            }
            if (type.equals("rich_text")) {
                JsonNode section = block.get("elements").get(0);
                assertEquals("rich_text_section", section.get("type").asText());
                StringBuilder line = new StringBuilder();
                for (JsonNode element : section.get("elements")) {
                    String kind = element.get("type").asText();
                    assertTrue(kind.equals("text") || kind.equals("link"), "only literal text and our links: " + kind);
                    if (kind.equals("link")) {
                        assertTrue(element.get("url").asText().startsWith(DigestServers.PUBLIC_URL + "/"), element.toString());
                    }
                    line.append(element.get("text").asText());
                }
                literal.add(line.toString());
            }
        }
        assertTrue(literal.stream().anyMatch(l -> l.contains(Hostile.NAME + " — " + Hostile.REMINDER)), literal.toString());
        assertTrue(literal.stream().anyMatch(l -> l.contains(Hostile.NAME + " — " + Hostile.SUBJECT)), literal.toString());
    }

    @Test
    void theMonthlyDigestLinksTheMonthsReportByAShareLink() throws Exception {
        given().post("/api/digests/monthly/send").then().statusCode(200)
                .body("period", equalTo("2026-10"))
                .body("title", equalTo("Monthly report, October 2026"));
        MimeMessage email = DigestServers.smtp.getReceivedMessages()[0];
        assertEquals("Monthly report, October 2026: the month in numbers", email.getSubject());
        String html = (String) ((MimeMultipart) email.getContent()).getBodyPart(1).getContent();
        String link = Jsoup.parse(html).select("a:contains(Open the report)").attr("href");
        assertTrue(link.startsWith(DigestServers.PUBLIC_URL + "/r/"), "a share link, which needs no sign-in: " + link);
        assertTrue(DigestServers.slack.accepted().get(0).toString().contains("\"url\":\"" + link + "\""),
                "the same link in Slack");
        given().get(link.substring(DigestServers.PUBLIC_URL.length())).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("2026"));
    }

    @Test
    void anUnknownDigestIsNotFound() {
        given().post("/api/digests/hourly/send").then().statusCode(404);
    }
}
