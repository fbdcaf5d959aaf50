package tickler.lead;

import java.time.Instant;

/** A meeting after which the owner did not write to the lead in time. */
public record MissedFollowUp(Instant meetingAt, String title) {
}
