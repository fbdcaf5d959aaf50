package tickler.activity;

import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One occurrence of a calendar event as a source reads it, before it is an activity. Both the
 * .ics reader and the Calendar API reader fill this, so an occurrence becomes the same activity
 * whichever way it arrived: the same key, people, mentioned addresses and text.
 *
 * @param uid           the iCalendar UID, or null
 * @param originalStart its start in the series (an {@link Instant}, or a {@link java.time.LocalDate} all day)
 * @param start         when it starts (all-day: 00:00 of its date in the calendar's zone)
 * @param end           when it ends
 * @param allDay        an all-day event
 * @param summary       the title as written; this, description and location may be blank or null
 * @param description   the notes as written
 * @param location      the place as written
 * @param organizer     the organiser, or null
 * @param attendees     the attendees in the order given
 * @param calendar      the calendar's name
 * @param recurring     an occurrence of a series
 * @param created       when the event was created, or null
 * @param link          where the user opens it in Google Calendar, or null
 * @param source        the {@code source} tag of the activity
 */
public record EventOccurrence(String uid, Temporal originalStart, Instant start, Instant end, boolean allDay,
                              String summary, String description, String location, Invitee organizer,
                              List<Invitee> attendees, String calendar, boolean recurring, Instant created,
                              String link, String source) {

    /** An address as the calendar gives it (a {@code mailto:} URI or a bare address) with its name. */
    public record Invitee(String address, String name) {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}");
    private static final Pattern MAILTO = Pattern.compile("(?i)^mailto:");

    public Activity activity() {
        String title = blankToNull(summary);
        String notes = blankToNull(description);
        String place = blankToNull(location);
        List<Participant> participants = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (organizer != null) {
            invitee(participants, seen, Role.ORGANIZER, organizer);
        }
        for (Invitee attendee : attendees == null ? List.<Invitee>of() : attendees) {
            invitee(participants, seen, Role.ATTENDEE, attendee);
        }
        // A reminder names its contact in the text: "Call Vasya vasya@otkat.ru".
        for (String s : new String[] {title, notes, place}) {
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
        String text = notes == null ? place : place == null ? notes : notes + "\n" + place;
        return new Activity(ActivityKeys.event(uid, originalStart, title), ActivityKind.EVENT, start, end, allDay,
                title, text == null ? null : ActivityText.tidy(text), participants, Set.of(), null, List.of(),
                Map.of(), calendar, recurring, created, link, source);
    }

    private static void invitee(List<Participant> out, Set<String> seen, Role role, Invitee invitee) {
        if (invitee.address() == null || out.size() >= Activity.MAX_PARTICIPANTS) {
            return;
        }
        String address = MAILTO.matcher(invitee.address().strip()).replaceFirst("").strip();
        if (address.indexOf('@') <= 0) {
            return;
        }
        if (seen.add(role + " " + address.toLowerCase(Locale.ROOT))) {
            out.add(new Participant(role, address, invitee.name()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
