package tickler.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A local OpenID Connect provider on 127.0.0.1: discovery, JWKS, an authorization endpoint that
 * signs in whoever the test chose ({@link #signInAs}) at once, and a token endpoint answering an
 * RS256-signed ID token with that user's verified email.
 */
public final class FakeOidc implements AutoCloseable {

    public static final String CLIENT_ID = "tickler-test";
    public static final String CLIENT_SECRET = "tickler-test-secret-long-enough-for-cookie-encryption";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final RsaJsonWebKey key;
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private volatile String nextUser = "anna@studio.example";

    public FakeOidc() throws IOException, JoseException {
        key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId("test-key");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Who the next sign-in is. */
    public void signInAs(String email) {
        nextUser = email;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/.well-known/openid-configuration" -> json(exchange, Map.of(
                        "issuer", issuer(),
                        "authorization_endpoint", issuer() + "/authorize",
                        "token_endpoint", issuer() + "/token",
                        "jwks_uri", issuer() + "/jwks",
                        "response_types_supported", new String[] {"code"},
                        "subject_types_supported", new String[] {"public"},
                        "id_token_signing_alg_values_supported", new String[] {"RS256"}));
                case "/jwks" -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    byte[] body = ("{\"keys\":[" + key.toJson() + "]}").getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
                case "/authorize" -> {
                    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
                    String code = UUID.randomUUID().toString();
                    codes.put(code, nextUser + " " + query.getOrDefault("nonce", ""));
                    exchange.getResponseHeaders().set("Location", query.get("redirect_uri") + "?code=" + code
                            + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/token" -> {
                    Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    String signedIn = codes.remove(body.getOrDefault("code", ""));
                    if (signedIn == null) {
                        exchange.sendResponseHeaders(400, -1);
                        return;
                    }
                    String[] userAndNonce = signedIn.split(" ", -1);
                    json(exchange, Map.of("access_token", UUID.randomUUID().toString(), "token_type", "Bearer",
                            "expires_in", 3600, "id_token", idToken(userAndNonce[0], userAndNonce[1])));
                }
                default -> exchange.sendResponseHeaders(404, -1);
            }
        } catch (JoseException e) {
            throw new IOException(e);
        }
    }

    private String idToken(String email, String nonce) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer());
        claims.setAudience(CLIENT_ID);
        claims.setSubject("sub-" + email);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        claims.setClaim("email", email);
        claims.setClaim("email_verified", true);
        if (!nonce.isEmpty()) {
            claims.setClaim("nonce", nonce);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static void json(HttpExchange exchange, Object value) throws IOException {
        byte[] body = JSON.writeValueAsBytes(value);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
