package tickler.source.takeout;

import tickler.source.mail.MalformedMessageException;
import tickler.source.mail.MessageReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tickler.activity.Activity;

/**
 * Generated calendars and messages, grammatical and broken: the readers never throw anything but
 * their own "skipped" answer, and never alter an address. Each property runs {@code jqwik.tries}
 * times (300, set in the pom); a longer run: {@code ./mvnw test -Dtest=ReadersFuzzTest -Djqwik.tries=20000}.
 */
class ReadersFuzzTest {

    private static final String CRLF = "\r\n";

    // ---- .ics ----

    @Property
    void anyCalendarIsReadOrSkippedWithAReason(@ForAll("calendars") String ics) {
        Collected c = new Collected();
        new IcsReader(Collected.OPTIONS).read("fuzz.ics", "fuzz.ics", ics.getBytes(StandardCharsets.UTF_8), c);
        assertTrue(c.skipped.values().stream().noneMatch(r -> r == null || r.isBlank()), c.skipped.toString());
        for (Activity a : c.activities) {
            assertTrue(a.key().startsWith("evt:"), a.key());
            assertTrue(a.end() == null || !a.end().isBefore(a.at()), a.toString());
        }
    }

    @Provide
    Arbitrary<String> calendars() {
        Arbitrary<String> event = Combinators.combine(dateTime(), dateTime(), text(), Arbitraries.of(
                        "", "RRULE:FREQ=WEEKLY;COUNT=5", "RRULE:FREQ=DAILY", "RRULE:FREQ=YEARLY;BYMONTH=13",
                        "RRULE:FREQ=MINUTELY;INTERVAL=0", "EXDATE:20260105T100000Z", "RECURRENCE-ID:20260105T100000Z",
                        "STATUS:CANCELLED", "BEGIN:VALARM", "END:VTODO", "DURATION:PT1H", "DURATION:-P1W"),
                        Arbitraries.of("", "ATTENDEE;CN=Вася Пупкин:mailto:vasya@otkat.example",
                                "ORGANIZER;CN=\"Smith, John\":mailto:john@client.example", "ATTENDEE:mailto:"))
                .as((start, end, summary, extra, person) -> "BEGIN:VEVENT" + CRLF + "UID:" + summary.hashCode() + "@fuzz"
                        + CRLF + "DTSTART" + start + CRLF + "DTEND" + end + CRLF + "SUMMARY:" + summary + CRLF
                        + extra + CRLF + person + CRLF + "END:VEVENT" + CRLF);
        Arbitrary<String> zone = Arbitraries.of("", "BEGIN:VTIMEZONE" + CRLF + "TZID:Europe/Moscow" + CRLF + "BEGIN:STANDARD"
                + CRLF + "TZOFFSETFROM:+0300" + CRLF + "TZOFFSETTO:+0300" + CRLF + "DTSTART:19700101T000000" + CRLF
                + "END:STANDARD" + CRLF + "END:VTIMEZONE" + CRLF, "BEGIN:VTIMEZONE" + CRLF + "TZID:Broken" + CRLF
                + "END:VTIMEZONE" + CRLF);
        return Combinators.combine(zone, event.list().ofMaxSize(6), Arbitraries.of("", "X-WR-TIMEZONE:Europe/London",
                        "X-WR-TIMEZONE:Mars/Olympus"), Arbitraries.integers().between(0, 400), Arbitraries.of(true, false))
                .as((z, events, wr, cut, folded) -> {
                    String whole = "BEGIN:VCALENDAR" + CRLF + "VERSION:2.0" + CRLF + wr + CRLF + z + String.join("", events)
                            + "END:VCALENDAR" + CRLF;
                    // Cut short and refolded at odd places, as broken exporters and transfers leave them.
                    String text = cut == 0 ? whole : whole.substring(0, Math.max(0, whole.length() - cut));
                    return folded ? text.replaceAll("(.{20})", "$1" + CRLF + " ") : text;
                });
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ',', ';', '\\').ofMaxLength(30),
                Arbitraries.strings().withCharRange('а', 'я').withChars(' ', '\\', 'n').ofMaxLength(30),
                Arbitraries.of("Встреча с ООО Откат\\, бюджет 2 млн", "Call vasya@otkat.ru", "\uD83D\uDE80 Launch", ""));
    }

    private static Arbitrary<String> dateTime() {
        return Arbitraries.of(":20260105T100000Z", ";TZID=Europe/Moscow:20260105T100000", ";TZID=Broken:20260105T100000",
                ";TZID=Nowhere/City:20260105T100000", ";VALUE=DATE:20260105", ":20261305T100000", ":2026", ":",
                ";TZID=Eastern Standard Time:20260105T100000", ":20260105T100000");
    }

    // ---- MIME ----

    @Property
    void anyMessageIsReadOrSkippedAndItsSenderIsNeverAltered(@ForAll("displayNames") String name,
                                                             @ForAll("localParts") String local,
                                                             @ForAll("domains") String domain,
                                                             @ForAll("headerNoise") String noise,
                                                             @ForAll("bodies") String body) throws Exception {
        String address = local + "@" + domain;
        String message = noise + "Message-ID: <" + local + "@fuzz>" + CRLF + "Date: Mon, 5 Oct 2026 10:00:00 +0300" + CRLF
                + "From: " + name + " <" + address + ">" + CRLF + "To: owner@example.com" + CRLF + "Subject: " + name + CRLF
                + body;
        Activity a;
        try {
            a = new MessageReader("takeout").read(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)), null,
                    null);
        } catch (MalformedMessageException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            return;
        }
        assertEquals(address.toLowerCase(java.util.Locale.ROOT), a.author().address(), message);
    }

    @Provide
    Arbitrary<String> displayNames() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("\uD83D\uDE80", "\uD83D\uDE00\uD83D\uDE00", "\u202E", "\u202C", "\u200F", "עברית", "中文",
                        "=?UTF-8?B?0JLQsNGB0Y8=?=", "=?koi8-r?Q?=F7=C1=D3=D1?=", "=?broken?", "\"Smith, John\"", "(comment)",
                        "\\\"", "O'Neil"));
        return word.list().ofMinSize(0).ofMaxSize(4).map(ws -> String.join(" ", ws));
    }

    @Provide
    Arbitrary<String> localParts() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789._+-").ofMinLength(1).ofMaxLength(20)
                .filter(s -> Character.isLetterOrDigit(s.charAt(0)) && Character.isLetterOrDigit(s.charAt(s.length() - 1))
                        && !s.contains(".."));
    }

    @Provide
    Arbitrary<String> domains() {
        return Arbitraries.of("gmail.com", "mail.ru", "otkat.ru", "yandex.ru", "client.example", "dev.example.co.uk", "x.io");
    }

    @Provide
    Arbitrary<String> headerNoise() {
        return Arbitraries.of("", "Received: from a by b; Mon, 5 Oct 2026 10:00:00 +0300" + CRLF,
                        "X-Folded: one" + CRLF + "\ttwo" + CRLF, "X-Utf8: Привет 🚀" + CRLF, "X-Empty:" + CRLF,
                        "Content-Type: multipart/mixed; boundary=\"b\"" + CRLF)
                .list().ofMaxSize(3).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of(CRLF + "Hello" + CRLF, CRLF + "--b" + CRLF + "Content-Type: text/plain" + CRLF + CRLF
                + "part" + CRLF + "--b--" + CRLF, CRLF, "", CRLF + "=?UTF-8?B?broken" + CRLF,
                CRLF + "--b" + CRLF + "Content-Disposition: attachment; filename=\"счёт.pdf\"" + CRLF + CRLF + "%PDF" + CRLF);
    }

}
