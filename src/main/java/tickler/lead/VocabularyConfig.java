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

    /** Who may recommend the owner from outside the writer's company: "my ex-boss", "мама", "a friend". */
    List<String> referrers();

    /** Telling of the owner: "said ... you", "вас ... хвалил*"; with a referrer in its sentence, a recommendation. */
    List<String> toldOf();

    List<String> proposal();

    List<String> price();

    List<String> theirBudget();

    List<String> notYet();

    List<String> won();

    /** The only acceptances in the owner's own words: a deal told as closed ("contract signed", "оплату получили"). */
    List<String> ownerWon();

    List<String> lost();

    List<String> wonTags();

    List<String> lostTags();

    List<String> screeningTemplate();

    List<String> floor();

    List<String> call();

    List<String> teamSizeBefore();

    List<String> teamSizeAfter();

    List<String> teamRoles();

    List<String> teamStacks();

    List<String> teamElsewhere();

    List<String> hedges();

    List<String> numberWords();

    List<String> request();

    List<String> offering();

    List<String> introduction();

    List<String> offer();

    List<String> notSales();

    List<String> theirOffer();

    List<String> passesOn();

    List<String> otherBusiness();

    List<String> ownerBuying();

    List<String> leadTags();

    List<String> notLeadTags();

    List<String> postpone();

    List<String> reopen();

    List<String> priceQuestion();

    List<String> negation();

    List<String> preliminary();

    /** Words after a proposal's name that say it is still to come: "is in the works", "КП в работе". */
    List<String> stillToCome();

    /**
     * Words around a mark of other business that make it the lead's own project, not business with the
     * owner: "сервис аренды самокатов", "before hiring anyone in-house".
     */
    List<String> notOtherBusiness();

    /**
     * Words that accept when they are the whole sentence of the lead's reply to a proposal ("Agreed.",
     * "Ок, договорились."), and only then: "как договорились" in a recap accepts nothing.
     */
    List<String> agreementAlone();

    /** The currency of a budget written with none in Latin-script text ("budget 150k"): one ISO 4217 code. */
    List<String> unwrittenCurrency();
}
