package tickler.activity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One calendar event occurrence or one email message, normalised from any source.
 *
 * <p>{@code key} is the identity that does not depend on where the activity came from:
 * {@code msg:<Message-ID>} (or {@code msg:sha256:<hash>} when a message has none) and
 * {@code evt:<iCalendar UID>/<original start>} for an event occurrence, so a Takeout import
 * and a later live sync of the same mailbox or calendar meet in one row.
 *
 * @param key         source-independent identity, see above
 * @param kind        message or event occurrence
 * @param at          message Date, or occurrence start (all-day: 00:00 of its date in the calendar's zone)
 * @param end         occurrence end; null for messages
 * @param allDay      an all-day event
 * @param title       subject or event summary (untrusted)
 * @param body        the author's own words ({@link #text()}): body text without quoted replies or
 *                    forwarded parts, for events the description and location; capped (see {@link #MAX_TEXT})
 * @param participants addresses with their roles
 * @param labels      Gmail labels by display name (Inbox, Sent, user labels); empty for events
 * @param threadId    Gmail thread id in hex (as the Gmail API spells it), or null
 * @param attachments file names of attachments
 * @param headers     the few headers identity needs (List-Id, List-Unsubscribe, Precedence, Auto-Submitted)
 * @param calendar    the calendar's name for events, null for messages
 * @param recurring   an occurrence of a recurring series
 * @param created     when the event was created (iCalendar CREATED), or null
 * @param link        where the user can open it in Gmail or Google Calendar, or null
 * @param source      where it was first read from: takeout, gmail, calendar
 */
public record Activity(
        String key,
        ActivityKind kind,
        Instant at,
        Instant end,
        boolean allDay,
        String title,
        @JsonProperty("text") Body body,
        List<Participant> participants,
        Set<String> labels,
        String threadId,
        List<String> attachments,
        Map<String, String> headers,
        String calendar,
        boolean recurring,
        Instant created,
        String link,
        String source) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_PARTICIPANTS = 200;
    /**
     * What one activity may hold of each field, so a hostile file (a megabyte subject, a header
     * of ten thousand labels) costs the store and the in-memory pipeline no more than real mail.
     */
    public static final int MAX_TITLE = 1000;
    public static final int MAX_LABELS = 100;
    public static final int MAX_ATTACHMENTS = 100;
    public static final int MAX_NAME = 255;
    public static final int MAX_HEADER_VALUE = 1000;

    public Activity {
        // An immutable collection within its bounds is kept as it is (List.copyOf and Set.copyOf return it),
        // so activities read from the store can share one instance of what many of them hold alike.
        participants = participants == null ? List.of()
                : List.copyOf(participants.size() <= MAX_PARTICIPANTS ? participants : participants.subList(0, MAX_PARTICIPANTS));
        labels = labels == null ? Set.of()
                : labels.size() <= MAX_LABELS && labels.stream().allMatch(l -> l.length() <= MAX_NAME) ? Set.copyOf(labels)
                : labels.stream().limit(MAX_LABELS).map(l -> Bounded.cut(l, MAX_NAME)).collect(Collectors.toUnmodifiableSet());
        attachments = attachments == null ? List.of() : attachments.stream().limit(MAX_ATTACHMENTS)
                .map(a -> Bounded.cut(a, MAX_NAME)).toList();
        headers = headers == null ? Map.of() : headers.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, h -> Bounded.cut(h.getValue(), MAX_HEADER_VALUE)));
        title = Bounded.cut(title, MAX_TITLE);
        body = body == null ? Body.NONE : body;
    }

    public Activity(String key, ActivityKind kind, Instant at, Instant end, boolean allDay, String title, String text,
                    List<Participant> participants, Set<String> labels, String threadId, List<String> attachments,
                    Map<String, String> headers, String calendar, boolean recurring, Instant created, String link,
                    String source) {
        this(key, kind, at, end, allDay, title, Body.of(text), participants, labels, threadId, attachments, headers,
                calendar, recurring, created, link, source);
    }

    /** The author's own words, read from the store when the activity came from there; null when there are none. */
    public String text() {
        return body.text();
    }

    @JsonIgnore
    public boolean isMessage() {
        return kind == ActivityKind.MESSAGE;
    }

    @JsonIgnore
    public boolean isEvent() {
        return kind == ActivityKind.EVENT;
    }

    public List<Participant> withRole(Role role) {
        return participants.stream().filter(p -> p.role() == role).toList();
    }

    /** The sender of a message or the organiser of an event, if any. */
    public Participant author() {
        Role role = isMessage() ? Role.FROM : Role.ORGANIZER;
        // A loop, not a stream: the inference asks this of every activity many times per recompute.
        for (Participant participant : participants) {
            if (participant.role() == role) {
                return participant;
            }
        }
        return null;
    }
}
