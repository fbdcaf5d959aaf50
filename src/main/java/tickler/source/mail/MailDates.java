package tickler.source.mail;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient reading of the dates real mail carries: RFC 2822 with the usual sins, and mbox envelopes. */
final class MailDates {

    private static final Pattern RFC2822 = Pattern.compile(
            "(?:[A-Za-z]{2,},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+(\\d{2,4}),?\\s+"
                    + "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:\\.\\d+)?\\s*([+-]\\s?\\d{2}:?\\d{2}|[A-Za-z]{1,5})?.*",
            Pattern.DOTALL);
    /** asctime as in mbox envelopes, with Takeout's zone before the year: "Tue Aug 05 08:00:23 +0000 2008". */
    private static final Pattern ASCTIME = Pattern.compile(
            ".*?[A-Za-z]{3}\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+"
                    + "(?:([+-]\\d{4}|[A-Z]{2,5})\\s+)?(\\d{4}).*");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("MSK", 3), Map.entry("CET", 1), Map.entry("CEST", 2));

    private MailDates() {
    }

    /** A Date header value, or null when it holds no recognisable date. */
    static Instant parseHeader(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher m = RFC2822.matcher(v);
        if (m.matches()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                int year = Integer.parseInt(m.group(3));
                if (m.group(3).length() <= 2) {
                    year += year < 50 ? 2000 : 1900;
                } else if (m.group(3).length() == 3) {
                    year += 1900;
                }
                Instant at = at(year, month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), m.group(6), m.group(7));
                if (at != null) {
                    return at;
                }
            }
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            return parseEnvelope(v);
        }
    }

    /** The date in an mbox separator line ("From 123@xxx Tue Aug 05 08:00:23 +0000 2008"), or null. */
    static Instant parseEnvelope(String line) {
        if (line == null) {
            return null;
        }
        Matcher m = ASCTIME.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        return at(Integer.parseInt(m.group(7)), month, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), m.group(5), m.group(6));
    }

    private static Instant at(int year, int month, int day, int hour, int minute, String second, String zone) {
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, Math.min(hour, 23), minute,
                    second == null ? 0 : Math.min(Integer.parseInt(second), 59));
            return local.toInstant(offset(zone));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        String z = zone.replace(" ", "").replace(":", "");
        if (z.startsWith("+") || z.startsWith("-")) {
            int sign = z.startsWith("-") ? -1 : 1;
            int hours = Integer.parseInt(z.substring(1, 3));
            int minutes = Integer.parseInt(z.substring(3, 5));
            if (hours > 18 || minutes > 59) {
                return ZoneOffset.UTC;
            }
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        return ZoneOffset.ofHours(ZONES.getOrDefault(z.toUpperCase(Locale.ROOT), 0));
    }
}
