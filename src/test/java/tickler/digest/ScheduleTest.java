package tickler.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When digests are due, with the clock passed in: across daylight-saving changes and east of UTC. */
class ScheduleTest {

    static final Schedule EIGHT = new Schedule(LocalTime.of(8, 0), Optional.of(DayOfWeek.MONDAY));

    static List<String> due(Schedule schedule, String instant, String zone) {
        return schedule.due(Instant.parse(instant), ZoneId.of(zone)).stream()
                .map(p -> p.kind().label() + " " + p.key()).toList();
    }

    @Test
    void theDailyDigestIsDueAtEightInTheOwnersZoneOnBothSidesOfADaylightSavingChange() {
        // Berlin: CET (+1) until 29 Mar 2026 02:00, CEST (+2) after; back on 25 Oct 2026
        assertEquals(List.of("monthly 2026-02"), due(EIGHT, "2026-03-28T06:59:00Z", "Europe/Berlin"), "07:59 CET");
        assertEquals(List.of("daily 2026-03-28", "monthly 2026-02"), due(EIGHT, "2026-03-28T07:00:00Z", "Europe/Berlin"));
        assertEquals(List.of("monthly 2026-02"), due(EIGHT, "2026-03-29T05:59:00Z", "Europe/Berlin"), "07:59 CEST");
        assertEquals(List.of("daily 2026-03-29", "monthly 2026-02"), due(EIGHT, "2026-03-29T06:00:00Z", "Europe/Berlin"));
        assertEquals(List.of("monthly 2026-09"), due(EIGHT, "2026-10-25T06:59:00Z", "Europe/Berlin"), "07:59 CET again");
        assertEquals(List.of("daily 2026-10-25", "monthly 2026-09"), due(EIGHT, "2026-10-25T07:00:00Z", "Europe/Berlin"));
    }

    @Test
    void aDailyDigestInsideTheSkippedHourGoesAtItsEndAndThePeriodSpansTheShortDay() {
        Schedule halfPastTwo = new Schedule(LocalTime.of(2, 30), Optional.empty());
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Period springForward = halfPastTwo.period(Kind.DAILY, LocalDate.of(2026, 3, 29), berlin);
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), springForward.due(), "03:30 CEST: 02:30 does not exist");
        assertEquals(Instant.parse("2026-03-28T01:30:00Z"), springForward.since());
        Period fallBack = halfPastTwo.period(Kind.DAILY, LocalDate.of(2026, 10, 25), berlin);
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), fallBack.due(), "the first 02:30, still CEST");
    }

    @Test
    void eastOfUtcTheOwnersMorningIsTheEveningBeforeInUtc() {
        // Tokyo is UTC+9: 08:00 on Tuesday 1 Dec 2026 there is 23:00 on Monday 30 Nov in UTC
        assertEquals(List.of(), due(EIGHT, "2026-11-30T22:59:00Z", "Asia/Tokyo"),
                "Tuesday 07:59 in Tokyo: not yet, and Monday's digest is over");
        assertEquals(List.of("daily 2026-12-01", "monthly 2026-11"), due(EIGHT, "2026-11-30T23:00:00Z", "Asia/Tokyo"),
                "the 1st in Tokyo brings November's report, though it is still 30 Nov in UTC");
        assertEquals(List.of("daily 2026-11-30", "weekly 2026-11-30", "monthly 2026-10"),
                due(EIGHT, "2026-11-29T23:00:00Z", "Asia/Tokyo"), "Monday 08:00 in Tokyo, Sunday in UTC: the weekly too");
    }

    @Test
    void theMonthlyDigestStaysDueAllMonthUntilSentAndItsKeyIsTheReportsMonth() {
        assertEquals(List.of("daily 2026-11-26", "monthly 2026-10"), due(EIGHT, "2026-11-26T12:00:00Z", "UTC"));
        Period october = EIGHT.period(Kind.MONTHLY, "2026-10", ZoneId.of("UTC"));
        assertEquals(Instant.parse("2026-11-01T08:00:00Z"), october.due());
        assertEquals(Instant.parse("2026-10-01T08:00:00Z"), october.since());
        assertEquals(EIGHT.period(Kind.DAILY, "2026-11-26", ZoneId.of("UTC")),
                EIGHT.period(Kind.DAILY, LocalDate.of(2026, 11, 26), ZoneId.of("UTC")), "a stored key names its period");
    }

    @Test
    void aDigestAskedForCoversTheDayUpToNow() {
        Period now = EIGHT.current(Kind.DAILY, Instant.parse("2026-11-26T12:00:00Z"), ZoneId.of("Europe/Moscow"));
        assertEquals("2026-11-26", now.key());
        assertEquals(Instant.parse("2026-11-25T12:00:00Z"), now.since());
        assertEquals(Instant.parse("2026-11-26T12:00:00Z"), now.due());
        assertEquals("2026-10", EIGHT.current(Kind.MONTHLY, Instant.parse("2026-11-26T12:00:00Z"), ZoneId.of("UTC")).key());
    }
}
