package tickler.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pure rules of access: the mode, who is allowed, which hosts and paths are ours or public. */
class AccessRulesTest {

    @Test
    void theModeIsLaptopUnlessOidcIsConfiguredOrAProxyNamed() {
        assertEquals(AccessMode.LAPTOP, AccessMode.resolve(Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals(AccessMode.OIDC, AccessMode.resolve(Optional.empty(), Optional.of("https://accounts.google.com"), Optional.empty()));
        assertEquals(AccessMode.LAPTOP, AccessMode.resolve(Optional.empty(), Optional.of("https://accounts.google.com"), Optional.of("false")));
        assertEquals(AccessMode.PROXY, AccessMode.resolve(Optional.of("proxy"), Optional.empty(), Optional.empty()));
        assertEquals(AccessMode.PROXY, AccessMode.resolve(Optional.of(" Proxy "), Optional.of("https://accounts.google.com"), Optional.empty()));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> AccessMode.resolve(Optional.of("open"), Optional.empty(), Optional.empty()));
        assertTrue(wrong.getMessage().contains("laptop, oidc or proxy"), wrong.getMessage());
    }

    @Test
    void addressesAndDomainsAreAllowedExactlyWithoutCase() {
        Allowed allowed = Allowed.of(List.of("Anna@Studio.example", " partner.example ", "@agency.example"));
        assertTrue(allowed.permits("anna@studio.example"));
        assertTrue(allowed.permits("ANNA@studio.example"));
        assertFalse(allowed.permits("boris@studio.example"), "an address, not its domain");
        assertTrue(allowed.permits("ivan@partner.example"));
        assertTrue(allowed.permits("olga@agency.example"));
        assertFalse(allowed.permits("ivan@evil-partner.example"));
        assertFalse(allowed.permits("ivan@mail.partner.example"), "a domain, not its subdomains");
        assertFalse(allowed.permits("partner.example"), "not an address");
        assertFalse(allowed.permits(null));
        assertTrue(Allowed.of(List.of(" ", "")).isEmpty());
    }

    @Test
    void laptopModeAnswersLoopbackNamesAndThePublicHostOnly() {
        Hosts laptop = Hosts.of(AccessMode.LAPTOP, Optional.empty());
        assertTrue(laptop.accepts("localhost:8080"));
        assertTrue(laptop.accepts("127.0.0.1:8080"));
        assertTrue(laptop.accepts("[::1]:8080"));
        assertTrue(laptop.accepts("LOCALHOST"));
        assertFalse(laptop.accepts("rebind.attacker.example:8080"));
        assertFalse(laptop.accepts("192.168.1.5:8080"));
        assertFalse(laptop.accepts(null));

        Hosts team = Hosts.of(AccessMode.OIDC, Optional.of(URI.create("https://tickler.example.com/")));
        assertTrue(team.accepts("tickler.example.com"));
        assertFalse(team.accepts("localhost:8080"));
        assertFalse(team.accepts("other.example.com"));
        assertTrue(Hosts.of(AccessMode.PROXY, Optional.empty()).accepts("anything.example"));
    }

    @Test
    void aPublicUrlIsTheUsersOnlyWhenSomeoneSetIt() {
        assertEquals(Optional.of("https://tickler.example.com"), Access.configured(value("https://tickler.example.com ", 260)));
        assertEquals(Optional.empty(), Access.configured(value("http://localhost:8080", Integer.MIN_VALUE)), "a built-in default");
        assertEquals(Optional.empty(), Access.configured(value(null, 400)));
    }

    private static io.smallrye.config.ConfigValue value(String value, int ordinal) {
        return io.smallrye.config.ConfigValue.builder().withName(Access.PUBLIC_URL_KEY).withValue(value)
                .withConfigSourceOrdinal(ordinal).build();
    }

    @Test
    void shareLinksHealthAndAssetsArePublicAndNothingElse() {
        for (String path : List.of("/r/abc123", "/q/health", "/q/health/ready", "/style.css", "/tickler.js", "/images/logo.png")) {
            assertTrue(PublicPaths.isPublic(path), path);
        }
        for (String path : List.of("/", "/leads/x", "/api/leads", "/api/import", "/reports", "/sync", "/settings",
                "/connect/google", "/connect/google/callback", "/digests", "/r", "/api/x.js", "/reports/monthly/2026-10.csv",
                "/q/healthy", "/r/../api/leads")) {
            assertFalse(PublicPaths.isPublic(path), path);
        }
    }
}
