package tickler.activity;

/** How an address takes part in an activity. */
public enum Role {
    FROM, TO, CC, BCC,
    ORGANIZER, ATTENDEE,
    /** Written in an event's title, description or location rather than invited. */
    MENTIONED
}
