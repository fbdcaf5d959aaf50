package tickler.identity;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * {@code tickler.sources.*}: who brings leads. A lead whose first message comes from or copies a
 * partner domain, or carries a partner label, is {@code PARTNER}; the partner's own people are
 * not leads.
 */
@ConfigMapping(prefix = "tickler.sources")
public interface SourcesConfig {

    Optional<List<String>> partnerDomains();

    /** Gmail labels the owner puts on mail that partners bring. */
    Optional<List<String>> partnerLabels();

    /** Gmail labels the owner puts on mail of leads: whoever carries one is a lead. */
    Optional<List<String>> leadLabels();
}
