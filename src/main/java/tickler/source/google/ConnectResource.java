package tickler.source.google;

import com.google.api.services.gmail.Gmail;
import com.google.auth.oauth2.ClientId;
import com.google.auth.oauth2.DefaultPKCEProvider;
import com.google.auth.oauth2.UserAuthorizer;
import com.google.auth.oauth2.UserCredentials;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connecting a Google account: OAuth authorization code flow with PKCE (S256) and offline access.
 * The state is random and single-use; each attempt has its own PKCE verifier, kept in memory for
 * a few minutes in this one instance (an attempt started on another replica fails and is simply retried).
 */
@Path("/connect/google")
@Singleton
public class ConnectResource {

    private static final Duration ATTEMPT_TTL = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Attempt(UserAuthorizer authorizer, URI callback, Instant started) {
    }

    private final Map<String, Attempt> attempts = new ConcurrentHashMap<>();
    private final GoogleConfig config;
    private final GoogleStore store;
    private final GoogleClients clients;
    private final TokenCipher cipher;
    private final GoogleSync sync;
    private final GoogleAccounts accounts;
    private final Clock clock;
    private final Event<AccountConnected> connected;

    ConnectResource(GoogleConfig config, GoogleStore store, GoogleClients clients, TokenCipher cipher,
                    GoogleSync sync, GoogleAccounts accounts, Clock clock, Event<AccountConnected> connected) {
        this.accounts = accounts;
        this.connected = connected;
        this.config = config;
        this.store = store;
        this.clients = clients;
        this.cipher = cipher;
        this.sync = sync;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response connect(@Context UriInfo uri) {
        if (config.clientId().isEmpty()) {
            return Response.status(503).entity("Google is not configured: set tickler.google.client-id and "
                    + "tickler.google.client-secret (config/application.properties)").build();
        }
        Instant now = Instant.now();
        attempts.values().removeIf(a -> a.started().plus(ATTEMPT_TTL).isBefore(now));
        URI callback = URI.create(config.publicUrl().map(u -> u.replaceAll("/+$", "")).orElse(
                uri.getBaseUri().toString().replaceAll("/+$", "")) + "/connect/google/callback");
        UserAuthorizer authorizer = UserAuthorizer.newBuilder()
                .setClientId(ClientId.of(config.clientId().get(), config.clientSecret().orElse("")))
                .setScopes(GoogleScopes.of(config.privacyMode()))
                .setUserAuthUri(URI.create(config.authUrl()))
                .setTokenServerUri(URI.create(config.tokenUrl()))
                .setCallbackUri(callback)
                .setPKCEProvider(new DefaultPKCEProvider())
                .setHttpTransportFactory(() -> GoogleClients.TRANSPORT)
                .build();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        attempts.put(state, new Attempt(authorizer, callback, now));
        URI target = URI.create(authorizer.getAuthorizationUrl(null, state, null).toString());
        return Response.seeOther(target).build();
    }

    @GET
    @Path("callback")
    @Produces(MediaType.TEXT_PLAIN)
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("error") String error) {
        Attempt attempt = state == null ? null : attempts.remove(state);
        if (attempt == null || attempt.started().plus(ATTEMPT_TTL).isBefore(Instant.now())) {
            return Response.status(400).entity("This sign-in link is unknown or expired; start again at /connect/google").build();
        }
        if (error != null || code == null) {
            return Response.status(400).entity("Google did not grant access (" + (error == null ? "no code" : error)
                    + "); start again at /connect/google").build();
        }
        UserCredentials credentials;
        try {
            credentials = attempt.authorizer().getCredentialsFromCode(code, null);
        } catch (IOException e) {
            Log.warnf("Google code exchange failed: %s", e.getClass().getSimpleName());
            return Response.status(502).entity("Google refused the sign-in; start again at /connect/google").build();
        }
        if (credentials.getRefreshToken() == null) {
            return Response.status(502).entity("Google granted no offline access; start again at /connect/google").build();
        }
        String email;
        try {
            Gmail gmail = clients.forRefreshToken(credentials.getRefreshToken()).gmail();
            email = gmail.users().getProfile("me").execute().getEmailAddress().toLowerCase(java.util.Locale.ROOT);
        } catch (IOException e) {
            Log.warnf("Reading the Google profile failed: %s", e.getClass().getSimpleName());
            return Response.status(502).entity("Could not read the account's address; start again at /connect/google").build();
        }
        store.connect(email, cipher.encrypt(credentials.getRefreshToken()),
                String.join(" ", GoogleScopes.of(config.privacyMode())), clock.instant());
        clients.forget(email);
        Log.infof("Google account %s connected", email);
        connected.fire(new AccountConnected(email));
        sync.syncSoon(email);
        return Response.seeOther(URI.create("/sync")).build();
    }

    /**
     * The button on /sync: back there with what happened, or a plain answer when nothing could be
     * done. A forged post from another site is refused before it gets here (tickler.access).
     */
    @POST
    @Path("disconnect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public Response disconnect(@FormParam("email") String email) {
        if (email == null || email.isBlank()) {
            return Response.status(400).entity("Which account? The form field 'email' is missing").build();
        }
        return switch (accounts.disconnect(email)) {
            case REVOKED -> Response.seeOther(URI.create("/sync?disconnected=revoked")).build();
            case NOT_REVOKED -> Response.seeOther(URI.create("/sync?disconnected=not-revoked")).build();
            case FORGOTTEN -> Response.seeOther(URI.create("/sync?disconnected=forgotten")).build();
            case UNKNOWN -> Response.status(404).entity("No such connected account").build();
            case DELEGATED -> Response.status(409).entity("A Google Workspace user is synced while it is listed in "
                    + "tickler.google.delegated-users; take it off the list to stop").build();
            case BUSY -> Response.status(503).header("Retry-After", "60")
                    .entity("The account is being synced; try again in a minute").build();
        };
    }
}
