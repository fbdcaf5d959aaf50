package tickler.source.google;

import java.util.List;

/** The OAuth scopes Tickler asks for: read-only, and headers only in privacy mode. */
final class GoogleScopes {

    static final String CALENDAR_READONLY = "https://www.googleapis.com/auth/calendar.readonly";
    static final String GMAIL_READONLY = "https://www.googleapis.com/auth/gmail.readonly";
    static final String GMAIL_METADATA = "https://www.googleapis.com/auth/gmail.metadata";

    private GoogleScopes() {
    }

    static List<String> of(boolean privacyMode) {
        return List.of(CALENDAR_READONLY, privacyMode ? GMAIL_METADATA : GMAIL_READONLY);
    }
}
