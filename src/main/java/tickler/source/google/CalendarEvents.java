package tickler.source.google;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import tickler.activity.Activity;
import tickler.activity.EventOccurrence;

/** A Calendar API event instance as the occurrence the Takeout .ics reader would read of it. */
final class CalendarEvents {

    private CalendarEvents() {
    }

    /** The activity of an instance; null when it carries no start or UID (a bare cancellation). */
    static Activity activity(Event e, String calendarName, ZoneId zone) {
        EventDateTime original = e.getOriginalStartTime() != null ? e.getOriginalStartTime() : e.getStart();
        if (original == null || e.getICalUID() == null || e.getStart() == null) {
            return null;
        }
        Instant at = instant(e.getStart(), zone);
        Temporal originalStart = original.getDate() != null ? day(original.getDate()) : instant(original, zone);
        EventOccurrence.Invitee organizer = e.getOrganizer() == null ? null
                : new EventOccurrence.Invitee(e.getOrganizer().getEmail(), e.getOrganizer().getDisplayName());
        List<EventOccurrence.Invitee> attendees = e.getAttendees() == null ? List.of() : e.getAttendees().stream()
                .map((EventAttendee a) -> new EventOccurrence.Invitee(a.getEmail(), a.getDisplayName())).toList();
        Instant created = e.getCreated() == null ? null : Instant.ofEpochMilli(e.getCreated().getValue());
        return new EventOccurrence(e.getICalUID(), originalStart, at, e.getEnd() == null ? at : instant(e.getEnd(), zone),
                e.getStart().getDate() != null, e.getSummary(), e.getDescription(), e.getLocation(), organizer,
                attendees, calendarName, e.getRecurringEventId() != null, created, e.getHtmlLink(), "calendar")
                .activity();
    }

    /** All-day events start at 00:00 of their date in the calendar's zone, as in the .ics reader. */
    private static Instant instant(EventDateTime t, ZoneId zone) {
        if (t.getDate() != null) {
            return day(t.getDate()).atStartOfDay(zone).toInstant();
        }
        return Instant.ofEpochMilli(t.getDateTime().getValue());
    }

    private static LocalDate day(DateTime date) {
        return LocalDate.parse(date.toStringRfc3339().substring(0, 10));
    }
}
