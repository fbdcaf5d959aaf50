package tickler.identity;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The configured part of identity, normalised to lower case. Built from {@link IdentityConfig} and {@link SourcesConfig}
 * in the service, or directly (or from the defaults file) in tests.
 */
public record IdentityRules(
        Set<String> owners,
        Set<String> internalDomains,
        Set<String> freeMailDomains,
        Set<String> partnerDomains,
        Set<String> partnerLabels,
        Set<String> leadLabels,
        Set<String> automatedLocalParts,
        Set<String> blocklist,
        Set<String> calendarSystemDomains) {

    private static final String PREFIX = "tickler.identity.";
    private static final String SOURCES_PREFIX = "tickler.sources.";

    public IdentityRules {
        owners = normalise(owners);
        internalDomains = normalise(internalDomains);
        freeMailDomains = normalise(freeMailDomains);
        partnerDomains = normalise(partnerDomains);
        partnerLabels = normalise(partnerLabels);
        leadLabels = normalise(leadLabels);
        automatedLocalParts = normalise(automatedLocalParts);
        blocklist = normalise(blocklist);
        calendarSystemDomains = normalise(calendarSystemDomains);
    }

    public static IdentityRules from(IdentityConfig config, SourcesConfig sources) {
        return new IdentityRules(
                set(config.owners()),
                set(config.internalDomains()),
                Set.copyOf(config.freeMailDomains()),
                set(sources.partnerDomains()),
                set(sources.partnerLabels()),
                set(sources.leadLabels()),
                Set.copyOf(config.automatedLocalParts()),
                set(config.blocklist()),
                Set.copyOf(config.calendarSystemDomains()));
    }

    /** The rules of a properties file such as {@code config/vocabulary.properties}, without Quarkus. */
    public static IdentityRules load(Path propertiesFile) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new IdentityRules(
                list(properties, PREFIX + "owners"),
                list(properties, PREFIX + "internal-domains"),
                list(properties, PREFIX + "free-mail-domains"),
                list(properties, SOURCES_PREFIX + "partner-domains"),
                list(properties, SOURCES_PREFIX + "partner-labels"),
                list(properties, SOURCES_PREFIX + "lead-labels"),
                list(properties, PREFIX + "automated-local-parts"),
                list(properties, PREFIX + "blocklist"),
                list(properties, PREFIX + "calendar-system-domains"));
    }

    /** A copy with more owner addresses, internal domains or partner domains (tests, overrides). */
    public IdentityRules with(Set<String> moreOwners, Set<String> moreInternal, Set<String> morePartners) {
        return new IdentityRules(union(owners, moreOwners), union(internalDomains, moreInternal),
                freeMailDomains, union(partnerDomains, morePartners), partnerLabels, leadLabels,
                automatedLocalParts, blocklist, calendarSystemDomains);
    }

    private static Set<String> list(Properties properties, String key) {
        String value = properties.getProperty(key, "");
        return Arrays.stream(value.split(",")).collect(Collectors.toSet());
    }

    private static Set<String> set(Optional<List<String>> values) {
        return values.map(Set::copyOf).orElse(Set.of());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    private static Set<String> normalise(Set<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream()
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
