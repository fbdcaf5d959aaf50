package tickler.access;

import java.util.regex.Pattern;

/**
 * The paths anyone may open without signing in; everything else needs a signed-in, allowed user
 * in OIDC mode. A report's share link carries its own capability; health answers anonymous
 * callers UP or DOWN only ({@link HealthGate}); static assets hold no data.
 */
final class PublicPaths {

    private static final Pattern PUBLIC = Pattern.compile(
            "/r/[^/]+(/.*)?"
                    + "|/q/health(/.*)?"
                    + "|/(images/)?[A-Za-z0-9_.-]+\\.(css|js|png|svg|ico|jpg|jpeg|gif|webp|woff2?)");

    private PublicPaths() {
    }

    static boolean isPublic(String path) {
        return path != null && !path.contains("..") && PUBLIC.matcher(path).matches();
    }

    static boolean isHealth(String path) {
        return path != null && (path.equals("/q/health") || path.startsWith("/q/health/"));
    }
}
