package tickler.source.google;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.Events;
import io.quarkus.logging.Log;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import tickler.activity.Activity;

/**
 * One calendar: a full sync of the window around now, page by page with the page position
 * committed, then incremental sync by syncToken. Instances come expanded ({@code singleEvents}),
 * so every occurrence has its own id and original start, as the .ics reader's occurrences do.
 */
final class CalendarSync {

    static final String PREFIX = "calendar:";
    static final int PAGE = 500;

    private final Calendar calendar;
    private final String email;
    private final GoogleStore store;
    private final Clock clock;
    private final Period past;
    private final Period future;

    CalendarSync(Calendar calendar, String email, GoogleStore store, Clock clock,
                 Period past, Period future) {
        this.calendar = calendar;
        this.email = email;
        this.store = store;
        this.clock = clock;
        this.past = past;
        this.future = future;
    }

    static String stream(String calendarId) {
        return PREFIX + calendarId;
    }

    void sync(String calendarId, Cursor cursor) throws IOException {
        String stream = stream(calendarId);
        // A full sync ends with a fresh token: nothing to ask for incrementally until the next run.
        if (cursor.fullSyncRunning()) {
            full(calendarId, stream, cursor);
        } else {
            incremental(calendarId, stream, cursor);
        }
    }

    private void full(String calendarId, String stream, Cursor cursor) throws IOException {
        if (cursor.timeMin() == null) {
            Instant now = clock.instant();
            cursor = new Cursor(null, null, cursor.generation(), null,
                    now.atZone(ZoneOffset.UTC).minus(past).toInstant().toString(),
                    now.atZone(ZoneOffset.UTC).plus(future).toInstant().toString(), 0, cursor.name(), cursor.timeZone());
        }
        while (true) {
            Events page;
            try {
                page = calendar.events().list(calendarId).setSingleEvents(true).setMaxResults(PAGE)
                        .setTimeMin(new DateTime(cursor.timeMin())).setTimeMax(new DateTime(cursor.timeMax()))
                        .setPageToken(cursor.pageToken()).execute();
            } catch (GoogleJsonResponseException e) {
                if (GoogleErrors.classify(e) != GoogleFailure.PAGE_TOKEN_EXPIRED || cursor.pageToken() == null) {
                    throw e;
                }
                // An expired page token: list the window again in the same generation (upserts repeat harmlessly).
                cursor = cursor.page(null, 0);
                continue;
            }
            ZoneId zone = zone(page, cursor);
            Cursor after = cursor.page(page.getNextPageToken(), page.getItems() == null ? 0 : page.getItems().size());
            boolean finished = page.getNextPageToken() == null;
            if (finished) {
                after = after.incremental(page.getNextSyncToken());
                Log.infof("Full sync of calendar %s of %s done: %d events read", calendarId, email, after.done());
            }
            apply(stream, page.getItems(), zone, after, cursor.generation(), finished, cursor);
            cursor = after;
                if (finished) {
                return;
            }
        }
    }

    private void incremental(String calendarId, String stream, Cursor cursor) throws IOException {
        String pageToken = null;
        do {
            Events page;
            try {
                page = calendar.events().list(calendarId).setSingleEvents(true).setMaxResults(PAGE)
                        .setSyncToken(cursor.token()).setPageToken(pageToken).execute();
            } catch (GoogleJsonResponseException e) {
                if (GoogleErrors.classify(e) != GoogleFailure.CURSOR_EXPIRED) {
                    throw e;
                }
                // The token expired: read the window again; what the new full sync does not see is swept.
                Cursor restarted = cursor.restart();
                store.putCursor(email, stream, restarted);
                full(calendarId, stream, restarted);
                return;
            }
            pageToken = page.getNextPageToken();
            // Only the last page carries the next token; earlier pages replay harmlessly after a crash.
            Cursor after = pageToken == null ? cursor.incremental(page.getNextSyncToken()) : null;
            apply(stream, page.getItems(), zone(page, cursor), after, cursor.generation(), false, cursor);
        } while (pageToken != null);
    }

    private void apply(String stream, List<Event> events, ZoneId zone, Cursor after, long generation, boolean finishFull,
                       Cursor before) {
        List<Activity> saved = new ArrayList<>();
        List<GoogleStore.Item> items = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        Instant from = before.timeMin() == null ? null : Instant.parse(before.timeMin());
        Instant until = before.timeMax() == null ? null : Instant.parse(before.timeMax());
        if (from == null) {
            Instant now = clock.instant();
            from = now.atZone(ZoneOffset.UTC).minus(past).toInstant();
            until = now.atZone(ZoneOffset.UTC).plus(future).toInstant();
        }
        for (Event e : events == null ? List.<Event>of() : events) {
            Activity a = "cancelled".equals(e.getStatus()) ? null : CalendarEvents.activity(e, before.name(), zone);
            // Outside the window (an incremental change far away) counts as gone, as a full sync would not see it.
            if (a == null || a.at().isBefore(from.minusSeconds(86_400)) || !a.at().isBefore(until)) {
                cancelled.add(e.getId());
            } else {
                saved.add(a);
                items.add(new GoogleStore.Item(e.getId(), e.getRecurringEventId(), a.key()));
            }
        }
        store.commit(email, stream, new GoogleStore.Page(saved, items, cancelled, true), generation, finishFull, after);
    }

    private static ZoneId zone(Events page, Cursor cursor) {
        String id = page.getTimeZone() != null ? page.getTimeZone() : cursor.timeZone();
        try {
            return id == null ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
