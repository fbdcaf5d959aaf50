package tickler.access;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The anti-forgery token (double-submit cookie): a random value in a SameSite=Lax, HttpOnly cookie
 * that Tickler's own pages copy into their forms (field {@value #FIELD}) and a meta tag for
 * fetch() (header {@value #HEADER}). A page on another site can make the browser send the cookie
 * only on top-level navigations (Lax), and can never read it to put it in the form or header.
 */
final class CrossSiteTokens {

    static final String COOKIE = "tickler-csrf";
    static final String FIELD = "csrf-token";
    static final String HEADER = "X-CSRF-Token";
    /** Where this request's token is kept for the page being rendered. */
    static final String CONTEXT_KEY = "tickler.csrf-token";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CrossSiteTokens() {
    }

    /** This browser's token, from its cookie, or a new one set on the response. */
    static String ensure(RoutingContext context, boolean secure) {
        String token = fromCookie(context);
        if (token == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            context.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX).setSecure(secure));
        }
        context.put(CONTEXT_KEY, token);
        return token;
    }

    static String fromCookie(RoutingContext context) {
        Cookie cookie = context.request().getCookie(COOKIE);
        return cookie != null && WELL_FORMED.matcher(cookie.getValue()).matches() ? cookie.getValue() : null;
    }

    static boolean matches(String cookieToken, String supplied) {
        return cookieToken != null && supplied != null
                && MessageDigest.isEqual(cookieToken.getBytes(StandardCharsets.US_ASCII), supplied.getBytes(StandardCharsets.US_ASCII));
    }
}
