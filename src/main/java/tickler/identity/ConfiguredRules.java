package tickler.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import tickler.source.google.GoogleStore;
import tickler.store.Settings;

/**
 * The identity rules in force: the configured ones, plus the connected Google accounts and their
 * send-as aliases as owner addresses, plus partner domains that came with the data itself (the
 * bundled demo names its partner agency, so its PARTNER leads show without config).
 */
@ApplicationScoped
public class ConfiguredRules {

    private final IdentityConfig config;
    private final SourcesConfig sources;
    private final Settings settings;
    private final GoogleStore google;

    ConfiguredRules(IdentityConfig config, SourcesConfig sources, Settings settings, GoogleStore google) {
        this.google = google;
        this.config = config;
        this.sources = sources;
        this.settings = settings;
    }

    public IdentityRules rules() {
        Set<String> partners = settings.get(Settings.DATA_PARTNER_DOMAINS)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        return IdentityRules.from(config, sources).with(google.ownerAddresses(), Set.of(), partners);
    }
}
