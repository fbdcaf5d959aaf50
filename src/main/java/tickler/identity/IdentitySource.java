package tickler.identity;

import java.util.Set;

/**
 * What identity needs to know beyond configuration, declared here and provided by the parts that
 * know it: the connected Google accounts and their aliases are owner addresses; the demo names
 * its partner agency. Every implementation is asked each time the rules are built.
 */
public interface IdentitySource {

    /** Addresses of the owner's own (accounts, send-as aliases). */
    default Set<String> ownerAddresses() {
        return Set.of();
    }

    /** Domains of partner agencies whose introductions are PARTNER leads. */
    default Set<String> partnerDomains() {
        return Set.of();
    }
}
