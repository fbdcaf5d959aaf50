package tickler.access;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which Host headers are ours: the host of tickler.public-url, and loopback names in laptop mode.
 * A browser tricked by DNS rebinding sends the attacker's name as Host, so a loopback-only service
 * that answers every Host is reachable from any web page. In OIDC and proxy modes without a public
 * URL every Host is accepted (AccessStart warns): sessions are bound to the name the user signed
 * in at, and the proxy decides in proxy mode.
 */
record Hosts(Optional<String> publicHost, boolean loopbackNames) {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    static Hosts of(AccessMode mode, Optional<URI> publicUrl) {
        Optional<String> host = publicUrl.map(URI::getHost)
                .map(h -> h.toLowerCase(Locale.ROOT))
                .map(Hosts::unbracketed);
        return new Hosts(host, mode == AccessMode.LAPTOP);
    }

    boolean acceptsAny() {
        return publicHost.isEmpty() && !loopbackNames;
    }

    /** @param header the Host header as sent ("localhost:8080", "[::1]:8080"), or null */
    boolean accepts(String header) {
        if (acceptsAny()) {
            return true;
        }
        String name = name(header);
        if (name == null) {
            return false;
        }
        return (loopbackNames && LOOPBACK.contains(name)) || publicHost.map(name::equals).orElse(false);
    }

    /** The host name of a Host header, without port or IPv6 brackets, lower case; null when unreadable. */
    static String name(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? null : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
