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

    List<String> price();

    List<String> theirBudget();

    List<String> notYet();

    List<String> won();

    List<String> lost();

    List<String> wonTags();

    List<String> lostTags();

    List<String> screeningTemplate();

    List<String> floor();

    List<String> call();

    List<String> teamSizeBefore();

    List<String> teamSizeAfter();

    List<String> teamRoles();

    List<String> teamElsewhere();

    List<String> hedges();

    List<String> numberWords();

    List<String> request();

    List<String> offering();

    List<String> introduction();

    List<String> offer();

    List<String> notSales();

    List<String> theirOffer();

    List<String> otherBusiness();

    List<String> ownerBuying();

    List<String> leadTags();

    List<String> notLeadTags();

    List<String> postpone();

    List<String> reopen();

    List<String> priceQuestion();

    List<String> negation();
}
