package tickler.testkit;

import java.nio.charset.StandardCharsets;

/** A one-event calendar naming a lead's address: the smallest import that makes a lead. */
public final class Ics {

    private Ics() {
    }

    public static byte[] meetingWith(String uid, String domain) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tickler tests//EN",
                "BEGIN:VEVENT", "UID:" + uid, "DTSTART:20261203T100000Z", "DTEND:20261203T110000Z",
                "SUMMARY:Call with Lena lena@" + domain, "ORGANIZER:mailto:owner@example.com",
                "ATTENDEE:mailto:lena@" + domain, "END:VEVENT", "END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8);
    }
}
