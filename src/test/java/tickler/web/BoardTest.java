package tickler.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tickler.activity.ActivityStore;

/** The board's search, filters, closed window and page weight over HTTP, at ten thousand leads. */
@QuarkusTest
@TestProfile(BoardWorld.Profile.class)
class BoardTest {

    private static final int MAX_PAGE_BYTES = 300 * 1024;

    @Inject
    ActivityStore store;

    @BeforeEach
    void seed() {
        BoardWorld.seed(store);
    }

    private static Document board(String query) {
        return Jsoup.parse(given().urlEncodingEnabled(false).get("/" + query).then().statusCode(200).extract().asString());
    }

    private static List<String> keys(Document board) {
        return board.select(".card").eachAttr("data-key");
    }

    private static int index(String key) {
        return Integer.parseInt(key.replaceAll("\\D", ""));
    }

    private static int count(Document board, String stage) {
        return Integer.parseInt(board.selectFirst(".column[data-stage=" + stage + "] .count").text());
    }

    @Test
    void tenThousandLeadsMakeAPageOfBoundedWeightWithAFewCardsPerColumn() {
        byte[] page = given().get("/").then().statusCode(200).extract().asByteArray();
        assertTrue(page.length <= MAX_PAGE_BYTES, page.length + " bytes");
        Document board = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        int shown = 0;
        for (Element column : board.select(".column")) {
            int cards = column.select(".card").size();
            int count = Integer.parseInt(column.selectFirst(".count").text());
            assertTrue(cards <= Board.CARDS_PER_COLUMN, cards + " cards");
            if (count > cards) {
                assertEquals((count - cards) + " more — refine the search", column.selectFirst(".more").text());
            }
            shown += count;
        }
        int olderWon = (int) IntStream.range(0, BoardWorld.LEADS)
                .filter(i -> BoardWorld.won(i) && BoardWorld.daysAgo(i) >= 90).count();
        assertEquals(BoardWorld.LEADS - olderWon, shown, "every lead but the deals closed before the window");
        assertEquals(shown + " leads", board.selectFirst("h1 small").text());
    }

    @Test
    void searchFindsALeadByNameAddressOrDomain() {
        String quokka = BoardWorld.key(BoardWorld.QUOKKA);
        for (String search : List.of("quokka", "QUOKKA LABS", "zebra.nine@", quokka)) {
            Document board = board("?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
            assertEquals(List.of(quokka), keys(board), search);
            assertEquals("1 of " + BoardWorld.LEADS + " leads", board.selectFirst("h1 small").text());
            assertEquals(search, board.selectFirst("#filters input[name=q]").val());
        }
        assertEquals(List.of(), keys(board("?q=nobody-at-all")));
    }

    @Test
    void filtersBySource() {
        Document board = board("?source=OUTBOUND");
        assertFalse(keys(board).isEmpty());
        assertTrue(keys(board).stream().allMatch(key -> BoardWorld.outbound(index(key))), keys(board).toString());
        assertTrue(board.select(".card .source").eachText().stream().allMatch("OUTBOUND"::equals));
        assertEquals("OUTBOUND", board.selectFirst("select[name=source] option[selected]").val());
        int inbound = board("?source=INBOUND").select(".column .count").eachText().stream().mapToInt(Integer::parseInt).sum();
        int outbound = board.select(".column .count").eachText().stream().mapToInt(Integer::parseInt).sum();
        int all = board("").select(".column .count").eachText().stream().mapToInt(Integer::parseInt).sum();
        assertEquals(all, inbound + outbound, "every lead of this world is inbound or outbound");
    }

    @Test
    void filtersByFlag() {
        Document forgotten = board("?flag=forgotten");
        assertFalse(keys(forgotten).isEmpty());
        assertEquals(forgotten.select(".card").size(), forgotten.select(".card.forgotten").size());
        Document missing = board("?flag=missing-follow-up");
        assertFalse(keys(missing).isEmpty());
        assertTrue(missing.select(".card").stream().allMatch(card -> card.text().contains("without a follow-up")));
        assertTrue(keys(missing).stream().allMatch(key -> BoardWorld.won(index(key))), "only the won leads had meetings");
    }

    @Test
    void filtersByCalendarOwner() {
        Document board = board("?owner=petr@sellwell.io");
        assertEquals(List.of("", "olga@sellwell.io", "petr@sellwell.io"),
                board.select("select[name=owner] option").eachAttr("value"));
        assertFalse(keys(board).isEmpty());
        assertTrue(keys(board).stream().allMatch(key -> index(key) % 2 == 1), keys(board).toString());
        Document both = board("?owner=petr@sellwell.io&q=acme4242.io");
        assertEquals(List.of(), keys(both), "lead 4242 is Olga's");
        assertEquals(List.of("acme4242.io"), keys(board("?owner=OLGA@sellwell.io&q=acme4242.io")));
    }

    @Test
    void closedColumnsShowTheLast90DaysAndTheRestOneClickAway() {
        int recentWon = (int) IntStream.range(0, BoardWorld.LEADS).filter(i -> BoardWorld.won(i) && BoardWorld.daysAgo(i) < 90).count();
        int allWon = (int) IntStream.range(0, BoardWorld.LEADS).filter(BoardWorld::won).count();
        Document recent = board("?source=INBOUND");
        Document all = board("?source=INBOUND&closed=all");
        Document everything = board("?closed=all");
        assertEquals(recentWon, count(board(""), "WON"));
        assertEquals(allWon, count(everything, "WON"));
        assertTrue(count(all, "WON") > count(recent, "WON"));
        Element older = recent.selectFirst("#closed-window a");
        assertEquals("show " + (count(all, "WON") - count(recent, "WON")) + " closed earlier", older.text());
        assertEquals("/?source=INBOUND&closed=all", older.attr("href"), "the link keeps the filters");
        assertEquals("all", all.selectFirst("#filters input[name=closed]").val(), "a new search keeps every closed deal");
    }
}
