package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tickler.testkit.Acts;

/** The Quarkus mapping reads the same defaults file as the tests, and a user's key replaces a default. */
class VocabularyConfigTest {

    @Test
    void mappingOfTheDefaultsFileGivesTheSameVocabulary() throws Exception {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Acts.DEFAULTS.toUri().toURL(), 100))
                .withSources(new PropertiesConfigSource(Map.of("tickler.vocabulary.won-tags", "#won,#продано"), "user", 200))
                .withMapping(VocabularyConfig.class)
                .build();
        Vocabulary mapped = Vocabulary.from(config.getConfigMapping(VocabularyConfig.class));
        Vocabulary loaded = Vocabulary.load(Acts.DEFAULTS);
        assertEquals(loaded.proposal().phrases(), mapped.proposal().phrases());
        assertEquals(loaded.referral().phrases(), mapped.referral().phrases());
        assertTrue(mapped.wonTags().matches("Итог: #продано"));
    }
}
