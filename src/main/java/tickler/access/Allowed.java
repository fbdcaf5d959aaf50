package tickler.access;

import java.util.List;
import java.util.Locale;

/**
 * tickler.auth.allowed: whole addresses ("anna@example.com") and domains ("example.com" or
 * "@example.com", the domain itself only, not its subdomains). Compared without case.
 */
record Allowed(List<String> entries) {

    static Allowed of(List<String> configured) {
        return new Allowed(configured.stream().map(String::strip).filter(e -> !e.isEmpty())
                .map(e -> e.toLowerCase(Locale.ROOT)).map(e -> e.startsWith("@") ? e.substring(1) : e).toList());
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    boolean permits(String email) {
        if (email == null) {
            return false;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return false;
        }
        String domain = address.substring(at + 1);
        return entries.stream().anyMatch(e -> e.contains("@") ? e.equals(address) : e.equals(domain));
    }
}
