package tickler.source.mail;

/** A message that cannot become an activity; the message says why, in words fit for the user. */
public class MalformedMessageException extends Exception {

    private final String subject;

    public MalformedMessageException(String reason, String subject) {
        super(reason);
        this.subject = subject;
    }

    public MalformedMessageException(String reason, String subject, Throwable cause) {
        super(reason, cause);
        this.subject = subject;
    }

    /** The subject or Message-ID of the message, when it got that far; null otherwise. */
    public String subject() {
        return subject;
    }
}
