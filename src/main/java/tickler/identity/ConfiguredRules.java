package tickler.identity;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The identity rules in force: the configured ones plus what the {@link IdentitySource}s know. */
@ApplicationScoped
public class ConfiguredRules {

    private final IdentityConfig config;
    private final SourcesConfig sources;
    private final List<IdentitySource> known;

    ConfiguredRules(IdentityConfig config, SourcesConfig sources, @All List<IdentitySource> known) {
        this.config = config;
        this.sources = sources;
        this.known = known;
    }

    public IdentityRules rules() {
        Set<String> owners = new HashSet<>();
        Set<String> partners = new HashSet<>();
        for (IdentitySource source : known) {
            owners.addAll(source.ownerAddresses());
            partners.addAll(source.partnerDomains());
        }
        return IdentityRules.from(config, sources).with(owners, Set.of(), partners);
    }
}
