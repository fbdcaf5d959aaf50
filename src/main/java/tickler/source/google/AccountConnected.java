package tickler.source.google;

/** Fired when a Google account is connected, before its first sync. */
public record AccountConnected(String email) {
}
