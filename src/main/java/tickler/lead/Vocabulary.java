package tickler.lead;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/** The word lists of the inference, compiled (defaults in {@code config/vocabulary.properties}). */
public record Vocabulary(
        Phrases referral,
        Phrases referrers,
        Phrases toldOf,
        Phrases proposal,
        Phrases price,
        Phrases theirBudget,
        Phrases notYet,
        Phrases won,
        Phrases ownerWon,
        Phrases lost,
        Phrases wonTags,
        Phrases lostTags,
        Phrases screeningTemplate,
        Phrases floor,
        Phrases call,
        Phrases teamSizeBefore,
        Phrases teamSizeAfter,
        Phrases teamRoles,
        Phrases teamStacks,
        Phrases teamElsewhere,
        Phrases hedges,
        NumberWords numberWords,
        Phrases request,
        Phrases offering,
        Phrases introduction,
        Phrases offer,
        Phrases notSales,
        Phrases theirOffer,
        Phrases passesOn,
        Phrases otherBusiness,
        Phrases ownerBuying,
        Phrases leadTags,
        Phrases notLeadTags,
        Phrases postpone,
        Phrases reopen,
        Phrases priceQuestion,
        Phrases negation,
        Phrases preliminary,
        Phrases stillToCome,
        Phrases notOtherBusiness,
        Phrases agreementAlone,
        String unwrittenCurrency) {

    private static final String PREFIX = "tickler.vocabulary.";

    public static Vocabulary from(VocabularyConfig config) {
        return of(key -> switch (key) {
            case "referral" -> config.referral();
            case "referrers" -> config.referrers();
            case "told-of" -> config.toldOf();
            case "proposal" -> config.proposal();
            case "price" -> config.price();
            case "their-budget" -> config.theirBudget();
            case "not-yet" -> config.notYet();
            case "won" -> config.won();
            case "owner-won" -> config.ownerWon();
            case "lost" -> config.lost();
            case "won-tags" -> config.wonTags();
            case "lost-tags" -> config.lostTags();
            case "screening-template" -> config.screeningTemplate();
            case "floor" -> config.floor();
            case "call" -> config.call();
            case "team-size-before" -> config.teamSizeBefore();
            case "team-size-after" -> config.teamSizeAfter();
            case "team-roles" -> config.teamRoles();
            case "team-stacks" -> config.teamStacks();
            case "team-elsewhere" -> config.teamElsewhere();
            case "hedges" -> config.hedges();
            case "number-words" -> config.numberWords();
            case "request" -> config.request();
            case "offering" -> config.offering();
            case "introduction" -> config.introduction();
            case "offer" -> config.offer();
            case "not-sales" -> config.notSales();
            case "their-offer" -> config.theirOffer();
            case "passes-on" -> config.passesOn();
            case "other-business" -> config.otherBusiness();
            case "owner-buying" -> config.ownerBuying();
            case "lead-tags" -> config.leadTags();
            case "not-lead-tags" -> config.notLeadTags();
            case "postpone" -> config.postpone();
            case "reopen" -> config.reopen();
            case "price-question" -> config.priceQuestion();
            case "negation" -> config.negation();
            case "preliminary" -> config.preliminary();
            case "still-to-come" -> config.stillToCome();
            case "not-other-business" -> config.notOtherBusiness();
            case "agreement-alone" -> config.agreementAlone();
            case "unwritten-currency" -> config.unwrittenCurrency();
            default -> throw new IllegalArgumentException(key);
        });
    }

    /** The vocabulary of a properties file such as {@code config/vocabulary.properties}, without Quarkus. */
    public static Vocabulary load(Path propertiesFile) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return of(key -> Arrays.asList(properties.getProperty(PREFIX + key, "").split(",")));
    }

    private static Vocabulary of(Function<String, List<String>> lists) {
        Function<String, Phrases> phrases = key -> Phrases.of(lists.apply(key));
        return new Vocabulary(
                phrases.apply("referral"),
                phrases.apply("referrers"),
                phrases.apply("told-of"),
                phrases.apply("proposal"),
                phrases.apply("price"),
                phrases.apply("their-budget"),
                phrases.apply("not-yet"),
                phrases.apply("won"),
                phrases.apply("owner-won"),
                phrases.apply("lost"),
                phrases.apply("won-tags"),
                phrases.apply("lost-tags"),
                phrases.apply("screening-template"),
                phrases.apply("floor"),
                phrases.apply("call"),
                phrases.apply("team-size-before"),
                phrases.apply("team-size-after"),
                phrases.apply("team-roles"),
                phrases.apply("team-stacks"),
                phrases.apply("team-elsewhere"),
                phrases.apply("hedges"),
                NumberWords.of(lists.apply("number-words")),
                phrases.apply("request"),
                phrases.apply("offering"),
                phrases.apply("introduction"),
                phrases.apply("offer"),
                phrases.apply("not-sales"),
                phrases.apply("their-offer"),
                phrases.apply("passes-on"),
                phrases.apply("other-business"),
                phrases.apply("owner-buying"),
                phrases.apply("lead-tags"),
                phrases.apply("not-lead-tags"),
                phrases.apply("postpone"),
                phrases.apply("reopen"),
                phrases.apply("price-question"),
                phrases.apply("negation"),
                phrases.apply("preliminary"),
                phrases.apply("still-to-come"),
                phrases.apply("not-other-business"),
                phrases.apply("agreement-alone"),
                currencyCode(lists.apply("unwritten-currency")));
    }

    private static String currencyCode(List<String> values) {
        List<String> codes = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (codes.size() != 1 || Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(codes.get(0)))) {
            throw new IllegalArgumentException(PREFIX + "unwritten-currency must be one ISO 4217 code such as USD, not " + values);
        }
        return codes.get(0);
    }
}
