package tickler.source.takeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tickler.activity.Activity;
import tickler.activity.Participant;
import tickler.activity.Role;

class CalendarTest {

    private final Collected cal = read("calendar.ics");

    private static Collected read(String name) {
        try {
            return Collected.read(Collected.resource(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void calendarNameAndZoneReported() {
        assertEquals(Map.of("owner@example.com", "Europe/Moscow"), cal.calendars);
    }

    @Test
    void timedEventWithZoneEscapesFoldingAndPeople() {
        Activity a = cal.byKey("evt:single1@google.com/2026-01-05T07:00:00Z");
        assertEquals(Instant.parse("2026-01-05T07:00:00Z"), a.at());
        assertEquals(Instant.parse("2026-01-05T08:00:00Z"), a.end());
        assertEquals("Встреча с ООО Откат, обсудить КП", a.title());
        assertEquals("Бюджет 3,5 млн руб.\nКонтакт: petya@otkat.example\nКоманда из 10 человек\nОфис; Москва", a.text());
        assertEquals(new Participant(Role.ORGANIZER, "ivan@owner.example", "Иван Петров"), a.author());
        assertEquals(List.of(new Participant(Role.ATTENDEE, "vasya@otkat.example", "Вася Пупкин"),
                new Participant(Role.ATTENDEE, "c_123@resource.calendar.google.com", "room")), a.withRole(Role.ATTENDEE));
        assertEquals(List.of("petya@otkat.example"), a.withRole(Role.MENTIONED).stream().map(Participant::address).toList());
        assertEquals(Instant.parse("2025-12-20T12:00:00Z"), a.created());
        assertEquals("owner@example.com", a.calendar());
        assertFalse(a.recurring());
        assertEquals("https://calendar.google.com/calendar/event?eid="
                + b64("single1 owner@example.com"), a.link());
    }

    @Test
    void allDayEventAtMidnightInCalendarZone() {
        Activity a = cal.byKey("evt:allday1@google.com/2026-01-10");
        assertTrue(a.allDay());
        assertEquals(Instant.parse("2026-01-09T21:00:00Z"), a.at());
        assertEquals(Instant.parse("2026-01-10T21:00:00Z"), a.end());
    }

    @Test
    void weeklySeriesWithExdateOverrideAndCancelledInstance() {
        List<Activity> weekly = cal.activities.stream().filter(a -> a.key().startsWith("evt:weekly1@google.com/")).toList();
        assertEquals(List.of("evt:weekly1@google.com/2026-01-06T06:00:00Z", "evt:weekly1@google.com/2026-01-20T06:00:00Z",
                "evt:weekly1@google.com/2026-02-03T06:00:00Z", "evt:weekly1@google.com/2026-02-10T06:00:00Z"),
                weekly.stream().map(Activity::key).toList());
        assertTrue(weekly.stream().allMatch(Activity::recurring));
        Activity moved = weekly.get(1);
        assertEquals("Weekly sync (moved)", moved.title());
        assertEquals(Instant.parse("2026-01-20T08:00:00Z"), moved.at());
        assertEquals(Instant.parse("2026-01-20T08:30:00Z"), moved.end());
        assertEquals("https://calendar.google.com/calendar/event?eid="
                + b64("weekly1_20260120T060000Z owner@example.com"), moved.link());
    }

    @Test
    void cancelledEventIsNotAnActivity() {
        assertTrue(cal.activities.stream().noneMatch(a -> a.key().contains("cancelled1")));
        assertEquals(1, cal.skipped.size(), cal.skipped.toString());
        assertEquals("event cancelled", cal.skipped.values().iterator().next());
    }

    @Test
    void floatingTimeWithoutUidUsesCalendarZoneAndContentHash() {
        Activity a = cal.activities.stream().filter(x -> x.key().startsWith("evt:sha256:")).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-01-15T09:00:00Z"), a.at());
        assertEquals(List.of("vasya@otkat.example"), a.withRole(Role.MENTIONED).stream().map(Participant::address).toList());
        assertNull(a.link());
        assertEquals(7, cal.activities.size());
    }

    @Test
    void brokenEventIsSkippedAndTheOthersImport() {
        Collected broken = read("broken-event.ics");
        assertEquals(List.of("evt:good1/2026-01-05T10:00:00Z", "evt:good2/2026-01-07T10:00:00Z"),
                broken.activities.stream().map(Activity::key).toList());
        assertEquals(1, broken.skipped.size(), broken.skipped.toString());
        String item = broken.skipped.keySet().iterator().next();
        assertTrue(item.contains("bad1"), item);
        assertFalse(broken.skipped.get(item).isBlank());
        assertEquals(Map.of("Work", "UTC"), broken.calendars);
    }

    @Test
    void readingTwiceGivesEqualActivities() {
        assertEquals(cal.activities, read("calendar.ics").activities);
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
