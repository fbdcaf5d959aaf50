package tickler.source.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tickler.source.google.GoogleKit.NOW;
import static tickler.source.google.GoogleKit.connect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tickler.activity.Activity;
import tickler.activity.ActivityStore;
import tickler.source.google.fake.FakeGoogle;
import tickler.source.google.fake.FakeGoogleResource;
import tickler.source.google.fake.Mails;
import tickler.source.takeout.TakeoutImport;

/**
 * One activity per message or occurrence, however it arrived: the same mail and the same events,
 * read once from Gmail and Google Calendar through the official client and once from a Takeout
 * mbox and .ics, are stored as the same bytes. Only {@code source} and {@code link} say which way
 * each came, so they are set aside.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeGoogleResource.class, restrictToAnnotatedClass = true)
class SameActivityEitherWayTest {

    private static final String OWNER = "owner@example.com";
    /** A reply in Russian with an encoded subject and display name, a Cc, and a quoted earlier message. */
    private static final String MESSAGE = "Message-ID: <otvet-1@otkat.example>\r\n"
            + "Date: Tue, 24 Nov 2026 10:15:00 +0300\r\n"
            + "From: =?UTF-8?B?0JLQsNGB0Y8g0J/Rg9C/0LrQuNC9?= <Vasya@Otkat.example>\r\n"
            + "To: Owner <owner@example.com>\r\n"
            + "Cc: buh@otkat.example\r\n"
            + "Subject: =?UTF-8?B?UmU6INCh0LzQtdGC0LA=?=\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n"
            + "\r\n"
            + "Бюджет 1,2 млн рублей, команда 5 человек.\r\n"
            + "\r\n"
            + "23 нояб. 2026 г., в 18:00, Owner <owner@example.com> написал(а):\r\n"
            + "> Пришлите, пожалуйста, бюджет.\r\n";

    private static final String CALENDAR = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
            X-WR-CALNAME:owner@example.com\r
            X-WR-TIMEZONE:Europe/Moscow\r
            BEGIN:VEVENT\r
            DTSTART:20261127T090000Z\r
            DTEND:20261127T100000Z\r
            DTSTAMP:20261120T000000Z\r
            ORGANIZER;CN=Owner:mailto:owner@example.com\r
            UID:demo-call@google.com\r
            ATTENDEE;CN=Вася Пупкин;PARTSTAT=ACCEPTED:mailto:Vasya@Otkat.example\r
            ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:owner@example.com\r
            CREATED:20261120T101500Z\r
            DESCRIPTION:Обсудить смету\\n\\n\\n  позвать petya@otkat.example   тоже\r
            LOCATION:Москва\\, Тверская 1\r
            SUMMARY:  Call Vasya from Otkat vasya@otkat.example \r
            END:VEVENT\r
            BEGIN:VEVENT\r
            DTSTART;VALUE=DATE:20261203\r
            DTEND;VALUE=DATE:20261204\r
            DTSTAMP:20261120T000000Z\r
            UID:expo@google.com\r
            CREATED:20261101T000000Z\r
            SUMMARY:Sales expo\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            DTSTART:20261110T070000Z\r
            DTEND:20261110T073000Z\r
            RRULE:FREQ=WEEKLY;COUNT=3\r
            DTSTAMP:20261101T000000Z\r
            UID:standup@google.com\r
            CREATED:20261101T000000Z\r
            SUMMARY:Standup\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            RECURRENCE-ID:20261117T070000Z\r
            DTSTART:20261118T080000Z\r
            DTEND:20261118T083000Z\r
            DTSTAMP:20261101T000000Z\r
            UID:standup@google.com\r
            CREATED:20261101T000000Z\r
            SUMMARY:Standup (moved)\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    @FakeGoogleResource.Fake
    FakeGoogle fake;

    @Inject
    GoogleSync sync;
    @Inject
    GoogleStore store;
    @Inject
    TokenCipher cipher;
    @Inject
    ActivityStore activities;
    @Inject
    TakeoutImport imports;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void empty() {
        GoogleKit.empty(activities, store);
    }

    @Test
    void theSameMailAndEventsGiveByteIdenticalActivitiesFromGoogleAndFromTakeout(@TempDir Path dir) throws Exception {
        String email = connect(fake, store, cipher, OWNER);
        FakeGoogle.User user = fake.user(email);
        user.addMessage(MESSAGE.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-24T07:15:00Z"), "INBOX", "IMPORTANT");
        FakeGoogle.Calendar calendar = user.primary();
        calendar.put(call());
        calendar.put(expo());
        calendar.put(standup("2026-11-10T07:00:00Z", "2026-11-10T07:00:00Z", "Standup"));
        calendar.put(standup("2026-11-17T07:00:00Z", "2026-11-18T08:00:00Z", "Standup (moved)"));
        calendar.put(standup("2026-11-24T07:00:00Z", "2026-11-24T07:00:00Z", "Standup"));
        assertTrue(sync.sync(email, true));
        Map<String, String> fromGoogle = stored();

        long thread = Long.parseUnsignedLong(threadOf(fromGoogle), 16);
        GoogleKit.empty(activities, store);
        Path mbox = dir.resolve("All mail Including Spam and Trash.mbox");
        Files.writeString(mbox, "From 1851000000000000001@xxx Tue Nov 24 07:15:00 +0000 2026\r\n"
                + "X-GM-THRID: " + Long.toUnsignedString(thread) + "\r\nX-Gmail-Labels: Inbox,Important\r\n" + MESSAGE + "\r\n",
                StandardCharsets.UTF_8);
        Path ics = dir.resolve("owner@example.com.ics");
        Files.writeString(ics, CALENDAR, StandardCharsets.UTF_8);
        imports.importFile(mbox, mbox.getFileName().toString());
        imports.importFile(ics, ics.getFileName().toString());
        Map<String, String> fromTakeout = stored();

        assertEquals(6, fromGoogle.size(), fromGoogle.keySet().toString());
        assertEquals(fromGoogle, fromTakeout);
    }

    private static Map<String, Object> call() {
        Map<String, Object> e = Mails.event("demo-call", "  Call Vasya from Otkat vasya@otkat.example ",
                Instant.parse("2026-11-27T09:00:00Z"), Instant.parse("2026-11-27T10:00:00Z"));
        e.put("description", "Обсудить смету\n\n\n  позвать petya@otkat.example   тоже");
        e.put("location", "Москва, Тверская 1");
        e.put("created", "2026-11-20T10:15:00.000Z");
        e.put("organizer", Map.of("email", OWNER, "displayName", "Owner", "self", true));
        e.put("attendees", List.of(Map.of("email", "Vasya@Otkat.example", "displayName", "Вася Пупкин"),
                Map.of("email", OWNER, "self", true)));
        return e;
    }

    private static Map<String, Object> expo() {
        Map<String, Object> e = Mails.allDay("expo", "Sales expo", "2026-12-03", "2026-12-04");
        e.put("created", "2026-11-01T00:00:00.000Z");
        e.remove("organizer");
        e.remove("attendees");
        return e;
    }

    private static Map<String, Object> standup(String originalStart, String start, String summary) {
        Map<String, Object> e = Mails.instance("standup", Instant.parse(originalStart), Instant.parse(start), summary);
        e.put("created", "2026-11-01T00:00:00.000Z");
        e.remove("organizer");
        e.remove("attendees");
        return e;
    }

    private static String threadOf(Map<String, String> stored) throws Exception {
        String message = stored.get("msg:otvet-1@otkat.example");
        return new ObjectMapper().readTree(message).get("threadId").asText();
    }

    /** Every stored activity as the JSON the store writes, with where it came from set aside. */
    private Map<String, String> stored() throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (Activity a : activities.all()) {
            Activity comparable = new Activity(a.key(), a.kind(), a.at(), a.end(), a.allDay(), a.title(), a.text(),
                    a.participants(), a.labels(), a.threadId(), a.attachments(), a.headers(), a.calendar(),
                    a.recurring(), a.created(), null, null);
            out.put(a.key(), json.writeValueAsString(comparable));
        }
        return out;
    }
}
