package tickler.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tickler.activity.Activity;
import tickler.activity.ActivityKind;
import tickler.activity.Participant;
import tickler.activity.Role;

/**
 * A tiny builder of synthetic activities. Times are local date-times in {@link #ZONE};
 * addresses may carry a display name: {@code "Vasya (Otkat Kontora) <vasya@otkat.ru>"}.
 */
public final class Acts {

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    public static final Path DEFAULTS = Path.of("config/vocabulary.properties");
    private static final Pattern NAMED = Pattern.compile("^(.*)<(.+)>$");

    private final ActivityKind kind;
    private final String key;
    private Instant at;
    private Instant end;
    private boolean allDay;
    private String title = "";
    private String text = "";
    private final List<Participant> participants = new ArrayList<>();
    private final Set<String> labels = new LinkedHashSet<>();
    private final List<String> attachments = new ArrayList<>();
    private final Map<String, String> headers = new HashMap<>();
    private boolean recurring;
    private Instant created;

    private Acts(ActivityKind kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    public static Acts mail(String key) {
        return new Acts(ActivityKind.MESSAGE, "msg:" + key);
    }

    public static Acts event(String key) {
        return new Acts(ActivityKind.EVENT, "evt:" + key);
    }

    public static Instant t(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    public Acts at(String localDateTime) {
        this.at = t(localDateTime);
        if (kind == ActivityKind.EVENT && end == null) {
            end = at.plus(Duration.ofMinutes(30));
        }
        return this;
    }

    public Acts minutes(int minutes) {
        this.end = at.plus(Duration.ofMinutes(minutes));
        return this;
    }

    public Acts allDay(String date) {
        this.at = t(date + "T00:00");
        this.end = at.plus(Duration.ofDays(1));
        this.allDay = true;
        return this;
    }

    public Acts created(String localDateTime) {
        this.created = t(localDateTime);
        return this;
    }

    public Acts recurring() {
        this.recurring = true;
        return this;
    }

    public Acts title(String title) {
        this.title = title;
        return this;
    }

    public Acts text(String text) {
        this.text = text;
        return this;
    }

    public Acts from(String address) {
        return with(Role.FROM, address);
    }

    public Acts to(String... addresses) {
        for (String address : addresses) {
            with(Role.TO, address);
        }
        return this;
    }

    public Acts cc(String address) {
        return with(Role.CC, address);
    }

    public Acts organizer(String address) {
        return with(Role.ORGANIZER, address);
    }

    public Acts attendees(String... addresses) {
        for (String address : addresses) {
            with(Role.ATTENDEE, address);
        }
        return this;
    }

    public Acts mentions(String address) {
        return with(Role.MENTIONED, address);
    }

    public Acts sent() {
        labels.add("Sent");
        return this;
    }

    public Acts label(String label) {
        labels.add(label);
        return this;
    }

    public Acts attachment(String name) {
        attachments.add(name);
        return this;
    }

    public Acts header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Activity build() {
        return new Activity(key, kind, at, kind == ActivityKind.EVENT ? end : null, allDay, title, text,
                participants, labels, null, attachments, headers,
                kind == ActivityKind.EVENT ? "primary" : null, recurring, created, null, "test");
    }

    private Acts with(Role role, String address) {
        Matcher matcher = NAMED.matcher(address.strip());
        participants.add(matcher.matches()
                ? new Participant(role, matcher.group(2), matcher.group(1))
                : new Participant(role, address, null));
        return this;
    }
}
