package tickler.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Block Kit as Slack takes it: at most 50 blocks, the rest "and N more" on the board. */
class SlackMessageTest {

    static final String BOARD = "https://tickler.example.com/";

    static Digest withItems(int... perSection) {
        Period period = ScheduleTest.EIGHT.period(Kind.DAILY, LocalDate.of(2026, 11, 26), ZoneOffset.UTC);
        List<Digest.Section> sections = new ArrayList<>();
        for (int s = 0; s < perSection.length; s++) {
            int section = s;
            sections.add(new Digest.Section("Section " + s, IntStream.range(0, perSection[s])
                    .mapToObj(i -> new Digest.Item(null, "Lead " + section + "." + i, "<!here> & <@U123>", null,
                            BOARD + "leads/" + i, true))
                    .toList(), false));
        }
        return new Digest(Kind.DAILY, period, "Daily digest, Thu 26 Nov 2026", sections, null, BOARD);
    }

    @Test
    void aLongDigestStopsAtFiftyBlocksAndSaysHowManyMoreAreOnTheBoard() throws Exception {
        try (SlackReceiver slack = SlackReceiver.start()) {
            Digest digest = withItems(30, 30, 20);
            Replica.slack(slack).send(digest);
            JsonNode blocks = slack.accepted().get(0).get("blocks");
            assertEquals(50, blocks.size());
            int shown = 0;
            for (JsonNode block : blocks) {
                if (block.get("type").asText().equals("rich_text")
                        && block.get("elements").get(0).get("elements").size() > 1) {
                    shown++;
                }
            }
            JsonNode more = blocks.get(49).get("elements").get(0).get("elements").get(0);
            assertEquals("link", more.get("type").asText());
            assertEquals(BOARD, more.get("url").asText());
            assertEquals("and " + (80 - shown) + " more on the board", more.get("text").asText());
            assertEquals(80 - 46, 80 - shown, "a header, two section headings, 46 items and the link");
        }
    }

    @Test
    void aDigestThatFitsHasNoMoreLinkAndItsNotificationIsEscapedForMrkdwn() {
        SlackMessage message = SlackMessage.of(withItems(2));
        assertEquals(1 + 1 + 2, message.blocks().size());
        assertEquals("Daily digest, Thu 26 Nov 2026: 2 things need you", message.text());
        assertEquals("&lt;!channel&gt; &amp; &lt;http://evil|click&gt;", SlackMessage.escape("<!channel> & <http://evil|click>"));
        assertTrue(new ObjectMapper().valueToTree(message).toString().contains("\"text\":\" — <!here> & <@U123>\""),
                "rich text is literal: Slack shows it as written");
    }
}
