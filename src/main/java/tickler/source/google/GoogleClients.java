package tickler.source.google;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.gmail.Gmail;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.UserCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official Calendar and Gmail clients of each account, kept between syncs so the access token
 * and the account's quota share carry over; rebuilt when the refresh token changes.
 */
@ApplicationScoped
public class GoogleClients {

    static final HttpTransport TRANSPORT = new NetHttpTransport();
    static final JsonFactory JSON = GsonFactory.getDefaultInstance();
    private static final String APPLICATION = "Tickler";

    record Clients(String refreshToken, UserCredentials credentials, Gmail gmail, Calendar calendar) {
    }

    private final GoogleConfig config;
    private final Map<String, Clients> byAccount = new ConcurrentHashMap<>();

    GoogleClients(GoogleConfig config) {
        this.config = config;
    }

    /** Clients of an account by its (decrypted) refresh token. */
    Clients of(String email, String refreshToken) {
        Clients current = byAccount.get(email);
        if (current != null && current.refreshToken().equals(refreshToken)) {
            return current;
        }
        Clients fresh = build(refreshToken);
        byAccount.put(email, fresh);
        return fresh;
    }

    /** Clients for a token not yet tied to an account (reading the profile while connecting). */
    Clients build(String refreshToken) {
        UserCredentials credentials = credentials(refreshToken);
        HttpRequestInitializer guard = new QuotaGuard(new HttpCredentialsAdapter(credentials),
                config.gmailUnitsPerSecond(), config.calendarRequestsPerMinute(), config.maxRetries(), config.retryInitialDelay());
        Gmail gmail = new Gmail.Builder(TRANSPORT, JSON, guard).setRootUrl(config.apiRootUrl())
                .setApplicationName(APPLICATION).build();
        Calendar calendar = new Calendar.Builder(TRANSPORT, JSON, guard).setRootUrl(config.apiRootUrl())
                .setApplicationName(APPLICATION).build();
        return new Clients(refreshToken, credentials, gmail, calendar);
    }

    UserCredentials credentials(String refreshToken) {
        return UserCredentials.newBuilder()
                .setClientId(config.clientId().orElseThrow())
                .setClientSecret(config.clientSecret().orElse(""))
                .setRefreshToken(refreshToken)
                .setTokenServerUri(URI.create(config.tokenUrl()))
                .setHttpTransportFactory(() -> TRANSPORT)
                .build();
    }

    void forget(String email) {
        byAccount.remove(email);
    }
}
