package tickler.source.google;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the syncs: calendars and mailbox of each account that may sync, full the first time,
 * incremental after, never two syncs of one account at once. An account whose authorization
 * Google refuses is marked "reconnect needed"; the others go on.
 */
@ApplicationScoped
public class GoogleSync {

    private static final String RECONNECT = "access revoked or expired: reconnect the account";

    private final GoogleConfig config;
    private final GoogleAccounts accounts;
    private final GoogleDirectory directory;
    private final GoogleStore store;
    private final GoogleClients clients;
    private final TokenCipher cipher;
    private final SyncRuns runs;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "google-sync-connect");
        t.setDaemon(true);
        return t;
    });

    GoogleSync(GoogleConfig config, GoogleAccounts accounts, GoogleDirectory directory, GoogleStore store,
               GoogleClients clients, TokenCipher cipher, SyncRuns runs, Clock clock) {
        this.config = config;
        this.accounts = accounts;
        this.directory = directory;
        this.store = store;
        this.clients = clients;
        this.cipher = cipher;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * One pass over every account that can sync; an account already syncing is left to finish.
     * Delegated users added to the configuration become accounts first.
     */
    public void syncAll() {
        if (!accounts.configured()) {
            return;
        }
        accounts.addDelegatedAccounts();
        for (GoogleStore.Account account : store.accounts()) {
            if (accounts.mayTry(account)) {
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
        ReentrantLock lock = runs.lock(email);
        if (wait) {
            lock.lock();
        } else if (!lock.tryLock()) {
            return false;
        }
        SyncRuns.Run run = runs.run(email);
        Optional<GoogleStore.Claim> claim = Optional.empty();
        GoogleStore.Account account = null;
        try {
            account = store.account(email).orElse(null);
            if (account == null || !accounts.mayTry(account)) {
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
                store.synced(email, clock.instant(), GoogleErrors.describe(e));
                Log.warnf("Google sync of %s failed: %s", email, GoogleErrors.describe(e));
            }
            return false;
        } finally {
            claim.ifPresent(GoogleStore.Claim::close);
            lock.unlock();
        }
    }

    private void syncAccount(GoogleStore.Account account, SyncRuns.Run run) throws IOException {
        if (!account.delegated() && cipher.stale(account.refreshToken())) {
            store.replaceToken(account.email(), cipher.encrypt(cipher.decrypt(account.refreshToken())));
        }
        GoogleClients.Clients c = clientsOf(account);
        Map<String, Cursor> cursors = store.cursors(account.email());
        Map<String, String> labels = account.labels();
        if (directory.stale(account, cursors)) {
            labels = directory.read(account, c, cursors);
            cursors = store.cursors(account.email());
        }
        for (Map.Entry<String, Cursor> e : cursors.entrySet()) {
            if (e.getKey().startsWith(CalendarSync.PREFIX)) {
                new CalendarSync(c.calendar(), account.email(), store, clock, config.calendarPast(),
                        config.calendarFuture()).sync(e.getKey().substring(CalendarSync.PREFIX.length()), e.getValue());
            }
        }
        new GmailSync(c.gmail(), account.email(), store, labels, metadataOnly(account),
                config.maxMessageBytes(), run).sync();
    }

    private GoogleClients.Clients clientsOf(GoogleStore.Account account) throws IOException {
        return account.delegated() ? clients.ofDelegatedUser(account.email())
                : clients.ofUser(account.email(), cipher.decrypt(account.refreshToken()));
    }

    private boolean metadataOnly(GoogleStore.Account account) {
        return config.privacyMode() || !account.scopes().contains(GoogleScopes.GMAIL_READONLY);
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
}
