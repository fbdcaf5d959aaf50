package tickler.source.google;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tickler.activity.Activity;
import tickler.activity.ActivityKind;
import tickler.activity.Participant;
import tickler.activity.Role;

/**
 * A Calendar API event instance as an activity, equal to what the Takeout .ics reader makes of the
 * same occurrence: key {@code evt:<iCalUID>/<original start>} (an ISO instant, or yyyy-MM-dd for an
 * all-day event), organizer and attendees, addresses mentioned in title, description or location.
 */
final class CalendarEvents {

    /** The address pattern of the .ics reader, so both find the same mentioned addresses. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}");

    private CalendarEvents() {
    }

    /** The activity key of an instance; null when the event carries no start (a bare cancellation). */
    static String key(Event e, ZoneId zone) {
        EventDateTime original = e.getOriginalStartTime() != null ? e.getOriginalStartTime() : e.getStart();
        if (original == null || e.getICalUID() == null) {
            return null;
        }
        return "evt:" + e.getICalUID() + "/" + originalText(original, zone);
    }

    static Activity activity(Event e, String calendarName, ZoneId zone) {
        String key = key(e, zone);
        if (key == null || e.getStart() == null) {
            return null;
        }
        boolean allDay = e.getStart().getDate() != null;
        Instant at = instant(e.getStart(), zone);
        Instant end = e.getEnd() == null ? at : instant(e.getEnd(), zone);
        String summary = blankToNull(e.getSummary());
        String description = blankToNull(e.getDescription());
        String location = blankToNull(e.getLocation());

        List<Participant> participants = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (e.getOrganizer() != null) {
            person(participants, seen, Role.ORGANIZER, e.getOrganizer().getEmail(), e.getOrganizer().getDisplayName());
        }
        if (e.getAttendees() != null) {
            for (EventAttendee a : e.getAttendees()) {
                person(participants, seen, Role.ATTENDEE, a.getEmail(), a.getDisplayName());
            }
        }
        for (String s : new String[] {summary, description, location}) {
            if (s == null) {
                continue;
            }
            Matcher m = EMAIL.matcher(s);
            while (m.find() && participants.size() < Activity.MAX_PARTICIPANTS) {
                if (seen.add(Role.MENTIONED + " " + m.group().toLowerCase(Locale.ROOT))) {
                    participants.add(new Participant(Role.MENTIONED, m.group(), null));
                }
            }
        }
        String text = description == null ? location
                : location == null ? description : description + "\n" + location;
        Instant created = e.getCreated() == null ? null : Instant.ofEpochMilli(e.getCreated().getValue());
        return new Activity(key, ActivityKind.EVENT, at, end, allDay, summary, text == null ? null : tidy(text),
                participants, Set.of(), null, List.of(), Map.of(), calendarName, e.getRecurringEventId() != null,
                created, e.getHtmlLink(), "calendar");
    }

    private static String originalText(EventDateTime t, ZoneId zone) {
        return t.getDate() != null ? t.getDate().toStringRfc3339().substring(0, 10) : instant(t, zone).toString();
    }

    /** All-day events start at 00:00 of their date in the calendar's zone, as in the .ics reader. */
    static Instant instant(EventDateTime t, ZoneId zone) {
        DateTime date = t.getDate();
        if (date != null) {
            return LocalDate.parse(date.toStringRfc3339().substring(0, 10)).atStartOfDay(zone).toInstant();
        }
        return Instant.ofEpochMilli(t.getDateTime().getValue());
    }

    private static void person(List<Participant> out, Set<String> seen, Role role, String email, String name) {
        if (email == null || email.indexOf('@') <= 0 || out.size() >= Activity.MAX_PARTICIPANTS) {
            return;
        }
        if (seen.add(role + " " + email.strip().toLowerCase(Locale.ROOT))) {
            out.add(new Participant(role, email, name));
        }
    }

    /** The whitespace rules of the .ics reader's text (paragraphs kept, runs collapsed, capped). */
    private static String tidy(String text) {
        String t = text.replace('\u00a0', ' ').replace("\r\n", "\n").replace('\r', '\n');
        t = t.replaceAll("[ \\t\\x0B\\f\\u200b\\u200c\\ufeff]+", " ");
        t = t.replaceAll(" *\n *", "\n");
        t = t.replaceAll("\n{3,}", "\n\n");
        t = t.strip();
        return t.length() > Activity.MAX_TEXT ? t.substring(0, Activity.MAX_TEXT) : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
