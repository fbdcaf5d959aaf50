package tickler.source.google;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Which accounts there are and which may sync. Accounts are connected by their user's consent
 * (OAuth, see {@link ConnectResource}) or are the Workspace users of tickler.google.delegated-users,
 * read through the service account's domain-wide delegation. Disconnecting forgets one.
 */
@ApplicationScoped
public class GoogleAccounts {

    private final GoogleConfig config;
    private final GoogleStore store;
    private final GoogleClients clients;
    private final TokenCipher cipher;
    private final SyncRuns runs;
    private final Clock clock;
    private final Event<AccountConnected> connected;

    GoogleAccounts(GoogleConfig config, GoogleStore store, GoogleClients clients, TokenCipher cipher, SyncRuns runs,
                   Clock clock, Event<AccountConnected> connected) {
        this.config = config;
        this.store = store;
        this.clients = clients;
        this.cipher = cipher;
        this.runs = runs;
        this.clock = clock;
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
    void addDelegatedAccounts() {
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
                Log.warnf("Adding the delegated Google account %s failed: %s", email, GoogleErrors.describe(e));
            }
        }
    }

    /**
     * Whether an account is to be synced. A delegated user no longer listed, or a consent-based
     * account without an OAuth client, is stopped: not synced, its data kept.
     */
    boolean active(GoogleStore.Account account) {
        return account.delegated() ? delegatedUsers().contains(account.email()) : connectable();
    }

    /**
     * An account waiting for its user to reconnect is left alone. A delegated account refused by
     * Google is tried at every pass instead: nobody can reconnect it, the fix (an admin's grant,
     * a restored user) happens at Google, and Google answers a refusal at the cost of one request.
     */
    boolean mayTry(GoogleStore.Account account) {
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
        ReentrantLock lock = runs.lock(email);
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
                runs.forget(email);
                Log.infof("Google account %s disconnected%s", email, revoked ? "" : "; its access could not be revoked at Google");
                return account.delegated() ? Disconnected.FORGOTTEN : revoked ? Disconnected.REVOKED : Disconnected.NOT_REVOKED;
            }
        } finally {
            lock.unlock();
        }
    }

}
