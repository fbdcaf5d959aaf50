package tickler.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When digests are due, in the owner's time zone. Pure: the caller passes "now", so daylight-saving
 * changes and zones east of UTC are tested without waiting. A local time skipped by a
 * daylight-saving change goes out at the first instant after it; a repeated one at its first.
 */
public record Schedule(LocalTime dailyAt, Optional<DayOfWeek> weeklyOn) {

    /**
     * The periods whose time has come and whose window to go out is still open: a daily or weekly
     * digest until the end of its day (yesterday's news is stale), the monthly one all month.
     */
    public List<Period> due(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Period> due = new ArrayList<>();
        Period daily = period(Kind.DAILY, today, zone);
        if (!now.isBefore(daily.due())) {
            due.add(daily);
        }
        if (weeklyOn.filter(day -> day == today.getDayOfWeek()).isPresent()) {
            Period weekly = period(Kind.WEEKLY, today, zone);
            if (!now.isBefore(weekly.due())) {
                due.add(weekly);
            }
        }
        Period monthly = period(Kind.MONTHLY, today.withDayOfMonth(1), zone);
        if (!now.isBefore(monthly.due())) {
            due.add(monthly);
        }
        return due;
    }

    /** The period of a digest of this kind going out on this day. */
    public Period period(Kind kind, LocalDate day, ZoneId zone) {
        return switch (kind) {
            case DAILY -> new Period(kind, day.toString(), day, at(day.minusDays(1), zone), at(day, zone));
            case WEEKLY -> new Period(kind, day.toString(), day, at(day.minusWeeks(1), zone), at(day, zone));
            case MONTHLY -> new Period(kind, YearMonth.from(day).minusMonths(1).toString(), day,
                    at(day.minusMonths(1), zone), at(day, zone));
        };
    }

    /** The period a stored key names (see {@link Period#key()}). */
    public Period period(Kind kind, String key, ZoneId zone) {
        LocalDate day = kind == Kind.MONTHLY ? YearMonth.parse(key).plusMonths(1).atDay(1) : LocalDate.parse(key);
        return period(kind, day, zone);
    }

    /** The period a digest asked for now covers: today's, this month's (last month's report). */
    public Period current(Kind kind, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Period period = period(kind, kind == Kind.MONTHLY ? today.withDayOfMonth(1) : today, zone);
        return kind == Kind.MONTHLY ? period : new Period(kind, period.key(), today,
                now.minus(Duration.between(period.since(), period.due())), now);
    }

    private Instant at(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, dailyAt, zone).toInstant();
    }
}
