package tickler.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tickler.testkit.Acts;

/** The Quarkus mapping reads the same defaults file as the tests do. */
class IdentityConfigTest {

    @Test
    void mappingOfTheDefaultsFileGivesTheSameRules() throws Exception {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Acts.DEFAULTS.toUri().toURL(), 100))
                .withMapping(IdentityConfig.class)
                .withMapping(SourcesConfig.class)
                .build();
        IdentityRules mapped = IdentityRules.from(config.getConfigMapping(IdentityConfig.class),
                config.getConfigMapping(SourcesConfig.class));
        assertEquals(IdentityRules.load(Acts.DEFAULTS), mapped);
        assertEquals(Set.of(), mapped.owners());
    }
}
