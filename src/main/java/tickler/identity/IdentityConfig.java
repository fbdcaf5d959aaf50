package tickler.identity;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * {@code tickler.identity.*}: what the mailbox cannot tell by itself. The word lists have their
 * defaults in {@code config/vocabulary.properties}; the rest is empty unless configured. Partners
 * are {@link SourcesConfig}.
 */
@ConfigMapping(prefix = "tickler.identity")
public interface IdentityConfig {

    /** Owner addresses beyond the senders of mail labelled Sent. */
    Optional<List<String>> owners();

    /** The owner's company domains beyond the domains of owner addresses. */
    Optional<List<String>> internalDomains();

    List<String> freeMailDomains();

    List<String> automatedLocalParts();

    /** Addresses (with {@code @}) or domains that are never leads. */
    Optional<List<String>> blocklist();

    /** Domains (and their subdomains) of calendar system addresses: group and resource calendars. */
    List<String> calendarSystemDomains();
}
