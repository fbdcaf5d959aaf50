package tickler.source.google;

import com.google.api.services.calendar.model.CalendarListEntry;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.SendAs;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tickler.identity.OwnerZone;

/**
 * What an account's sync reads besides mail and events: its send-as aliases (owner addresses),
 * its Gmail labels, and the calendars to sync, each given a cursor. They change rarely, so they are
 * read again only once a day.
 */
@ApplicationScoped
class GoogleDirectory {

    /** Aliases, labels and the calendar list change rarely; they are read again after this long. */
    static final Duration AGE = Duration.ofHours(24);

    private final GoogleConfig config;
    private final GoogleStore store;
    private final OwnerZone ownerZone;
    private final Clock clock;

    GoogleDirectory(GoogleConfig config, GoogleStore store, OwnerZone ownerZone, Clock clock) {
        this.config = config;
        this.store = store;
        this.ownerZone = ownerZone;
        this.clock = clock;
    }

    /** Whether the account's directory is to be read before its sync. */
    boolean stale(GoogleStore.Account account, Map<String, Cursor> cursors) {
        return account.directoryAt() == null || account.directoryAt().isBefore(clock.instant().minus(AGE))
                || !cursors.containsKey(GmailSync.STREAM);
    }

    /** Send-as aliases, user labels and owned calendars: new calendars get a cursor, dropped ones go. */
    Map<String, String> read(GoogleStore.Account account, GoogleClients.Clients c,
                                              Map<String, Cursor> cursors) throws IOException {
        Gmail.Users users = c.gmail().users();
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(account.email());
        List<SendAs> sendAs = users.settings().sendAs().list("me").execute().getSendAs();
        for (SendAs s : sendAs == null ? List.<SendAs>of() : sendAs) {
            if (s.getSendAsEmail() != null) {
                aliases.add(s.getSendAsEmail().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> labels = GmailSync.labelNames(users.labels().list("me").execute().getLabels());
        Set<String> owned = new LinkedHashSet<>();
        List<CalendarListEntry> entries = new ArrayList<>();
        String pageToken = null;
        do {
            var page = c.calendar().calendarList().list().setPageToken(pageToken).execute();
            if (page.getItems() != null) {
                entries.addAll(page.getItems());
            }
            pageToken = page.getNextPageToken();
        } while (pageToken != null);
        for (CalendarListEntry entry : entries) {
            if (Boolean.TRUE.equals(entry.getPrimary())) {
                ownerZone.calendarRead(entry.getTimeZone());
            }
            if (!picked(entry)) {
                continue;
            }
            String stream = CalendarSync.stream(entry.getId());
            owned.add(stream);
            Cursor known = cursors.get(stream);
            if (known == null) {
                store.putCursor(account.email(), stream, Cursor.first(entry.getSummary(), entry.getTimeZone()));
            } else if (!Objects.equals(known.name(), entry.getSummary()) || !Objects.equals(known.timeZone(), entry.getTimeZone())) {
                store.putCursor(account.email(), stream, known.named(entry.getSummary(), entry.getTimeZone()));
            }
        }
        for (String stream : cursors.keySet()) {
            if (stream.startsWith(CalendarSync.PREFIX) && !owned.contains(stream)) {
                store.dropStream(account.email(), stream);
            }
        }
        store.directory(account.email(), aliases, labels, clock.instant());
        return labels;
    }

    /**
     * The owner's own calendars and those picked by id or name; other subscribed ones (holidays,
     * colleagues') are not the owner's activity.
     */
    private boolean picked(CalendarListEntry entry) {
        if ("owner".equals(entry.getAccessRole())) {
            return true;
        }
        for (String pick : config.calendars().orElse(List.of())) {
            if (pick.strip().equalsIgnoreCase(entry.getId()) || pick.strip().equalsIgnoreCase(entry.getSummary())) {
                return true;
            }
        }
        return false;
    }

}
