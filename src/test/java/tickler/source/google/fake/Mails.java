package tickler.source.google.fake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Raw RFC 822 messages and Calendar API event resources for tests. */
public final class Mails {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private Mails() {
    }

    /** A message with Message-ID {@code <n.id@domain>}: its activity key is {@code msg:<n.id@domain>}. */
    public static byte[] message(String id, String from, String to, String subject, Instant date, String body) {
        String text = "Message-ID: <" + id + ">\r\n"
                + "Date: " + RFC_1123.format(date) + "\r\n"
                + "From: " + from + "\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + body + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A timed event (no recurrence). */
    public static Map<String, Object> event(String id, String summary, Instant start, Instant end, String... attendees) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("iCalUID", id + "@google.com");
        e.put("summary", summary);
        e.put("start", Map.of("dateTime", start.toString()));
        e.put("end", Map.of("dateTime", end.toString()));
        e.put("created", "2026-01-01T00:00:00.000Z");
        e.put("htmlLink", "https://www.google.com/calendar/event?eid=" + id);
        e.put("organizer", Map.of("email", "owner@example.com", "self", true));
        e.put("attendees", List.of(attendees).stream().map(a -> Map.of("email", a)).toList());
        return e;
    }

    /** An all-day event on {@code date} (yyyy-MM-dd). */
    public static Map<String, Object> allDay(String id, String summary, String date, String nextDate) {
        Map<String, Object> e = event(id, summary, Instant.EPOCH, Instant.EPOCH);
        e.put("start", Map.of("date", date));
        e.put("end", Map.of("date", nextDate));
        return e;
    }

    /** One instance of a recurring series, as singleEvents=true lists it. */
    public static Map<String, Object> instance(String seriesId, Instant originalStart, Instant start, String summary) {
        String suffix = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(originalStart);
        Map<String, Object> e = event(seriesId + "_" + suffix, summary, start, start.plusSeconds(1800));
        e.put("iCalUID", seriesId + "@google.com");
        e.put("recurringEventId", seriesId);
        e.put("originalStartTime", new HashMap<>(Map.of("dateTime", originalStart.toString())));
        return e;
    }
}
