package tickler.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tickler.testkit.Acts;

/** The Quarkus mapping reads the same defaults file as the tests, and a user's key replaces a default. */
class VocabularyConfigTest {

    /**
     * An alternative is one word: "asks|is looking|is learning" reads "(asks|is) (looking|is)
     * (learning)". A word offered in two neighbouring groups is the sign of alternatives written as
     * several words.
     */
    @Test
    void noAlternativeIsWrittenAsSeveralWords() throws Exception {
        Properties defaults = defaults();
        List<String> suspicious = new ArrayList<>();
        for (String key : defaults.stringPropertyNames()) {
            for (String phrase : defaults.getProperty(key).split(",")) {
                String[] words = phrase.strip().split("\\s+");
                for (int i = 0; i + 1 < words.length; i++) {
                    Set<String> here = new HashSet<>(Arrays.asList(words[i].split("\\|")));
                    if ((words[i].contains("|") || words[i + 1].contains("|"))
                            && Arrays.stream(words[i + 1].split("\\|")).anyMatch(here::contains)) {
                        suspicious.add(key + ": " + phrase.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), suspicious);
    }

    /**
     * The same mistake with a contraction: "we're|we are moving" reads "we're are moving" or "we
     * are moving", never "we're moving". A group offering a contraction beside the first word of
     * its expansion, followed by the expansion's second word, is that mistake.
     */
    @Test
    void noContractionIsOfferedBesideItsExpansionAsOneAlternative() throws Exception {
        List<String> suspicious = new ArrayList<>();
        for (Map.Entry<Object, Object> entry : defaults().entrySet()) {
            for (String phrase : entry.getValue().toString().split(",")) {
                String[] words = phrase.strip().split("\\s+");
                for (int i = 0; i + 1 < words.length; i++) {
                    List<String> group = Arrays.asList(words[i].split("\\|"));
                    List<String> next = Arrays.asList(words[i + 1].split("\\|"));
                    for (String alternative : group) {
                        String[] expansion = expanded(alternative);
                        if (expansion != null && group.contains(expansion[0]) && next.contains(expansion[1])) {
                            suspicious.add(entry.getKey() + ": " + phrase.strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), suspicious);
    }

    private static final Map<String, String> CONTRACTED_ENDINGS = Map.of(
            "n't", "not", "'re", "are", "'s", "is", "'ll", "will", "'ve", "have", "'m", "am", "'d", "would");

    /** "we're" as {"we", "are"}, "can't" as {"can", "not"}; null for a word that is no contraction. */
    private static String[] expanded(String word) {
        String plain = word.replace('’', '\'');
        if (plain.equals("can't") || plain.equals("won't")) {
            return new String[] {plain.equals("can't") ? "can" : "will", "not"};
        }
        for (Map.Entry<String, String> ending : CONTRACTED_ENDINGS.entrySet()) {
            if (plain.endsWith(ending.getKey()) && plain.length() > ending.getKey().length()) {
                return new String[] {plain.substring(0, plain.length() - ending.getKey().length()), ending.getValue()};
            }
        }
        return null;
    }

    private static Properties defaults() throws Exception {
        Properties defaults = new Properties();
        try (Reader reader = Files.newBufferedReader(Acts.DEFAULTS)) {
            defaults.load(reader);
        }
        return defaults;
    }

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
