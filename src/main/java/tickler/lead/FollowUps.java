package tickler.lead;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import tickler.activity.Activity;

/** Meetings after which the owner did not write to the lead by the end of the second working day. */
final class FollowUps {

    private static final int WORKING_DAYS = 2;

    private FollowUps() {
    }

    /** The meetings with the lead whose follow-up window has closed without the owner writing to it. */
    static List<Activity> missing(LeadContext lead, ZoneId zone) {
        List<Activity> missed = new ArrayList<>();
        for (Activity meeting : lead.happened) {
            if (!lead.meetingWith(meeting)) {
                continue;
            }
            Instant deadline = deadline(meeting.at(), zone);
            if (deadline.isAfter(lead.now)) {
                continue;
            }
            if (!lead.ownerWroteToLeadBetween(meeting.at(), deadline)) {
                missed.add(meeting);
            }
        }
        return missed;
    }

    /** The start of the day after the second working day (Monday to Friday) after the meeting's day. */
    static Instant deadline(Instant meetingAt, ZoneId zone) {
        LocalDate day = meetingAt.atZone(zone).toLocalDate();
        int counted = 0;
        while (counted < WORKING_DAYS) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
