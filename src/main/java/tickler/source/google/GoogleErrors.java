package tickler.source.google;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that reads Google's refusals: a status code, the error's reason and message (the
 * JSON error body of the REST APIs), or the OAuth token endpoint's error code (RFC 6749 5.2) that
 * the auth library quotes in its exception's message. Pure, so it is tested on recorded bodies.
 */
public final class GoogleErrors {

    private static final Pattern OAUTH_ERROR = Pattern.compile("\"error\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern OAUTH_DESCRIPTION = Pattern.compile("\"error_description\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern PAGE_TOKEN = Pattern.compile("page\\s*token", Pattern.CASE_INSENSITIVE);

    private GoogleErrors() {
    }

    /** A refusal of the OAuth token endpoint: its error code and description (null if none). */
    public record TokenRefusal(String code, String description) {
    }

    public static GoogleFailure classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GoogleJsonResponseException g) {
                GoogleJsonError details = g.getDetails();
                return details == null ? classify(g.getStatusCode(), null, g.getStatusMessage())
                        : classify(details);
            }
            if (t instanceof HttpResponseException h) {
                return classify(h.getStatusCode(), null, h.getContent());
            }
        }
        Optional<TokenRefusal> refusal = tokenRefusal(e);
        if (refusal.isPresent()) {
            return classifyTokenRefusal(refusal.get().code());
        }
        return e instanceof IOException ? GoogleFailure.TRANSIENT : GoogleFailure.PERMANENT;
    }

    /** An error answered inside a batch, or the body of a REST error. */
    public static GoogleFailure classify(GoogleJsonError error) {
        String reason = error.getErrors() == null || error.getErrors().isEmpty() ? null
                : error.getErrors().get(0).getReason();
        return classify(error.getCode(), reason, error.getMessage());
    }

    /**
     * @param reason  the first error's reason ("rateLimitExceeded", "fullSyncRequired", …), or null
     * @param message Google's message, or the raw body when it did not parse
     */
    public static GoogleFailure classify(int status, String reason, String message) {
        String text = message == null ? "" : message;
        Matcher oauth = OAUTH_ERROR.matcher(text);
        if (oauth.find()) {
            return classifyTokenRefusal(oauth.group(1));
        }
        if (status == 401) {
            return GoogleFailure.ACCESS_REVOKED;
        }
        if (status == 410) {
            return GoogleFailure.CURSOR_EXPIRED;
        }
        if (status == 404) {
            return GoogleFailure.GONE;
        }
        if (status == 429 || status == 403 && isRateLimit(reason, text)) {
            return GoogleFailure.RATE_LIMITED;
        }
        if (status >= 500) {
            return GoogleFailure.TRANSIENT;
        }
        if (status == 400 && PAGE_TOKEN.matcher(text).find()) {
            return GoogleFailure.PAGE_TOKEN_EXPIRED;
        }
        return GoogleFailure.PERMANENT;
    }

    /** The token endpoint's refusal quoted by {@code e} or one of its causes. */
    public static Optional<TokenRefusal> tokenRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            Matcher code = OAUTH_ERROR.matcher(message);
            if (code.find()) {
                Matcher description = OAUTH_DESCRIPTION.matcher(message);
                return Optional.of(new TokenRefusal(code.group(1), description.find() ? description.group(1) : null));
            }
        }
        return Optional.empty();
    }

    private static GoogleFailure classifyTokenRefusal(String code) {
        return switch (code) {
            // invalid_token: the revocation endpoint's word for a token already revoked.
            case "invalid_grant", "invalid_token" -> GoogleFailure.ACCESS_REVOKED;
            case "unauthorized_client" -> GoogleFailure.DELEGATION_REFUSED;
            default -> GoogleFailure.PERMANENT;
        };
    }

    private static boolean isRateLimit(String reason, String text) {
        if (reason != null) {
            String r = reason.toLowerCase(Locale.ROOT);
            return r.equals("ratelimitexceeded") || r.equals("userratelimitexceeded");
        }
        return text.contains("\"rateLimitExceeded\"") || text.contains("\"userRateLimitExceeded\"");
    }

    /** An error for people: the kind and Google's message; never a request with its token. */
    public static String describe(Throwable e) {
        if (e instanceof com.google.api.client.googleapis.json.GoogleJsonResponseException g && g.getDetails() != null) {
            return g.getStatusCode() + " " + g.getDetails().getMessage();
        }
        if (e instanceof HttpResponseException h) {
            return h.getStatusCode() + " " + h.getStatusMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

}
