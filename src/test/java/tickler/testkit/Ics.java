package tickler.testkit;

import java.nio.charset.StandardCharsets;

/**
 * A one-event calendar: the owner's reminder to call someone, naming the address. The smallest
 * import that makes a lead (a reminder in the owner's own calendar is a sales conversation).
 */
public final class Ics {

    private Ics() {
    }

    public static byte[] reminderToCall(String uid, String domain) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tickler tests//EN",
                "BEGIN:VEVENT", "UID:" + uid, "DTSTART:20261203T100000Z", "DTEND:20261203T110000Z",
                "SUMMARY:Call with Lena lena@" + domain,
                "END:VEVENT", "END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8);
    }
}
