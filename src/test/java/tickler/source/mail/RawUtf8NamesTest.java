package tickler.source.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tickler.activity.Activity;
import tickler.activity.Participant;
import tickler.activity.Role;

/** Display names written in raw UTF-8 (RFC 6532), as Russian mail services and some clients send them. */
class RawUtf8NamesTest {

    private final MessageReader reader = new MessageReader("takeout");

    private Activity read(String from, String to, String cc) throws Exception {
        String message = "Message-ID: <n1@example.com>\r\nDate: Mon, 5 Oct 2026 10:00:00 +0300\r\n"
                + "From: " + from + "\r\nTo: " + to + "\r\n" + (cc == null ? "" : "Cc: " + cc + "\r\n")
                + "Subject: =?UTF-8?B?0J/RgNC40LLQtdGC?=\r\n\r\nHello\r\n";
        return reader.read(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)), null, null);
    }

    @Test
    void russianNameInRawUtf8KeepsTheMessageAndTheAddress() throws Exception {
        Activity a = read("Вася Пупкин <utf1@gmail.com>", "Owner <owner@example.com>", null);
        assertEquals(new Participant(Role.FROM, "utf1@gmail.com", "Вася Пупкин"), a.author());
    }

    @Test
    void emojiAndRightToLeftOverrideNeverCutTheAddress() throws Exception {
        Activity a = read("\uD83D\uDE80 Rocket Team <utf2@gmail.com>",
                "\u202Eevil\u202C <utf3@gmail.com>, \"Мария, отдел продаж\" <maria@sales.example>",
                "John Smith <john@client.example>, Иван 🙂 <ivan@mail.ru>");
        assertEquals(List.of("utf2@gmail.com", "utf3@gmail.com", "maria@sales.example", "john@client.example",
                "ivan@mail.ru"), a.participants().stream().map(Participant::address).toList());
        assertEquals("\uD83D\uDE80 Rocket Team", a.author().name());
        assertEquals("Мария, отдел продаж", a.participants().get(2).name());
    }

    /** Found by the fuzz test: a stray backslash and quote made the parser swallow the address into the name. */
    @Test
    void aStrayQuoteInTheNameStillGivesTheAddressBetweenAngleBrackets() throws Exception {
        Activity a = read("עברית \\\" хыпиьфы <c.nzz@gmail.com>", "owner@example.com", null);
        assertEquals("c.nzz@gmail.com", a.author().address());
    }

    @Test
    void anAddressWrittenAfterItsNameWithoutBracketsIsStillRead() throws Exception {
        Activity a = read("Big Bug bb@bug.com", "Иван Петров ivan@owner.example", null);
        assertEquals(List.of("bb@bug.com", "ivan@owner.example"), a.participants().stream().map(Participant::address).toList());
    }

    @Test
    void encodedWordsAndRawUtf8ReadTheSame() throws Exception {
        Activity encoded = read("=?UTF-8?B?0JLQsNGB0Y8g0J/Rg9C/0LrQuNC9?= <utf1@gmail.com>", "owner@example.com", null);
        Activity raw = read("Вася Пупкин <utf1@gmail.com>", "owner@example.com", null);
        assertEquals(raw.participants(), encoded.participants());
    }
}
