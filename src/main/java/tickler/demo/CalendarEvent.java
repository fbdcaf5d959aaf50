package tickler.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One VEVENT as Google Calendar exports it. Either {@code start}/{@code end} (timed) or
 * {@code day} (all-day, one day) is set; {@code weekly} and {@code exdates} make a series.
 */
record CalendarEvent(
        String uid,
        String summary,
        String description,
        String location,
        Instant start,
        Instant end,
        LocalDate day,
        Person organizer,
        List<Attendee> attendees,
        int weeklyCount,
        List<Instant> exdates,
        Instant created) {

    record Attendee(Person person, boolean resource) {
    }

    boolean allDay() {
        return day != null;
    }

    boolean recurring() {
        return weeklyCount > 0;
    }

    /** Occurrences a reader expanding the series finds. */
    int occurrences() {
        return recurring() ? weeklyCount - exdates.size() : 1;
    }
}
