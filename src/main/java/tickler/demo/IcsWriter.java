package tickler.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes one calendar as Google Calendar's export does: RFC 5545 with CRLF, lines folded at 75
 * octets (never inside a UTF-8 sequence), text escaped, timed single events in UTC and series in
 * the calendar's zone with a VTIMEZONE.
 */
final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int FOLD = 75;

    private final StringBuilder out = new StringBuilder();
    private final ZoneId zone;

    private IcsWriter(ZoneId zone) {
        this.zone = zone;
    }

    /** The whole calendar; {@code stamp} is DTSTAMP, the export time. */
    static void write(OutputStream os, String calendarName, ZoneId zone, Instant stamp, List<CalendarEvent> events)
            throws IOException {
        IcsWriter w = new IcsWriter(zone);
        w.line("BEGIN:VCALENDAR");
        w.line("PRODID:-//Google Inc//Google Calendar 70.9054//EN");
        w.line("VERSION:2.0");
        w.line("CALSCALE:GREGORIAN");
        w.line("METHOD:PUBLISH");
        w.line("X-WR-CALNAME:" + text(calendarName));
        w.line("X-WR-TIMEZONE:" + zone.getId());
        w.timezone();
        for (CalendarEvent e : events) {
            w.event(e, stamp);
        }
        w.line("END:VCALENDAR");
        os.write(w.out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Europe/Moscow has kept +03:00 without DST since 2014, so one STANDARD rule is exact. */
    private void timezone() {
        String offset = zone.getRules().getOffset(Instant.EPOCH.plusSeconds(1_500_000_000L)).getId().replace(":", "");
        line("BEGIN:VTIMEZONE");
        line("TZID:" + zone.getId());
        line("X-LIC-LOCATION:" + zone.getId());
        line("BEGIN:STANDARD");
        line("TZOFFSETFROM:" + offset);
        line("TZOFFSETTO:" + offset);
        line("TZNAME:MSK");
        line("DTSTART:19700101T000000");
        line("END:STANDARD");
        line("END:VTIMEZONE");
    }

    private void event(CalendarEvent e, Instant stamp) {
        line("BEGIN:VEVENT");
        if (e.allDay()) {
            line("DTSTART;VALUE=DATE:" + DATE.format(e.day()));
            line("DTEND;VALUE=DATE:" + DATE.format(e.day().plusDays(1)));
        } else if (e.recurring()) {
            line("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(e.start().atZone(zone)));
            line("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(e.end().atZone(zone)));
            line("RRULE:FREQ=WEEKLY;WKST=MO;COUNT=" + e.weeklyCount());
            for (Instant x : e.exdates()) {
                line("EXDATE;TZID=" + zone.getId() + ":" + LOCAL.format(x.atZone(zone)));
            }
        } else {
            line("DTSTART:" + UTC.format(e.start()));
            line("DTEND:" + UTC.format(e.end()));
        }
        line("DTSTAMP:" + UTC.format(stamp));
        line("ORGANIZER;CN=" + param(e.organizer().name()) + ":mailto:" + e.organizer().address());
        line("UID:" + e.uid());
        for (CalendarEvent.Attendee a : e.attendees()) {
            line("ATTENDEE;CUTYPE=" + (a.resource() ? "RESOURCE" : "INDIVIDUAL")
                    + ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=" + param(a.person().name())
                    + ";X-NUM-GUESTS=0:mailto:" + a.person().address());
        }
        line("CREATED:" + UTC.format(e.created()));
        line("DESCRIPTION:" + text(e.description() == null ? "" : e.description()));
        line("LAST-MODIFIED:" + UTC.format(e.created()));
        line("LOCATION:" + text(e.location() == null ? "" : e.location()));
        line("SEQUENCE:0");
        line("STATUS:CONFIRMED");
        line("SUMMARY:" + text(e.summary()));
        line("TRANSP:OPAQUE");
        line("END:VEVENT");
    }

    /** RFC 5545 §3.3.11 TEXT escaping. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** A parameter value; quoted when it holds characters that would end it. DQUOTE cannot appear at all. */
    static String param(String s) {
        String v = s.replace("\"", "'");
        return v.matches(".*[;:,].*") ? '"' + v + '"' : v;
    }

    /** Appends one content line folded at 75 octets, continuation lines starting with a space. */
    private void line(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = FOLD;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = FOLD - 1;
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
