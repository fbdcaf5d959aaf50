package tickler.source.takeout;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A large Google-style calendar: events in Europe/Moscow, Europe/London and America/New_York with
 * their VTIMEZONEs, timed, all-day and weekly series, English and Russian titles.
 */
public final class LargeCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final String[] ZONES = {"Europe/Moscow", "Europe/London", "America/New_York"};

    private LargeCalendar() {
    }

    /** {@code events} VEVENTs; with {@code brokenLine}, one line no parser accepts, so the whole-file parse fails. */
    public static byte[] write(int events, boolean brokenLine) {
        StringBuilder s = new StringBuilder(events * 700);
        s.append("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n")
                .append("CALSCALE:GREGORIAN\r\nX-WR-CALNAME:big@example.com\r\nX-WR-TIMEZONE:Europe/Moscow\r\n");
        s.append("""
                BEGIN:VTIMEZONE\r
                TZID:Europe/Moscow\r
                BEGIN:STANDARD\r
                TZOFFSETFROM:+0300\r
                TZOFFSETTO:+0300\r
                TZNAME:MSK\r
                DTSTART:19700101T000000\r
                END:STANDARD\r
                END:VTIMEZONE\r
                BEGIN:VTIMEZONE\r
                TZID:Europe/London\r
                BEGIN:DAYLIGHT\r
                TZOFFSETFROM:+0000\r
                TZOFFSETTO:+0100\r
                TZNAME:BST\r
                DTSTART:19700329T010000\r
                RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
                END:DAYLIGHT\r
                BEGIN:STANDARD\r
                TZOFFSETFROM:+0100\r
                TZOFFSETTO:+0000\r
                TZNAME:GMT\r
                DTSTART:19701025T020000\r
                RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
                END:STANDARD\r
                END:VTIMEZONE\r
                """);
        LocalDateTime start = LocalDateTime.parse("2024-01-08T09:00:00");
        for (int i = 0; i < events; i++) {
            String zone = ZONES[i % ZONES.length];
            LocalDateTime at = start.plusHours(3L * i);
            boolean russian = i % 2 == 0;
            s.append("BEGIN:VEVENT\r\n");
            s.append("DTSTART;TZID=").append(zone).append(':').append(LOCAL.format(at)).append("\r\n");
            s.append("DTEND;TZID=").append(zone).append(':').append(LOCAL.format(at.plusHours(1))).append("\r\n");
            s.append("DTSTAMP:20261101T000000Z\r\n");
            s.append("UID:large").append(i).append("@google.com\r\n");
            s.append("ORGANIZER;CN=Owner:mailto:owner@example.com\r\n");
            s.append("ATTENDEE;CN=").append(russian ? "Вася Пупкин" : "John Smith").append(";PARTSTAT=ACCEPTED:mailto:guest")
                    .append(i % 400).append("@client").append(i % 97).append(".example\r\n");
            s.append("SUMMARY:").append(russian ? "Встреча по проекту №" : "Project call #").append(i).append("\r\n");
            s.append("DESCRIPTION:").append(russian ? "Обсудить смету и сроки\\, бюджет 2 млн руб."
                    : "Discuss the estimate and timeline\\, budget $40k").append("\r\n");
            s.append("STATUS:CONFIRMED\r\n");
            if (brokenLine && i == events / 2) {
                s.append("BEGIN:VALARM\r\nEND:VEVENT\r\n");
            }
            s.append("END:VEVENT\r\n");
        }
        s.append("END:VCALENDAR\r\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
