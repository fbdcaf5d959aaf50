package tickler.activity;

public enum ActivityKind {
    /** One email message. */
    MESSAGE,
    /** One occurrence of a calendar event. */
    EVENT
}
