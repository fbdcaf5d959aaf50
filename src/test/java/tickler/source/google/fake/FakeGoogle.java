package tickler.source.google.fake;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A stateful stand-in for Google's OAuth (user consent, and service accounts' domain-wide
 * delegation), Calendar v3 and Gmail v1 endpoints on 127.0.0.1, speaking the REST the official
 * Java client sends (paging, sync tokens, history, batch, gzip bodies, errors in Google's JSON
 * shape), with controls for tests: change mailboxes and calendars, expire cursors, revoke tokens,
 * grant delegation, inject rate limiting, enforce Gmail's per-user quota, count requests and quota units.
 */
public final class FakeGoogle implements AutoCloseable {

    public static final String CLIENT_ID = "tickler-test-client";
    public static final String CLIENT_SECRET = "tickler-test-secret";

    /** The grant of a service account's signed assertion (RFC 7523), as Google's token endpoint takes it. */
    private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    /** The audience Google requires of an assertion, whatever address the token request went to. */
    private static final String GOOGLE_TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token";

    /** Gmail's documented cost of each method we serve, in quota units. */
    private static final Map<String, Integer> GMAIL_UNITS = Map.of(
            "messages.get", 5, "messages.list", 5, "history.list", 2, "getProfile", 1,
            "labels.list", 1, "sendAs.list", 1);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GMAIL = Pattern.compile("/gmail/v1/users/([^/]+)/(.*)");
    private static final Pattern CALENDAR_EVENTS = Pattern.compile("/calendar/v3/calendars/([^/]+)/events");

    private final HttpServer server;
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final Map<String, ServiceAccount> serviceAccounts = new ConcurrentHashMap<>();
    /** Domain-wide delegation as Workspace admins granted it: "domain client-id" to scopes. */
    private final Map<String, Set<String>> delegations = new ConcurrentHashMap<>();
    private volatile String nextAuthorizingUser;

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Set<String> formats = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> units = new ConcurrentHashMap<>();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private volatile int retryAfterSeconds = 1;
    private volatile String rateLimitStatus = "429";
    private final AtomicInteger failAfter = new AtomicInteger(-1);
    private final AtomicInteger cutShort = new AtomicInteger();
    private final AtomicInteger served429 = new AtomicInteger();
    private volatile int gmailQuota;
    private final AtomicInteger pageTokenEpoch = new AtomicInteger();

    public FakeGoogle() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public String authUrl() {
        return root() + "o/oauth2/auth";
    }

    public String tokenUrl() {
        return root() + "token";
    }

    public String revokeUrl() {
        return root() + "revoke";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- test controls ----------------------------------------------------------------------

    /** A user with an empty mailbox and a primary calendar named after the address. */
    public synchronized User user(String email) {
        return users.computeIfAbsent(email.toLowerCase(Locale.ROOT), User::new);
    }

    /** The user who "signs in" at the next authorization request. */
    public void authorizeAs(String email) {
        nextAuthorizingUser = user(email).email;
    }

    /** A refresh token for {@code email} as if it had connected before. */
    public String grantRefreshToken(String email) {
        String token = "1//refresh-" + UUID.randomUUID();
        refreshTokens.put(token, user(email).email);
        return token;
    }

    /** A service account created in Cloud Console: Google knows its public key. */
    public void serviceAccount(ServiceAccount account) {
        serviceAccounts.put(account.clientEmail, account);
    }

    /**
     * The admin of the Workspace of {@code domain} authorizes domain-wide delegation for a client
     * id and scopes (Admin console → Security → API controls → Domain-wide delegation), replacing
     * what was authorized before.
     */
    public void authorizeDelegation(String domain, String clientId, String... scopes) {
        delegations.put(domain + " " + clientId, Set.of(scopes));
    }

    /** The admin deletes the client id from domain-wide delegation. */
    public void revokeDelegation(String domain, String clientId) {
        delegations.remove(domain + " " + clientId);
    }

    /** The user is deleted from the Workspace: its mailbox and calendars go, tokens for it are refused. */
    public void removeUser(String email) {
        users.remove(email.toLowerCase(Locale.ROOT));
        accessTokens.values().removeIf(email::equalsIgnoreCase);
    }

    /** Whether {@code email} has a refresh token that still works. */
    public boolean hasGrant(String email) {
        return refreshTokens.containsValue(email.toLowerCase(Locale.ROOT));
    }

    /** Every access token issued so far has expired; refresh tokens still work. */
    public void expireAccessTokens() {
        accessTokens.clear();
    }

    /** The user revoked access: refreshes answer invalid_grant, access tokens stop working. */
    public void revoke(String email) {
        refreshTokens.values().removeIf(email::equalsIgnoreCase);
        accessTokens.values().removeIf(email::equalsIgnoreCase);
    }

    /** The next {@code count} API requests answer rate limiting, with Retry-After in seconds. */
    public void rateLimitNext(int count, int retryAfter, boolean as403) {
        retryAfterSeconds = retryAfter;
        rateLimitStatus = as403 ? "403" : "429";
        rateLimited.set(count);
    }

    /** The next {@code count} batch answers leave out their last part, as an answer cut short would. */
    public void cutShortNextBatches(int count) {
        cutShort.set(count);
    }

    /** After {@code count} more API requests, every API request fails with 503 until cleared (-1). */
    public void failAfter(int count) {
        failAfter.set(count);
    }

    /**
     * Enforces Gmail's per-user quota from now on: each user's calls, batch parts each at their own
     * cost, draw on a bucket of {@code unitsPerSecond} refilled continuously. Google documents the
     * limit as a moving average that allows short bursts, without saying how short; the bucket
     * holds two seconds' worth (a batch of 50 messages.get alone costs one second's 250 units). A
     * call it cannot pay for answers 429 rateLimitExceeded with Retry-After: 1, as a part of a batch
     * when it is one. 0 turns it off.
     */
    public void enforceGmailQuota(int unitsPerSecond) {
        gmailQuota = unitsPerSecond;
    }

    /** Rate-limit answers served, injected or by the quota. */
    public int served429() {
        return served429.get();
    }

    /** Page tokens of listings (messages, events) handed out so far stop working: 400 Invalid pageToken. */
    public void expirePageTokens() {
        pageTokenEpoch.incrementAndGet();
    }

    private String pageToken(int offset) {
        return "p" + pageTokenEpoch.get() + "-" + offset;
    }

    /** The offset a page token stands for; 0 for none, -1 for an expired or foreign token. */
    private int pageFrom(String token) {
        if (token == null) {
            return 0;
        }
        String prefix = "p" + pageTokenEpoch.get() + "-";
        return token.startsWith(prefix) ? Integer.parseInt(token.substring(prefix.length())) : -1;
    }

    /** Every request line seen, e.g. "GET /gmail/v1/users/me/messages"; batch parts as "PART GET ...". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public long requestCount(String prefix) {
        return requests.stream().filter(r -> r.startsWith(prefix)).count();
    }

    /** The messages.get formats asked for since the last reset. */
    public Set<String> formatsRequested() {
        return Set.copyOf(formats);
    }

    public void resetCounters() {
        formats.clear();
        requests.clear();
        units.clear();
        served429.set(0);
    }

    /** Gmail quota units charged to {@code email}, batch parts each at their own cost. */
    public long gmailUnits(String email) {
        AtomicLong u = units.get(email.toLowerCase(Locale.ROOT));
        return u == null ? 0 : u.get();
    }

    // ---- HTTP -------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = body(exchange.getRequestHeaders().getFirst("Content-Encoding"), exchange.getRequestBody());
            URI uri = exchange.getRequestURI();
            String method = exchange.getRequestMethod();
            requests.add(method + " " + uri.getPath());
            Reply reply;
            if (uri.getPath().equals("/o/oauth2/auth")) {
                reply = authorize(query(uri.getRawQuery()));
            } else if (uri.getPath().equals("/revoke")) {
                reply = revokeToken(query(new String(body, StandardCharsets.UTF_8)));
            } else if (uri.getPath().equals("/token")) {
                reply = token(withBasicAuth(query(new String(body, StandardCharsets.UTF_8)),
                        exchange.getRequestHeaders().getFirst("Authorization")));
            } else {
                Reply refused = refusal();
                if (refused != null) {
                    reply = refused;
                } else if (uri.getPath().equals("/batch") || uri.getPath().equals("/batch/calendar/v3")) {
                    reply = batch(exchange.getRequestHeaders().getFirst("Content-Type"), body,
                            exchange.getRequestHeaders().getFirst("Authorization"));
                } else {
                    reply = api(method, uri, exchange.getRequestHeaders().getFirst("Authorization"));
                }
            }
            reply.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", reply.contentType);
            exchange.sendResponseHeaders(reply.status, reply.body.length == 0 ? -1 : reply.body.length);
            if (reply.body.length > 0) {
                exchange.getResponseBody().write(reply.body);
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    /** Injected faults: rate limiting and a broken backend. */
    private Reply refusal() {
        if (failAfter.get() == 0) {
            return error(503, "backendError", "The service is currently unavailable.");
        }
        if (failAfter.get() > 0) {
            failAfter.decrementAndGet();
        }
        if (rateLimited.get() > 0 && rateLimited.getAndDecrement() > 0) {
            served429.incrementAndGet();
            Reply r = rateLimitStatus.equals("429")
                    ? error(429, "rateLimitExceeded", "Too many requests")
                    : error(403, "userRateLimitExceeded", "User-rate limit exceeded");
            r.headers.put("Retry-After", String.valueOf(retryAfterSeconds));
            return r;
        }
        return null;
    }

    private static byte[] body(String encoding, InputStream in) throws IOException {
        byte[] raw = in.readAllBytes();
        if ("gzip".equalsIgnoreCase(encoding)) {
            try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                return gz.readAllBytes();
            }
        }
        return raw;
    }

    private Reply api(String method, URI uri, String authorization) {
        String email = authorization == null ? null : accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (email == null) {
            Reply r = error(401, "authError", "Invalid Credentials");
            r.headers.put("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
            return r;
        }
        User user = users.get(email);
        Map<String, List<String>> q = query(uri.getRawQuery());
        String path = uri.getPath();
        if (!method.equals("GET")) {
            return error(405, "methodNotAllowed", "Only reads are served");
        }
        synchronized (user) {
            Matcher gm = GMAIL.matcher(path);
            if (gm.matches()) {
                try {
                    return user.gmail(gm.group(2), q);
                } catch (OverQuota e) {
                    served429.incrementAndGet();
                    Reply r = error(429, "rateLimitExceeded", "User-rate limit exceeded");
                    r.headers.put("Retry-After", "1");
                    return r;
                }
            }
            if (path.equals("/calendar/v3/users/me/calendarList")) {
                return json(200, Map.of("kind", "calendar#calendarList", "items", user.calendarList()));
            }
            Matcher cm = CALENDAR_EVENTS.matcher(path);
            if (cm.matches()) {
                Calendar calendar = user.calendars.get(cm.group(1));
                return calendar == null ? error(404, "notFound", "Not Found") : calendar.list(q);
            }
        }
        return error(404, "notFound", "No such method: " + path);
    }

    // ---- batch ------------------------------------------------------------------------------

    private Reply batch(String contentType, byte[] body, String authorization) {
        Matcher b = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType == null ? "" : contentType);
        if (!b.find()) {
            return error(400, "badRequest", "multipart/mixed with a boundary expected");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String delimiter = "--" + b.group(1);
        List<Reply> answers = new ArrayList<>();
        for (String part : text.split(Pattern.quote(delimiter))) {
            String p = part.strip();
            if (p.isEmpty() || p.equals("--")) {
                continue;
            }
            int blank = p.indexOf("\r\n\r\n");
            String inner = blank < 0 ? p : p.substring(blank + 4);
            String requestLine = inner.lines().findFirst().orElse("");
            String[] words = requestLine.split(" ");
            URI uri = URI.create(words[1].startsWith("http") ? words[1] : "http://x" + words[1]);
            String auth = authorization;
            for (String line : inner.lines().toList()) {
                if (line.toLowerCase(Locale.ROOT).startsWith("authorization:")) {
                    auth = line.substring("authorization:".length()).strip();
                }
            }
            requests.add("PART " + words[0] + " " + uri.getPath());
            answers.add(api(words[0], uri, auth));
        }
        if (answers.size() > 100) {
            return error(400, "badRequest", "A batch holds at most 100 calls");
        }
        String boundary = "batch_" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int shown = answers.size() > 1 && cutShort.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? answers.size() - 1 : answers.size();
        for (int i = 0; i < shown; i++) {
            Reply a = answers.get(i);
            StringBuilder head = new StringBuilder();
            head.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: application/http\r\n")
                    .append("Content-ID: <response-").append(i + 1).append(">\r\n\r\n")
                    .append("HTTP/1.1 ").append(a.status).append(' ').append(a.status < 300 ? "OK" : "Error").append("\r\n")
                    .append("Content-Type: ").append(a.contentType).append("\r\n");
            a.headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(a.body.length).append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(a.body);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Reply(200, "multipart/mixed; boundary=" + boundary, out.toByteArray());
    }

    // ---- OAuth ------------------------------------------------------------------------------

    private Reply authorize(Map<String, List<String>> q) {
        String redirect = first(q, "redirect_uri");
        if (!CLIENT_ID.equals(first(q, "client_id")) || redirect == null || !"code".equals(first(q, "response_type"))) {
            return new Reply(400, "text/plain", "invalid_request".getBytes(StandardCharsets.UTF_8));
        }
        String challenge = first(q, "code_challenge");
        if (challenge == null || !"S256".equals(first(q, "code_challenge_method"))) {
            return new Reply(400, "text/plain", "PKCE with S256 required".getBytes(StandardCharsets.UTF_8));
        }
        String email = nextAuthorizingUser;
        if (email == null) {
            return new Reply(400, "text/plain", "no user signed in".getBytes(StandardCharsets.UTF_8));
        }
        String code = "4/code-" + UUID.randomUUID();
        codes.put(code, new PendingCode(email, challenge, redirect, first(q, "scope"), first(q, "access_type")));
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + enc(code)
                + "&state=" + enc(first(q, "state")) + "&scope=" + enc(first(q, "scope"));
        Reply r = new Reply(302, "text/plain", new byte[0]);
        r.headers.put("Location", location);
        return r;
    }

    /** Clients may authenticate with HTTP Basic instead of form fields (RFC 6749 2.3.1). */
    private static Map<String, List<String>> withBasicAuth(Map<String, List<String>> form, String authorization) {
        if (authorization != null && authorization.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8).split(":", 2);
            form.put("client_id", List.of(URLDecoder.decode(pair[0], StandardCharsets.UTF_8)));
            form.put("client_secret", List.of(pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
        }
        return form;
    }

    private Reply token(Map<String, List<String>> form) {
        if (JWT_BEARER.equals(first(form, "grant_type"))) {
            return delegatedToken(nz(first(form, "assertion")));
        }
        if (!CLIENT_ID.equals(first(form, "client_id")) || !CLIENT_SECRET.equals(first(form, "client_secret"))) {
            return oauthError(401, "invalid_client", "The OAuth client was not found.");
        }
        String grant = first(form, "grant_type");
        if ("authorization_code".equals(grant)) {
            PendingCode pending = codes.remove(nz(first(form, "code")));
            if (pending == null) {
                return oauthError(400, "invalid_grant", "Malformed auth code.");
            }
            String verifier = first(form, "code_verifier");
            if (verifier == null || !pending.challenge.equals(s256(verifier))) {
                return oauthError(400, "invalid_grant", "Invalid code verifier.");
            }
            if (!pending.redirect.equals(first(form, "redirect_uri"))) {
                return oauthError(400, "redirect_uri_mismatch", "Bad Request");
            }
            String refresh = "offline".equals(pending.accessType) ? grantRefreshToken(pending.email) : null;
            Map<String, Object> answer = accessToken(pending.email);
            if (refresh != null) {
                answer.put("refresh_token", refresh);
            }
            answer.put("scope", pending.scope);
            return json(200, answer);
        }
        if ("refresh_token".equals(grant)) {
            String email = refreshTokens.get(nz(first(form, "refresh_token")));
            if (email == null) {
                return oauthError(400, "invalid_grant", "Token has been expired or revoked.");
            }
            return json(200, accessToken(email));
        }
        return oauthError(400, "unsupported_grant_type", "Invalid grant_type: " + grant);
    }

    /**
     * A service account's assertion to act as a Workspace user: signed with the account's key,
     * short-lived, addressed to Google, for a user whose Workspace authorized the account's client
     * id for every scope asked. Google's own answers (and words) when it is not.
     */
    @SuppressWarnings("unchecked")
    private Reply delegatedToken(String assertion) {
        String[] parts = assertion.split("\\.");
        Map<String, Object> header;
        Map<String, Object> claims;
        try {
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a signed JWT");
            }
            header = JSON.readValue(Base64.getUrlDecoder().decode(parts[0]), Map.class);
            claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
        } catch (IOException | RuntimeException e) {
            return oauthError(400, "invalid_grant", "Invalid JWT: malformed assertion.");
        }
        ServiceAccount account = serviceAccounts.get(String.valueOf(claims.get("iss")));
        if (account == null) {
            return oauthError(400, "invalid_grant", "Invalid grant: account not found");
        }
        if (!"RS256".equals(header.get("alg")) || !account.privateKeyId.equals(header.get("kid"))
                || !signedBy(account.publicKey(), parts[0] + "." + parts[1], parts[2])) {
            return oauthError(400, "invalid_grant", "Invalid JWT Signature.");
        }
        if (!GOOGLE_TOKEN_AUDIENCE.equals(claims.get("aud"))) {
            return oauthError(400, "invalid_grant", "Invalid JWT: Failed audience check. The expected audience is "
                    + GOOGLE_TOKEN_AUDIENCE + ".");
        }
        long now = Instant.now().getEpochSecond();
        long issued = ((Number) claims.getOrDefault("iat", 0)).longValue();
        long expires = ((Number) claims.getOrDefault("exp", 0)).longValue();
        if (expires <= now || issued > now + 60 || expires - issued > 3600) {
            return oauthError(400, "invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes) and "
                    + "in a reasonable timeframe. Check your iat and exp values in the JWT claim.");
        }
        User user = claims.get("sub") == null ? null : users.get(String.valueOf(claims.get("sub")).toLowerCase(Locale.ROOT));
        if (user == null) {
            return oauthError(400, "invalid_grant", "Invalid email or User ID");
        }
        Set<String> authorized = delegations.getOrDefault(
                user.email.substring(user.email.indexOf('@') + 1) + " " + account.clientId, Set.of());
        List<String> asked = List.of(String.valueOf(claims.getOrDefault("scope", "")).split(" "));
        if (!authorized.containsAll(asked)) {
            return oauthError(400, "unauthorized_client", "Client is unauthorized to retrieve access tokens using this "
                    + "method, or client not authorized for any of the scopes requested.");
        }
        return json(200, accessToken(user.email));
    }

    private static boolean signedBy(PublicKey key, String content, String signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(content.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(Base64.getUrlDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** RFC 7009 as Google serves it: the refresh token and the grant's access tokens stop working. */
    private Reply revokeToken(Map<String, List<String>> form) {
        String email = refreshTokens.remove(nz(first(form, "token")));
        if (email == null) {
            return oauthError(400, "invalid_token", "Token expired or revoked");
        }
        accessTokens.values().removeIf(email::equals);
        return json(200, Map.of());
    }

    private Map<String, Object> accessToken(String email) {
        String access = "ya29.fake-" + UUID.randomUUID();
        accessTokens.put(access, email);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", access);
        answer.put("expires_in", 3599);
        answer.put("token_type", "Bearer");
        return answer;
    }

    private static Reply oauthError(int status, String error, String description) {
        return json(status, Map.of("error", error, "error_description", description));
    }

    // ---- model ------------------------------------------------------------------------------

    /** One Google account: a mailbox with its history, calendars, send-as aliases, labels. */
    public final class User {
        public final String email;
        private final Map<String, Message> messages = new HashMap<>();
        private final List<HistoryRecord> history = new ArrayList<>();
        private long historyId = 1000;
        private long oldestHistoryId = 1000;
        private double quotaLeft = Double.MAX_VALUE;
        private long quotaAt = System.nanoTime();
        private final Map<String, Calendar> calendars = new LinkedHashMap<>();
        private final List<String> aliases = new ArrayList<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private long nextThread = 0x18c0000000000000L;

        User(String email) {
            this.email = email;
            calendars.put(email, new Calendar(email, email, "Europe/Moscow", true, "owner"));
            for (String system : List.of("INBOX", "SENT", "IMPORTANT", "UNREAD", "STARRED", "TRASH", "SPAM", "DRAFT",
                    "CATEGORY_PERSONAL", "CATEGORY_PROMOTIONS", "CATEGORY_SOCIAL", "CATEGORY_UPDATES", "CATEGORY_FORUMS")) {
                labels.put(system, system);
            }
        }

        public synchronized void alias(String address) {
            aliases.add(address);
        }

        /** A user label; returns its id. */
        public synchronized String label(String name) {
            String id = "Label_" + (labels.size() + 1);
            labels.put(id, name);
            return id;
        }

        /** Adds a message (raw RFC 822) with label ids; returns its Gmail id. */
        public synchronized String addMessage(byte[] raw, Instant internalDate, String... labelIds) {
            historyId++;
            String id = Long.toHexString(0x18d0000000000000L + historyId);
            Message m = new Message(id, Long.toHexString(nextThread++), new LinkedHashSet<>(List.of(labelIds)), raw,
                    internalDate.toEpochMilli(), historyId);
            messages.put(id, m);
            history.add(new HistoryRecord(historyId, "messagesAdded", id, List.of(labelIds)));
            return id;
        }

        public synchronized void deleteMessage(String id) {
            if (messages.remove(id) != null) {
                historyId++;
                history.add(new HistoryRecord(historyId, "messagesDeleted", id, List.of()));
            }
        }

        public synchronized void addLabel(String id, String labelId) {
            Message m = messages.get(id);
            m.labels.add(labelId);
            historyId++;
            m.historyId = historyId;
            history.add(new HistoryRecord(historyId, "labelsAdded", id, List.of(labelId)));
        }

        /** History before now is gone: history.list from an older id answers 404. */
        public synchronized void expireHistory() {
            oldestHistoryId = historyId + 1;
            historyId++;
        }

        public synchronized int messageCount() {
            return messages.size();
        }

        public synchronized Set<String> messageIds() {
            return Set.copyOf(messages.keySet());
        }

        public Calendar primary() {
            return calendars.get(email);
        }

        public synchronized Calendar calendar(String id, String summary) {
            return calendars.computeIfAbsent(id, k -> new Calendar(id, summary, "Europe/Moscow", false, "owner"));
        }

        /** A calendar the user reads but does not own: a colleague's, a team's, public holidays. */
        public synchronized Calendar subscribed(String id, String summary) {
            return calendars.computeIfAbsent(id, k -> new Calendar(id, summary, "Europe/Moscow", false, "reader"));
        }

        List<Map<String, Object>> calendarList() {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Calendar c : calendars.values()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("kind", "calendar#calendarListEntry");
                item.put("id", c.id);
                item.put("summary", c.summary);
                item.put("timeZone", c.timeZone);
                item.put("accessRole", c.accessRole);
                if (c.primary) {
                    item.put("primary", true);
                }
                items.add(item);
            }
            return items;
        }

        Reply gmail(String rest, Map<String, List<String>> q) {
            if (rest.equals("profile")) {
                charge("getProfile");
                return json(200, Map.of("emailAddress", email, "messagesTotal", messages.size(),
                        "threadsTotal", messages.size(), "historyId", String.valueOf(historyId)));
            }
            if (rest.equals("settings/sendAs")) {
                charge("sendAs.list");
                List<Map<String, Object>> sendAs = new ArrayList<>();
                sendAs.add(Map.of("sendAsEmail", email, "displayName", "", "isPrimary", true, "isDefault", true));
                for (String a : aliases) {
                    sendAs.add(Map.of("sendAsEmail", a, "displayName", "", "treatAsAlias", true,
                            "verificationStatus", "accepted"));
                }
                return json(200, Map.of("sendAs", sendAs));
            }
            if (rest.equals("labels")) {
                charge("labels.list");
                List<Map<String, Object>> list = new ArrayList<>();
                labels.forEach((id, name) -> list.add(Map.of("id", id, "name", name,
                        "type", id.startsWith("Label_") ? "user" : "system")));
                return json(200, Map.of("labels", list));
            }
            if (rest.equals("messages")) {
                charge("messages.list");
                int max = Math.min(500, Integer.parseInt(nz(first(q, "maxResults"), "100")));
                List<Message> all = messages.values().stream()
                        .filter(m -> !m.labels.contains("SPAM") && !m.labels.contains("TRASH"))
                        .sorted(Comparator.comparingLong((Message m) -> m.internalDate).reversed()
                                .thenComparing(m -> m.id, Comparator.reverseOrder()))
                        .toList();
                int from = pageFrom(first(q, "pageToken"));
                if (from < 0) {
                    return error(400, "invalidArgument", "Invalid pageToken");
                }
                int to = Math.min(all.size(), from + max);
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("messages", all.subList(from, to).stream().map(m -> Map.of("id", m.id, "threadId", m.threadId)).toList());
                if (to < all.size()) {
                    answer.put("nextPageToken", pageToken(to));
                }
                answer.put("resultSizeEstimate", all.size());
                return json(200, answer);
            }
            if (rest.startsWith("messages/")) {
                charge("messages.get");
                formats.add(nz(first(q, "format"), "full"));
                Message m = messages.get(rest.substring("messages/".length()));
                if (m == null) {
                    return error(404, "notFound", "Requested entity was not found.");
                }
                return json(200, m.resource(nz(first(q, "format"), "full"), q.getOrDefault("metadataHeaders", List.of())));
            }
            if (rest.equals("history")) {
                charge("history.list");
                long start = Long.parseLong(nz(first(q, "startHistoryId"), "0"));
                if (start < oldestHistoryId) {
                    return error(404, "notFound", "Requested entity was not found.");
                }
                int max = Math.min(500, Integer.parseInt(nz(first(q, "maxResults"), "100")));
                List<HistoryRecord> after = history.stream().filter(h -> h.id > start).toList();
                int from = first(q, "pageToken") == null ? 0 : Integer.parseInt(first(q, "pageToken"));
                int to = Math.min(after.size(), from + max);
                List<Map<String, Object>> records = new ArrayList<>();
                for (HistoryRecord h : after.subList(from, to)) {
                    Message m = messages.get(h.messageId);
                    Map<String, Object> message = new LinkedHashMap<>();
                    message.put("id", h.messageId);
                    if (m != null) {
                        message.put("threadId", m.threadId);
                        message.put("labelIds", List.copyOf(m.labels));
                    }
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("message", message);
                    if (h.type.startsWith("labels")) {
                        change.put("labelIds", h.labels);
                    }
                    records.add(Map.of("id", String.valueOf(h.id), "messages", List.of(message), h.type, List.of(change)));
                }
                Map<String, Object> answer = new LinkedHashMap<>();
                if (!records.isEmpty()) {
                    answer.put("history", records);
                }
                if (to < after.size()) {
                    answer.put("nextPageToken", String.valueOf(to));
                }
                answer.put("historyId", String.valueOf(historyId));
                return json(200, answer);
            }
            return error(404, "notFound", "No such method: " + rest);
        }

        /** Charges a call to the user's quota before serving it; throws when the quota cannot pay. */
        private void charge(String method) {
            int cost = GMAIL_UNITS.get(method);
            int perSecond = gmailQuota;
            if (perSecond > 0) {
                long now = System.nanoTime();
                quotaLeft = Math.min(2.0 * perSecond, quotaLeft + (now - quotaAt) / 1e9 * perSecond);
                quotaAt = now;
                if (quotaLeft < cost) {
                    throw new OverQuota();
                }
                quotaLeft -= cost;
            }
            units.computeIfAbsent(email, k -> new AtomicLong()).addAndGet(cost);
        }
    }

    private static final class Message {
        final String id;
        final String threadId;
        final Set<String> labels;
        final byte[] raw;
        final long internalDate;
        long historyId;

        Message(String id, String threadId, Set<String> labels, byte[] raw, long internalDate, long historyId) {
            this.id = id;
            this.threadId = threadId;
            this.labels = labels;
            this.raw = raw;
            this.internalDate = internalDate;
            this.historyId = historyId;
        }

        Map<String, Object> resource(String format, List<String> metadataHeaders) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", id);
            r.put("threadId", threadId);
            r.put("labelIds", List.copyOf(labels));
            r.put("snippet", "");
            r.put("historyId", String.valueOf(historyId));
            r.put("internalDate", String.valueOf(internalDate));
            r.put("sizeEstimate", raw.length);
            if (format.equals("raw")) {
                r.put("raw", Base64.getUrlEncoder().encodeToString(raw));
            } else if (format.equals("metadata")) {
                Set<String> wanted = new LinkedHashSet<>();
                metadataHeaders.forEach(h -> wanted.add(h.toLowerCase(Locale.ROOT)));
                List<Map<String, String>> headers = new ArrayList<>();
                String text = new String(raw, StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                String head = (end < 0 ? text : text.substring(0, end)).replaceAll("\r\n[ \t]+", " ");
                for (String line : head.split("\r\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && (wanted.isEmpty() || wanted.contains(line.substring(0, colon).toLowerCase(Locale.ROOT)))) {
                        // Gmail answers header values decoded: encoded words become raw UTF-8.
                        headers.add(Map.of("name", line.substring(0, colon), "value",
                                DecoderUtil.decodeEncodedWords(line.substring(colon + 1).strip(), DecodeMonitor.SILENT)));
                    }
                }
                r.put("payload", Map.of("mimeType", "multipart/mixed", "headers", headers));
            }
            return r;
        }
    }

    private record HistoryRecord(long id, String type, String messageId, List<String> labels) {
    }

    /**
     * A calendar whose events are stored already expanded (as {@code singleEvents=true} answers):
     * an instance carries {@code recurringEventId} and {@code originalStartTime}.
     */
    public final class Calendar {
        final String id;
        final String summary;
        final String timeZone;
        final boolean primary;
        final String accessRole;
        private final Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        private final Map<String, Long> changedAt = new HashMap<>();
        private long sequence = 1;
        private long oldestValidToken = 0;

        Calendar(String id, String summary, String timeZone, boolean primary, String accessRole) {
            this.id = id;
            this.summary = summary;
            this.timeZone = timeZone;
            this.primary = primary;
            this.accessRole = accessRole;
        }

        /** Adds or replaces an event resource (as the Calendar API spells it; "id" required). */
        public void put(Map<String, Object> event) {
            synchronized (owner()) {
                Map<String, Object> e = new LinkedHashMap<>(event);
                e.putIfAbsent("kind", "calendar#event");
                e.putIfAbsent("status", "confirmed");
                e.put("updated", Instant.now().toString());
                events.put((String) e.get("id"), e);
                changedAt.put((String) e.get("id"), ++sequence);
            }
        }

        /** Deletes an event: it stays, as Google keeps it, with status "cancelled" for incremental sync. */
        public void cancel(String eventId) {
            synchronized (owner()) {
                Map<String, Object> old = events.get(eventId);
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("kind", "calendar#event");
                e.put("id", eventId);
                e.put("status", "cancelled");
                if (old != null && old.containsKey("recurringEventId")) {
                    e.put("recurringEventId", old.get("recurringEventId"));
                    e.put("originalStartTime", old.get("originalStartTime"));
                }
                events.put(eventId, e);
                changedAt.put(eventId, ++sequence);
            }
        }

        /** Every sync token issued so far answers 410 GONE. */
        public void expireSyncTokens() {
            synchronized (owner()) {
                oldestValidToken = ++sequence;
            }
        }

        public int liveEventCount() {
            synchronized (owner()) {
                return (int) events.values().stream().filter(e -> !"cancelled".equals(e.get("status"))).count();
            }
        }

        private Object owner() {
            for (User u : users.values()) {
                if (u.calendars.get(id) == this) {
                    return u;
                }
            }
            return this;
        }

        Reply list(Map<String, List<String>> q) {
            String syncToken = first(q, "syncToken");
            int max = Math.min(2500, Integer.parseInt(nz(first(q, "maxResults"), "250")));
            List<Map<String, Object>> selected = new ArrayList<>();
            long since;
            if (syncToken != null) {
                for (String forbidden : List.of("timeMin", "timeMax", "updatedMin", "q", "orderBy", "iCalUID")) {
                    if (first(q, forbidden) != null) {
                        return error(400, "invalid", "Sync token cannot be used with " + forbidden);
                    }
                }
                since = Long.parseLong(syncToken.replace("sync-", ""));
                if (since < oldestValidToken) {
                    return error(410, "fullSyncRequired", "Sync token is no longer valid, a full sync is required.");
                }
                for (Map.Entry<String, Map<String, Object>> e : events.entrySet()) {
                    if (changedAt.get(e.getKey()) > since) {
                        selected.add(e.getValue());
                    }
                }
            } else {
                if (!"true".equals(first(q, "singleEvents"))) {
                    return error(400, "invalid", "This fake serves singleEvents=true only");
                }
                Instant min = first(q, "timeMin") == null ? Instant.MIN : Instant.parse(first(q, "timeMin"));
                Instant max2 = first(q, "timeMax") == null ? Instant.MAX : Instant.parse(first(q, "timeMax"));
                boolean showDeleted = "true".equals(first(q, "showDeleted"));
                for (Map<String, Object> e : events.values()) {
                    boolean cancelled = "cancelled".equals(e.get("status"));
                    if (cancelled && !showDeleted) {
                        continue;
                    }
                    if (!cancelled && !overlaps(e, min, max2)) {
                        continue;
                    }
                    selected.add(e);
                }
            }
            int from = pageFrom(first(q, "pageToken"));
            if (from < 0) {
                return error(400, "invalid", "Invalid page token value.");
            }
            int to = Math.min(selected.size(), from + max);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("kind", "calendar#events");
            answer.put("summary", summary);
            answer.put("timeZone", timeZone);
            answer.put("items", selected.subList(from, to));
            if (to < selected.size()) {
                answer.put("nextPageToken", pageToken(to));
            } else {
                answer.put("nextSyncToken", "sync-" + sequence);
            }
            return json(200, answer);
        }

        @SuppressWarnings("unchecked")
        private boolean overlaps(Map<String, Object> e, Instant min, Instant max) {
            Instant start = instant((Map<String, Object>) e.get("start"));
            Instant end = instant((Map<String, Object>) e.get("end"));
            return start.isBefore(max) && (end == null ? start : end).isAfter(min);
        }

        private Instant instant(Map<String, Object> t) {
            if (t == null) {
                return null;
            }
            if (t.get("dateTime") != null) {
                return java.time.OffsetDateTime.parse((String) t.get("dateTime")).toInstant();
            }
            return java.time.LocalDate.parse((String) t.get("date")).atStartOfDay(java.time.ZoneId.of(timeZone)).toInstant();
        }
    }

    private static final class OverQuota extends RuntimeException {
        OverQuota() {
            super(null, null, false, false);
        }
    }

    private record PendingCode(String email, String challenge, String redirect, String scope, String accessType) {
    }

    private static final class Reply {
        final int status;
        final String contentType;
        final byte[] body;
        final Map<String, String> headers = new LinkedHashMap<>();

        Reply(int status, String contentType, byte[] body) {
            this.status = status;
            this.contentType = contentType;
            this.body = body;
        }
    }

    private static Reply json(int status, Object value) {
        try {
            return new Reply(status, "application/json; charset=UTF-8", JSON.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An error in the shape GoogleJsonResponseException parses. */
    private static Reply error(int status, String reason, String message) {
        String domain = status == 429 || reason.contains("RateLimit") || reason.contains("rateLimit") ? "usageLimits" : "global";
        return json(status, Map.of("error", Map.of("code", status, "message", message,
                "errors", List.of(Map.of("domain", domain, "reason", reason, "message", message)))));
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static String first(Map<String, List<String>> q, String key) {
        List<String> v = q.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String nz(String s, String otherwise) {
        return s == null ? otherwise : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(nz(s), StandardCharsets.UTF_8);
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
