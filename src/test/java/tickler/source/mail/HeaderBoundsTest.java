package tickler.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;

/** What one header and one message may hold: a hostile message costs no more than real mail, and says what was cut. */
class HeaderBoundsTest {

    private final MessageReader reader = new MessageReader("takeout");

    private Activity read(String extraHeaders) throws Exception {
        String message = "Message-ID: <b1@client.example>\r\nDate: Mon, 5 Oct 2026 10:00:00 +0300\r\n"
                + "From: Вася <vasya@client.example>\r\nTo: owner@example.com\r\n" + extraHeaders + "\r\nHello\r\n";
        return reader.read(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)), null, null);
    }

    @Test
    void aHeaderFieldOverItsLimitSkipsTheMessageSayingWhy() {
        MalformedMessageException e = assertThrows(MalformedMessageException.class,
                () -> read("X-Padding: " + "a".repeat(1024 * 1024) + "\r\n"));
        assertEquals("a header field longer than 256 KB (the limit of one field): message not read", e.getMessage());
    }

    @Test
    void whatAnActivityKeepsOfHugeFieldsIsCut() throws Exception {
        StringBuilder labels = new StringBuilder("X-Gmail-Labels: ");
        for (int i = 0; i < 5000; i++) {
            labels.append(i == 0 ? "" : ",").append("Label ").append(i);
        }
        Activity a = read("Subject: " + "Счёт ".repeat(20_000) + "\r\n" + labels + "\r\n"
                + "List-Id: " + "l".repeat(100_000) + " <list.example>\r\n");
        assertEquals(Activity.MAX_TITLE, a.title().length());
        assertTrue(a.title().endsWith("…"));
        assertEquals(Activity.MAX_LABELS, a.labels().size());
        assertEquals(Activity.MAX_HEADER_VALUE, a.headers().get("List-Id").length());
        assertEquals("vasya@client.example", a.author().address());
    }

    @Test
    void fieldsAnActivityIsNotMadeOfAreNeverHeld() throws Exception {
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            junk.append("X-Junk-").append(i).append(": ").append("j".repeat(200 * 1024 / 100)).append("\r\n");
        }
        StringBuilder received = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            received.append("Received: from relay").append(i).append(" by mx; Mon, 5 Oct 2026 10:00:00 +0300\r\n");
        }
        Activity a = read(junk + received.toString() + "Subject: Привет\r\n");
        assertEquals("Привет", a.title());
    }
}
