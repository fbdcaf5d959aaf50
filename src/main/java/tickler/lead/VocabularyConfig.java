package tickler.lead;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/**
 * {@code tickler.vocabulary.*}: the word lists of the inference. Defaults, in English and Russian,
 * are in {@code config/vocabulary.properties}; users extend them in {@code config/application.properties}.
 */
@ConfigMapping(prefix = "tickler.vocabulary")
public interface VocabularyConfig {

    List<String> referral();

    List<String> proposal();

    List<String> won();

    List<String> lost();

    List<String> wonTags();

    List<String> lostTags();

    List<String> screeningTemplate();

    List<String> call();

    List<String> teamSizeBefore();

    List<String> teamSizeAfter();
}
