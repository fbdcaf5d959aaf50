package tickler.source.google;

import com.google.api.client.http.HttpResponseException;
import com.google.api.services.calendar.model.CalendarListEntry;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.SendAs;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import tickler.activity.ActivityStore;
import tickler.store.Settings;

/**
 * Syncs each connected account: calendars and mailbox, full the first time, incremental after,
 * never two syncs of one account at once. Accounts are connected by their user's consent (OAuth)
 * or are the Workspace users of tickler.google.delegated-users, read through the service
 * account's domain-wide delegation. An account whose authorization Google refuses is marked
 * "reconnect needed"; the others go on.
 */
@ApplicationScoped
public class GoogleSync {

    /** Aliases, labels and the calendar list change rarely; they are read again after this long. */
    static final Duration DIRECTORY_AGE = Duration.ofHours(24);

    private static final String RECONNECT = "access revoked or expired: reconnect the account";

    private final GoogleConfig config;
    private final GoogleStore store;
    private final GoogleClients clients;
    private final TokenCipher cipher;
    private final ActivityStore activities;
    private final Clock clock;
    private final Settings settings;
    private final Event<AccountConnected> connected;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "google-sync-connect");
        t.setDaemon(true);
        return t;
    });

    GoogleSync(GoogleConfig config, GoogleStore store, GoogleClients clients, TokenCipher cipher,
               ActivityStore activities, Clock clock, Settings settings, Event<AccountConnected> connected) {
        this.config = config;
        this.store = store;
        this.clients = clients;
        this.cipher = cipher;
        this.activities = activities;
        this.clock = clock;
        this.settings = settings;
        this.connected = connected;
    }

    /** Google sync is on with an OAuth client (users connect themselves) or a service account. */
    public boolean configured() {
        return config.clientId().isPresent() || config.serviceAccountKeyFile().isPresent();
    }

    /** Users can connect their own accounts (/connect/google): an OAuth client is configured. */
    public boolean connectable() {
        return config.clientId().isPresent();
    }

    /**
     * The delegated users are accounts from the start, so the status lists them and they, not
     * the demo, are the data: this runs before FirstStart decides whether to import the demo.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (config.serviceAccountKeyFile().isEmpty() && config.delegatedUsers().isPresent()) {
            Log.warn("tickler.google.delegated-users is set but tickler.google.service-account-key-file is not: "
                    + "those users are not synced");
        }
        addDelegatedAccounts();
    }

    /**
     * One pass over every account that can sync; an account already syncing is left to finish.
     * Delegated users added to the configuration become accounts first.
     */
    public void syncAll() {
        if (!configured()) {
            return;
        }
        addDelegatedAccounts();
        for (GoogleStore.Account account : store.accounts()) {
            if (mayTry(account)) {
                sync(account.email(), false);
            }
        }
    }

    /** The configured delegated users, as Google spells addresses (lower case); none without a key. */
    private Set<String> delegatedUsers() {
        if (config.serviceAccountKeyFile().isEmpty()) {
            return Set.of();
        }
        Set<String> users = new LinkedHashSet<>();
        for (String user : config.delegatedUsers().orElse(List.of())) {
            if (!user.isBlank()) {
                users.add(user.strip().toLowerCase(Locale.ROOT));
            }
        }
        return users;
    }

    /** Each delegated user gets an account; the first one added replaces the demo, as a connected account does. */
    private void addDelegatedAccounts() {
        Set<String> users = delegatedUsers();
        if (users.isEmpty()) {
            return;
        }
        String scopes = String.join(" ", GoogleScopes.of(config.privacyMode()));
        Map<String, GoogleStore.Account> known = new HashMap<>();
        store.accounts().forEach(a -> known.put(a.email(), a));
        for (String email : users) {
            try {
                // A user who had connected by consent is taken over: that grant is withdrawn, not left live.
                GoogleStore.Account account = known.get(email);
                if (account != null && !account.delegated() && account.refreshToken() != null) {
                    clients.revoke(cipher.decrypt(account.refreshToken()));
                }
                if (store.delegate(email, scopes, clock.instant())) {
                    Log.infof("Google Workspace user %s added: synced through domain-wide delegation", email);
                    connected.fire(new AccountConnected(email));
                }
            } catch (RuntimeException e) {
                // Another replica adding the same user at the same moment, say: the next pass sees it.
                Log.warnf("Adding the delegated Google account %s failed: %s", email, describe(e));
            }
        }
    }

    /**
     * Whether an account is to be synced. A delegated user no longer listed, or a consent-based
     * account without an OAuth client, is stopped: not synced, its data kept.
     */
    private boolean active(GoogleStore.Account account) {
        return account.delegated() ? delegatedUsers().contains(account.email()) : connectable();
    }

    /**
     * An account waiting for its user to reconnect is left alone. A delegated account refused by
     * Google is tried at every pass instead: nobody can reconnect it, the fix (an admin's grant,
     * a restored user) happens at Google, and Google answers a refusal at the cost of one request.
     */
    private boolean mayTry(GoogleStore.Account account) {
        return active(account) && (account.delegated() || !account.reconnectNeeded());
    }

    /** What disconnecting an account came to. */
    public enum Disconnected {
        /** Forgotten here and its access revoked at Google. */
        REVOKED,
        /** Forgotten here; Google could not be asked to revoke the access. */
        NOT_REVOKED,
        /** A Workspace user no longer listed, forgotten here; it has no token of its own to revoke. */
        FORGOTTEN,
        /** No such account. */
        UNKNOWN,
        /** A listed Workspace user: tickler.google.delegated-users decides, not a button. */
        DELEGATED,
        /** A sync of it is running; it can be disconnected once that ends. */
        BUSY
    }

    /** How long a disconnect waits for a sync of the account in this process to let go. */
    private static final Duration DISCONNECT_WAIT = Duration.ofSeconds(5);

    /**
     * Disconnects an account: its refresh token is revoked at Google, and the account forgotten
     * while it is claimed, so no replica syncs it meanwhile. What it synced stays, as imported
     * data does.
     */
    public Disconnected disconnect(String email) {
        ReentrantLock lock = locks.computeIfAbsent(email, k -> new ReentrantLock());
        try {
            if (!lock.tryLock(DISCONNECT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return Disconnected.BUSY;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Disconnected.BUSY;
        }
        try {
            GoogleStore.Account account = store.account(email).orElse(null);
            if (account == null) {
                return Disconnected.UNKNOWN;
            }
            if (account.delegated() && active(account)) {
                return Disconnected.DELEGATED;
            }
            Optional<GoogleStore.Claim> claim = store.claim(email);
            if (claim.isEmpty()) {
                return Disconnected.BUSY;
            }
            try (GoogleStore.Claim held = claim.get()) {
                boolean revoked = account.delegated() || clients.revoke(cipher.decrypt(account.refreshToken()));
                held.forget();
                clients.forget(email);
                runs.remove(email);
                Log.infof("Google account %s disconnected%s", email, revoked ? "" : "; its access could not be revoked at Google");
                return account.delegated() ? Disconnected.FORGOTTEN : revoked ? Disconnected.REVOKED : Disconnected.NOT_REVOKED;
            }
        } finally {
            lock.unlock();
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
        GoogleStore.Account account = null;
        try {
            account = store.account(email).orElse(null);
            if (account == null || !mayTry(account)) {
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
            Optional<String> refused = account == null ? Optional.empty() : refusal(account, e);
            if (refused.isPresent()) {
                store.reconnectNeeded(email);
                clients.forget(email);
                run.finished();
                store.synced(email, clock.instant(), refused.get());
                // A delegated account is retried at every pass: said once, not every few minutes.
                if (!account.reconnectNeeded()) {
                    Log.warnf("Google account %s cannot sync: %s", email, refused.get());
                }
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
        if (!account.delegated() && cipher.stale(account.refreshToken())) {
            store.replaceToken(account.email(), cipher.encrypt(cipher.decrypt(account.refreshToken())));
        }
        GoogleClients.Clients c = clientsOf(account);
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
            if (!read(entry)) {
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

    private GoogleClients.Clients clientsOf(GoogleStore.Account account) throws IOException {
        return account.delegated() ? clients.ofDelegatedUser(account.email())
                : clients.ofUser(account.email(), cipher.decrypt(account.refreshToken()));
    }

    /**
     * The owner's own calendars and those picked by id or name; other subscribed ones (holidays,
     * colleagues') are not the owner's activity.
     */
    private boolean read(CalendarListEntry entry) {
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
            out.add(run.status(account, active(account), store.cursors(account.email()), now, messages, events));
        }
        return out;
    }

    /** What people are told when Google refuses the account's authorization; empty for other failures. */
    private Optional<String> refusal(GoogleStore.Account account, Throwable e) {
        Throwable refused = e;
        if (GoogleErrors.tokenRefusal(e).isEmpty()) {
            if (GoogleErrors.classify(e) != GoogleFailure.ACCESS_REVOKED) {
                return Optional.empty();
            }
            // A 401 that outlived the client's own refresh, which swallows the token endpoint's answer: ask it.
            refused = refreshFailure(account);
        }
        Optional<GoogleErrors.TokenRefusal> refusal = refused == null ? Optional.empty() : GoogleErrors.tokenRefusal(refused);
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        return switch (GoogleErrors.classify(refused)) {
            case ACCESS_REVOKED -> Optional.of(account.delegated() ? delegatedUserRefused(refusal.get()) : RECONNECT);
            case DELEGATION_REFUSED -> account.delegated() ? Optional.of(delegationNotAuthorized()) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static String delegatedUserRefused(GoogleErrors.TokenRefusal refusal) {
        return "Google refused the service account for this user (" + refusal.code()
                + (refusal.description() == null ? "" : ": " + refusal.description()) + "): check that the address "
                + "is an active user of the Workspace and that the service account's key is still valid; "
                + "tried again at every sync";
    }

    /** What the admin has to do, with the exact client id and scopes to enter. */
    private String delegationNotAuthorized() {
        String clientId;
        try {
            clientId = clients.serviceAccountClientId();
        } catch (IOException e) {
            clientId = "(the client_id of the service account key)";
        }
        return "domain-wide delegation is not authorized for client id " + clientId + " and scopes "
                + String.join(",", GoogleScopes.of(config.privacyMode())) + ": a Workspace admin adds them in the "
                + "Admin console (Security → Access and data control → API controls → Domain-wide delegation); "
                + "tried again at every sync";
    }

    /** The token endpoint's own answer to a refresh, or null when it grants one. */
    private Throwable refreshFailure(GoogleStore.Account account) {
        try {
            clientsOf(account).credentials().refresh();
            return null;
        } catch (IOException | RuntimeException e) {
            return e;
        }
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
        AccountStatus status(GoogleStore.Account account, boolean active, Map<String, Cursor> cursors, Instant now,
                             long messages, long events) {
            List<AccountStatus.FullSync> full = new ArrayList<>();
            cursors.forEach((stream, cursor) -> {
                if (cursor.fullSyncRunning()) {
                    full.add(new AccountStatus.FullSync(stream, cursor.done(), totals.get(stream)));
                }
            });
            AccountState state = !active ? AccountState.STOPPED
                    : account.reconnectNeeded() ? AccountState.RECONNECT_NEEDED
                    : running && !full.isEmpty() ? AccountState.FULL_SYNC
                    : running ? AccountState.SYNCING
                    : account.lastError() != null ? AccountState.FAILED : AccountState.IDLE;
            Long lag = account.lastSuccessAt() == null ? null : Duration.between(account.lastSuccessAt(), now).toSeconds();
            return new AccountStatus(account.email(), account.delegated(), state, account.lastSyncAt(),
                    account.lastSuccessAt(), lag, messages, events, full, skipped.get(), account.lastError(),
                    account.reconnectNeeded(), account.aliases());
        }
    }
}
