package tickler.source.google;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonErrorContainer;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.json.gson.GsonFactory;
import java.io.IOException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** Google's refusals as they are answered, each read to what it means for the sync. */
class GoogleErrorsTest {

    /** Error bodies in the shape Google's REST APIs answer them. */
    private static String body(int code, String reason, String message) {
        return "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"errors\":[{\"domain\":\"global\","
                + "\"reason\":\"" + reason + "\",\"message\":\"" + message + "\"}]}}";
    }

    private static GoogleJsonResponseException rest(int code, String reason, String message) throws IOException {
        GoogleJsonError details = GsonFactory.getDefaultInstance()
                .createJsonParser(body(code, reason, message)).parseAndClose(GoogleJsonErrorContainer.class).getError();
        HttpResponseException.Builder builder = new HttpResponseException.Builder(code, "status " + code, new HttpHeaders())
                .setMessage(code + " " + message);
        return new GoogleJsonResponseException(builder, details);
    }

    private static HttpResponseException tokenEndpoint(int code, String body) {
        return new HttpResponseException.Builder(code, "Bad Request", new HttpHeaders()).setContent(body)
                .setMessage(code + " Bad Request\nPOST https://oauth2.googleapis.com/token\n" + body).build();
    }

    @Test
    void calendarSyncTokenNoLongerValidIsAnExpiredCursor() throws IOException {
        assertEquals(GoogleFailure.CURSOR_EXPIRED, GoogleErrors.classify(
                rest(410, "fullSyncRequired", "Sync token is no longer valid, a full sync is required.")));
    }

    @Test
    void invalidPageTokensOfBothApisAreExpiredPageTokens() throws IOException {
        assertEquals(GoogleFailure.PAGE_TOKEN_EXPIRED, GoogleErrors.classify(rest(400, "invalidArgument", "Invalid pageToken")));
        assertEquals(GoogleFailure.PAGE_TOKEN_EXPIRED, GoogleErrors.classify(rest(400, "invalid", "Invalid page token value.")));
        assertEquals(GoogleFailure.PERMANENT, GoogleErrors.classify(
                rest(400, "invalid", "Sync token cannot be used with timeMin")), "another bad request is no page token");
    }

    @Test
    void notFoundIsGoneInAnswersAndInsideBatches() throws IOException {
        assertEquals(GoogleFailure.GONE, GoogleErrors.classify(rest(404, "notFound", "Requested entity was not found.")));
        GoogleJsonError inBatch = new GoogleJsonError();
        inBatch.setCode(404);
        inBatch.setMessage("Requested entity was not found.");
        assertEquals(GoogleFailure.GONE, GoogleErrors.classify(inBatch));
    }

    @Test
    void rateLimitsAre429OrA403WithARateLimitReason() throws IOException {
        assertEquals(GoogleFailure.RATE_LIMITED, GoogleErrors.classify(rest(429, "rateLimitExceeded", "Too many requests")));
        assertEquals(GoogleFailure.RATE_LIMITED, GoogleErrors.classify(rest(403, "userRateLimitExceeded", "User-rate limit exceeded")));
        assertEquals(GoogleFailure.RATE_LIMITED, GoogleErrors.classify(403, null, body(403, "rateLimitExceeded", "Rate Limit Exceeded")),
                "a raw 403 body, as the quota guard peeks at it");
        assertEquals(GoogleFailure.PERMANENT, GoogleErrors.classify(
                rest(403, "insufficientPermissions", "Request had insufficient authentication scopes.")));
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreTransient() throws IOException {
        assertEquals(GoogleFailure.TRANSIENT, GoogleErrors.classify(rest(503, "backendError", "The service is currently unavailable.")));
        assertEquals(GoogleFailure.TRANSIENT, GoogleErrors.classify(new SocketTimeoutException("Read timed out")));
        assertEquals(GoogleFailure.PERMANENT, GoogleErrors.classify(new IllegalStateException("a bug of ours")));
    }

    @Test
    void theTokenEndpointsRefusalsAreReadFromTheWrappedAnswer() {
        IOException revoked = new IOException("Error getting access token",
                tokenEndpoint(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}"));
        assertEquals(GoogleFailure.ACCESS_REVOKED, GoogleErrors.classify(revoked));
        assertEquals("Token has been expired or revoked.", GoogleErrors.tokenRefusal(revoked).orElseThrow().description());

        IOException delegation = new IOException("Error getting access token for service account: 400 Bad Request",
                tokenEndpoint(400, "{\"error\":\"unauthorized_client\",\"error_description\":\"Client is unauthorized to "
                        + "retrieve access tokens using this method, or client not authorized for any of the scopes requested.\"}"));
        assertEquals(GoogleFailure.DELEGATION_REFUSED, GoogleErrors.classify(delegation));

        assertEquals(GoogleFailure.PERMANENT, GoogleErrors.classify(
                tokenEndpoint(401, "{\"error\":\"invalid_client\",\"error_description\":\"The OAuth client was not found.\"}")),
                "a deleted OAuth client is the operator's to fix, not the user's to reconnect");
        assertEquals(GoogleFailure.ACCESS_REVOKED, GoogleErrors.classify(400, null,
                "{\"error\":\"invalid_token\",\"error_description\":\"Token expired or revoked\"}"), "the revocation endpoint");
    }

    @Test
    void a401ThatOutlivedTheRefreshMeansTheAccessIsGone() throws IOException {
        assertEquals(GoogleFailure.ACCESS_REVOKED, GoogleErrors.classify(rest(401, "authError", "Invalid Credentials")));
    }
}
