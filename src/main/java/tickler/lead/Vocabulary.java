package tickler.lead;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The word lists of the inference, compiled (DESIGN §2; defaults in {@code config/vocabulary.properties}). */
public record Vocabulary(
        Phrases referral,
        Phrases proposal,
        Phrases won,
        Phrases lost,
        Phrases wonTags,
        Phrases lostTags,
        Phrases screeningTemplate,
        Phrases call,
        Phrases teamSizeBefore,
        Phrases teamSizeAfter) {

    private static final String PREFIX = "tickler.vocabulary.";

    public static Vocabulary from(VocabularyConfig config) {
        return new Vocabulary(
                Phrases.of(config.referral()),
                Phrases.of(config.proposal()),
                Phrases.of(config.won()),
                Phrases.of(config.lost()),
                Phrases.of(config.wonTags()),
                Phrases.of(config.lostTags()),
                Phrases.of(config.screeningTemplate()),
                Phrases.of(config.call()),
                Phrases.of(config.teamSizeBefore()),
                Phrases.of(config.teamSizeAfter()));
    }

    /** The vocabulary of a properties file such as {@code config/vocabulary.properties}, without Quarkus. */
    public static Vocabulary load(Path propertiesFile) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new Vocabulary(
                list(properties, "referral"),
                list(properties, "proposal"),
                list(properties, "won"),
                list(properties, "lost"),
                list(properties, "won-tags"),
                list(properties, "lost-tags"),
                list(properties, "screening-template"),
                list(properties, "call"),
                list(properties, "team-size-before"),
                list(properties, "team-size-after"));
    }

    private static Phrases list(Properties properties, String key) {
        List<String> values = Arrays.asList(properties.getProperty(PREFIX + key, "").split(","));
        return Phrases.of(values);
    }
}
