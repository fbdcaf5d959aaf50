package tickler.source.google;

import com.google.api.client.http.HttpResponseException;
import com.google.api.services.calendar.model.CalendarListEntry;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.SendAs;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import tickler.activity.ActivityStore;
import tickler.store.Settings;

/**
 * Syncs each connected account: calendars and mailbox, full the first time, incremental after,
 * never two syncs of one account at once. An account whose grant was revoked is marked
 * "reconnect needed" and skipped; the others go on.
 */
@ApplicationScoped
public class GoogleSync {

    /** Aliases, labels and the calendar list change rarely; they are read again after this long. */
    static final Duration DIRECTORY_AGE = Duration.ofHours(24);

    private final GoogleConfig config;
    private final GoogleStore store;
    private final GoogleClients clients;
    private final TokenCipher cipher;
    private final ActivityStore activities;
    private final Clock clock;
    private final Settings settings;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "google-sync-connect");
        t.setDaemon(true);
        return t;
    });

    GoogleSync(GoogleConfig config, GoogleStore store, GoogleClients clients, TokenCipher cipher,
               ActivityStore activities, Clock clock, Settings settings) {
        this.config = config;
        this.store = store;
        this.clients = clients;
        this.cipher = cipher;
        this.activities = activities;
        this.clock = clock;
        this.settings = settings;
    }

    public boolean configured() {
        return config.clientId().isPresent();
    }

    /** One pass over every account that can sync; an account already syncing is left to finish. */
    public void syncAll() {
        if (!configured()) {
            return;
        }
        for (GoogleStore.Account account : store.accounts()) {
            if (!account.reconnectNeeded()) {
                sync(account.email(), false);
            }
        }
    }

    /** Starts a sync of a just-connected account without holding up the browser. */
    void syncSoon(String email) {
        background.submit(() -> sync(email, true));
    }

    /**
     * Syncs one account. With {@code wait} it waits for a running sync of the account in this
     * process to end first; without, it skips the account if one is running. An account another
     * replica is syncing is always skipped.
     *
     * @return true if a sync ran and completed
     */
    public boolean sync(String email, boolean wait) {
        ReentrantLock lock = locks.computeIfAbsent(email, k -> new ReentrantLock());
        if (wait) {
            lock.lock();
        } else if (!lock.tryLock()) {
            return false;
        }
        Run run = runs.computeIfAbsent(email, k -> new Run());
        Optional<GoogleStore.Claim> claim = Optional.empty();
        try {
            GoogleStore.Account account = store.account(email).orElse(null);
            if (account == null || account.reconnectNeeded()) {
                return false;
            }
            claim = store.claim(email);
            if (claim.isEmpty()) {
                Log.debugf("Google account %s is being synced by another replica", email);
                return false;
            }
            run.start();
            syncAccount(account, run);
            run.finished();
            store.synced(email, clock.instant(), null);
            return true;
        } catch (IOException | RuntimeException e) {
            if (revoked(e) || (unauthorized(e) && grantRevoked(email))) {
                store.reconnectNeeded(email);
                clients.forget(email);
                run.finished();
                store.synced(email, clock.instant(), "access revoked or expired: reconnect the account");
                Log.warnf("Google account %s needs to be reconnected: access was revoked", email);
            } else {
                run.finished();
                store.synced(email, clock.instant(), describe(e));
                Log.warnf("Google sync of %s failed: %s", email, describe(e));
            }
            return false;
        } finally {
            claim.ifPresent(GoogleStore.Claim::close);
            lock.unlock();
        }
    }

    private void syncAccount(GoogleStore.Account account, Run run) throws IOException {
        String refreshToken = cipher.decrypt(account.refreshToken());
        if (cipher.stale(account.refreshToken())) {
            store.replaceToken(account.email(), cipher.encrypt(refreshToken));
        }
        GoogleClients.Clients c = clients.of(account.email(), refreshToken);
        Map<String, Cursor> cursors = store.cursors(account.email());
        Map<String, String> labels = account.labels();
        boolean stale = account.directoryAt() == null
                || account.directoryAt().isBefore(clock.instant().minus(DIRECTORY_AGE))
                || !cursors.containsKey(GmailSync.STREAM);
        if (stale) {
            labels = readDirectory(account, c, cursors);
            cursors = store.cursors(account.email());
        }
        for (Map.Entry<String, Cursor> e : cursors.entrySet()) {
            if (e.getKey().startsWith(CalendarSync.PREFIX)) {
                new CalendarSync(c.calendar(), account.email(), store, activities, clock, config.calendarPast(),
                        config.calendarFuture()).sync(e.getKey().substring(CalendarSync.PREFIX.length()), e.getValue());
            }
        }
        new GmailSync(c.gmail(), account.email(), store, activities, labels, metadataOnly(account),
                config.maxMessageBytes(), run).sync();
    }

    /** Send-as aliases, user labels and owned calendars: new calendars get a cursor, dropped ones go. */
    private Map<String, String> readDirectory(GoogleStore.Account account, GoogleClients.Clients c,
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
            // As with a Takeout import: the first calendar's zone is the owner's, unless already known.
            if (Boolean.TRUE.equals(entry.getPrimary()) && entry.getTimeZone() != null
                    && settings.get(Settings.OWNER_TIME_ZONE).isEmpty()) {
                settings.put(Settings.OWNER_TIME_ZONE, entry.getTimeZone());
            }
            // The owner's own calendars; subscribed ones (holidays, colleagues) are not the owner's activity.
            if (!"owner".equals(entry.getAccessRole())) {
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

    private boolean metadataOnly(GoogleStore.Account account) {
        return config.privacyMode() || !account.scopes().contains(GoogleScopes.GMAIL_READONLY);
    }

    /** Status of every connected account. */
    public List<AccountStatus> status() {
        List<AccountStatus> out = new ArrayList<>();
        Instant now = clock.instant();
        for (GoogleStore.Account account : store.accounts()) {
            Run run = runs.computeIfAbsent(account.email(), k -> new Run());
            Map<String, Long> counts = store.itemCounts(account.email());
            long messages = counts.getOrDefault(GmailSync.STREAM, 0L);
            long events = counts.entrySet().stream().filter(e -> e.getKey().startsWith(CalendarSync.PREFIX))
                    .mapToLong(Map.Entry::getValue).sum();
            out.add(run.status(account, store.cursors(account.email()), now, messages, events));
        }
        return out;
    }

    /** A 401 that outlived the client's own token refresh. */
    private static boolean unauthorized(Throwable e) {
        return e instanceof HttpResponseException h && h.getStatusCode() == 401;
    }

    /**
     * Asks the token endpoint directly. The client's 401 handler swallows a failed refresh, so
     * after a revocation the sync sees a 401, not invalid_grant.
     */
    private boolean grantRevoked(String email) {
        try {
            GoogleStore.Account account = store.account(email).orElseThrow();
            clients.of(email, cipher.decrypt(account.refreshToken())).credentials().refresh();
            return false;
        } catch (IOException | RuntimeException e) {
            return revoked(e);
        }
    }

    /** A revoked or expired grant: the token endpoint answered invalid_grant. */
    static boolean revoked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpResponseException h && h.getContent() != null && h.getContent().contains("invalid_grant")) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("invalid_grant")) {
                return true;
            }
        }
        return false;
    }

    /** An error for people: the kind and Google's message; never a request with its token. */
    private static String describe(Throwable e) {
        if (e instanceof com.google.api.client.googleapis.json.GoogleJsonResponseException g && g.getDetails() != null) {
            return g.getStatusCode() + " " + g.getDetails().getMessage();
        }
        if (e instanceof HttpResponseException h) {
            return h.getStatusCode() + " " + h.getStatusMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** What only the running process knows: whether a sync runs, listing size estimates, unreadable messages. */
    private static final class Run implements SyncProgress {
        private volatile boolean running;
        private final Map<String, Long> totals = new ConcurrentHashMap<>();
        private final AtomicLong skipped = new AtomicLong();

        void start() {
            running = true;
        }

        void finished() {
            running = false;
        }

        @Override
        public void estimate(String stream, long total) {
            totals.put(stream, total);
        }

        @Override
        public void skipped() {
            skipped.incrementAndGet();
        }

        /** Full-sync progress is read from the cursors, so a sync paused by an error shows where it stands. */
        AccountStatus status(GoogleStore.Account account, Map<String, Cursor> cursors, Instant now, long messages,
                             long events) {
            List<AccountStatus.FullSync> full = new ArrayList<>();
            cursors.forEach((stream, cursor) -> {
                if (cursor.fullSyncRunning()) {
                    full.add(new AccountStatus.FullSync(stream, cursor.done(), totals.get(stream)));
                }
            });
            String state = account.reconnectNeeded() ? "reconnect-needed"
                    : running && !full.isEmpty() ? "full-sync"
                    : running ? "syncing"
                    : account.lastError() != null ? "failed" : "idle";
            Long lag = account.lastSuccessAt() == null ? null : Duration.between(account.lastSuccessAt(), now).toSeconds();
            return new AccountStatus(account.email(), state, account.lastSyncAt(), account.lastSuccessAt(), lag, messages,
                    events, full, skipped.get(), account.lastError(), account.reconnectNeeded(), account.aliases());
        }
    }
}
