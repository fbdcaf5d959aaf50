package tickler.testkit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * The flags of docs/definitions.md computed from what a generator knows it wrote, not from what
 * Tickler read: the expected answers the demo tests and the quality benchmark score against.
 */
public final class Oracle {

    private static final Duration QUIET = Duration.ofDays(14);

    private Oracle() {
    }

    /** The end of the second working day (Monday to Friday) after the meeting's day. */
    public static Instant followUpDeadline(Instant meeting, ZoneId zone) {
        LocalDate day = meeting.atZone(zone).toLocalDate();
        for (int working = 0; working < 2; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                working++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** A held meeting whose follow-up window closed before {@code now} with no message from the owner in it. */
    public static boolean missingFollowUp(Collection<Instant> meetings, Collection<Instant> ownerMessages, Instant now,
                                          ZoneId zone) {
        return meetings.stream().filter(m -> m.isBefore(now)).anyMatch(m -> {
            Instant deadline = followUpDeadline(m, zone);
            return !deadline.isAfter(now) && ownerMessages.stream().noneMatch(o -> !o.isBefore(m) && o.isBefore(deadline));
        });
    }

    /** An open lead with no next step and no activity in the 14 days before {@code now}. */
    public static boolean forgotten(boolean open, boolean nextStepAhead, Instant lastActivity, Instant now) {
        return open && !nextStepAhead && !lastActivity.isAfter(now.minus(QUIET));
    }
}
