package tickler.source.google;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.UrlEncodedContent;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.gmail.Gmail;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.auth.oauth2.UserCredentials;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official Calendar and Gmail clients of each account, kept between syncs so the access token
 * and the account's quota share carry over; rebuilt when what authorizes the account changes.
 * An account is authorized either by its user's consent (an OAuth refresh token) or, for a Google
 * Workspace user, by the service account's domain-wide delegation.
 */
@ApplicationScoped
public class GoogleClients {

    static final HttpTransport TRANSPORT = new NetHttpTransport();
    static final JsonFactory JSON = GsonFactory.getDefaultInstance();
    private static final String APPLICATION = "Tickler";
    /** The grant of delegated clients: the service account, whose key is read when they are built. */
    private static final String DELEGATION = "domain-wide delegation";

    /** @param grant what authorizes the clients: the refresh token, or {@link #DELEGATION} */
    record Clients(String grant, GoogleCredentials credentials, Gmail gmail, Calendar calendar) {
    }

    @FunctionalInterface
    private interface Authorization {
        GoogleCredentials credentials() throws IOException;
    }

    private final GoogleConfig config;
    private final Map<String, Clients> byAccount = new ConcurrentHashMap<>();

    GoogleClients(GoogleConfig config) {
        this.config = config;
    }

    /** Clients of an account connected by its user's consent, by its (decrypted) refresh token. */
    Clients ofUser(String email, String refreshToken) throws IOException {
        return cached(email, refreshToken, () -> userCredentials(refreshToken));
    }

    /**
     * Clients of a Workspace user through the service account. The key file is read each time
     * they are built, so a key replaced on disk is taken up once its account is forgotten (after
     * Google refused it).
     */
    Clients ofDelegatedUser(String email) throws IOException {
        return cached(email, DELEGATION, () -> serviceAccount(keyFile(), URI.create(config.tokenUrl()))
                .createScoped(GoogleScopes.of(config.privacyMode()))
                .createDelegated(email));
    }

    /** Clients for a refresh token not yet tied to an account (reading the profile while connecting). */
    Clients forRefreshToken(String refreshToken) {
        return build(refreshToken, userCredentials(refreshToken));
    }

    /** The service account's client id: what an admin authorizes in the Admin console. */
    String serviceAccountClientId() throws IOException {
        return serviceAccount(keyFile(), URI.create(config.tokenUrl())).getClientId();
    }

    void forget(String email) {
        byAccount.remove(email);
    }

    /**
     * Revokes a refresh token at Google, and with it every access token of the grant.
     *
     * @return false when Google could not be asked or refused; true also when the token was already revoked
     */
    boolean revoke(String refreshToken) {
        try {
            HttpRequest request = TRANSPORT.createRequestFactory().buildPostRequest(new GenericUrl(config.revokeUrl()),
                    new UrlEncodedContent(Map.of("token", refreshToken)));
            request.setThrowExceptionOnExecuteError(false);
            HttpResponse response = request.execute();
            try {
                // A token Google calls invalid is already revoked (by the user at Google, say): nothing is left to revoke.
                return response.getStatusCode() == 200 || GoogleErrors.classify(response.getStatusCode(), null,
                        response.parseAsString()) == GoogleFailure.ACCESS_REVOKED;
            } finally {
                response.disconnect();
            }
        } catch (IOException e) {
            Log.warnf("Revoking a Google token failed: %s", e.getClass().getSimpleName());
            return false;
        }
    }

    private Clients cached(String email, String grant, Authorization authorization) throws IOException {
        Clients current = byAccount.get(email);
        if (current != null && current.grant().equals(grant)) {
            return current;
        }
        Clients fresh = build(grant, authorization.credentials());
        byAccount.put(email, fresh);
        return fresh;
    }

    /** The one place clients are made: every account's requests go through its own quota guard. */
    private Clients build(String grant, GoogleCredentials credentials) {
        HttpRequestInitializer guard = new QuotaGuard(new HttpCredentialsAdapter(credentials),
                config.gmailUnitsPerSecond(), config.calendarRequestsPerMinute(), config.maxRetries(), config.retryInitialDelay());
        Gmail gmail = new Gmail.Builder(TRANSPORT, JSON, guard).setRootUrl(config.apiRootUrl())
                .setApplicationName(APPLICATION).build();
        Calendar calendar = new Calendar.Builder(TRANSPORT, JSON, guard).setRootUrl(config.apiRootUrl())
                .setApplicationName(APPLICATION).build();
        return new Clients(grant, credentials, gmail, calendar);
    }

    private UserCredentials userCredentials(String refreshToken) {
        return UserCredentials.newBuilder()
                .setClientId(config.clientId().orElseThrow())
                .setClientSecret(config.clientSecret().orElse(""))
                .setRefreshToken(refreshToken)
                .setTokenServerUri(URI.create(config.tokenUrl()))
                .setHttpTransportFactory(() -> TRANSPORT)
                .build();
    }

    private Path keyFile() {
        return Path.of(config.serviceAccountKeyFile().orElseThrow());
    }

    /**
     * The service account of a JSON key file, asking {@code tokenServer} for its tokens. A file that
     * cannot be read is reported by its path and the kind of failure only: a parser's message may
     * quote the file, and the file holds a private key.
     */
    static ServiceAccountCredentials serviceAccount(Path keyFile, URI tokenServer) throws IOException {
        try (InputStream in = Files.newInputStream(keyFile)) {
            return ServiceAccountCredentials.fromStream(in, () -> TRANSPORT).toBuilder()
                    .setTokenServerUri(tokenServer)
                    .build();
        } catch (IOException | RuntimeException e) {
            throw new IOException("the service account key file " + keyFile
                    + " cannot be read as a service account JSON key (" + e.getClass().getSimpleName() + ")");
        }
    }
}
