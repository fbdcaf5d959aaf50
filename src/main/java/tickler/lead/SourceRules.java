package tickler.lead;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tickler.activity.Activity;
import tickler.activity.Participant;

/** The source of a lead from its first touch, with the precedence of docs/definitions.md. */
final class SourceRules {

    /**
     * Someone saying only what the owner does, the trade in one word and nothing of their work: "Внучка сказала,
     * что вы делаете приложения." tells how the writer heard of the owner, it recommends nothing ("сказал, что вы
     * делали им CRM", "says you make great apps" do).
     */
    private static final Pattern TRADE_ONLY = Pattern.compile("(?<![\\p{L}])(?:сказал\\p{L}*|говорит|говорят|says|said|told me)\\s*,?\\s*"
            + "(?:что\\s+|that\\s+)?(?:вы|you)\\s+(?:делаете|занимаетесь|разрабатываете|пишете|make|build|do|develop)\\s+[\\p{L}-]+\\s*[.!]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Where the writer found the owner by themselves, a search, an ad or a network: "Узнали о вас из поиска в Яндексе", "We found
     * you on Google", "got your contact from linkedin" recommend nothing ("Нашли вас через отзыв Олега" does).
     */
    private static final Pattern FOUND_BY_SEARCH = Pattern.compile("(?<![\\p{L}])(?:(?:узнал\\p{L}*|нашл\\p{L}*|нашёл|нашел|found|heard)\\s+"
            + "(?:(?:о|про|about|of)\\s+)?(?:вас|you|your\\s+(?:studio|company|agency))\\s+(?:из|в|во|через|по|on|in|via|through|from)"
            + "|(?:got|took|found)\\s+your\\s+(?:contacts?|e-?mail|number|address|details)\\s+(?:from|on|in|via|through))\\s+(?:an?\\s+|the\\s+)?"
            + "(?:поиск\\p{L}*|гугл\\p{L}*|google|яндекс\\p{L}*|yandex|интернет\\p{L}*|реклам\\p{L}*|ad|ads|search\\p{L}*|internet|"
            + "instagram|инстаграм\\p{L}*|2гис|картах|maps|linkedin|clutch|upwork|directory|your\\s+website)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A message opening with whom the writer comes from, as a sentence of its own: "Добрый день, От Алексея Зайцева. Нужен бот…". */
    private static final Pattern SENT_BY = Pattern.compile("(?:^|[.!?,]\\s+|\\n)(?-i:От)\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s*[.!](?=\\s|$)",
            Pattern.UNICODE_CASE);

    private SourceRules() {
    }

    record Decision(LeadSource source, Evidence evidence) {
    }

    /**
     * @param introduced whether the first activity's author appeared in an earlier activity, a known
     *                   introducer; one not known yet introduces in the vocabulary's words
     */
    static Decision decide(LeadContext lead, Activity first, boolean introduced) {
        Optional<Participant> partner = first.participants().stream()
                .filter(p -> lead.identity.isPartner(p.address())).findFirst();
        if (partner.isPresent()) {
            return decision(lead, first, LeadSource.PARTNER, "partner " + partner.get().address());
        }
        if (first.isMessage() && lead.identity.hasPartnerLabel(first)) {
            return decision(lead, first, LeadSource.PARTNER, "partner label");
        }
        if (first.isEvent()) {
            return decision(lead, first, LeadSource.OUTBOUND, "the owner's calendar came first");
        }
        Participant author = first.author();
        if (author == null) {
            return decision(lead, first, LeadSource.INBOUND, "first message, sender unknown");
        }
        if (lead.isLead(author)) {
            // Read once per version of the message: every report's month end asks again.
            return lead.read(first, "referral", () -> recommendation(lead.vocabulary, Words.own(first)))
                    .map(words -> decision(lead, first, LeadSource.REFERRAL, words))
                    .orElseGet(() -> decision(lead, first, LeadSource.INBOUND, "the lead wrote first"));
        }
        if (lead.identity.isOwner(author.address())) {
            return decision(lead, first, LeadSource.OUTBOUND, "the owner wrote first");
        }
        if (lead.identity.isInternal(author.address())) {
            return decision(lead, first, LeadSource.REFERRAL, "introduced by colleague " + author.address());
        }
        if (introduced) {
            return decision(lead, first, LeadSource.REFERRAL, "introduced by " + author.address());
        }
        // A third party the owner has not met yet, in words of an introduction: "Знакомьтесь: Мария из Фарватера".
        Optional<String> introduction = lead.read(first, "introduction", () -> lead.vocabulary.introduction().find(Words.own(first)));
        if (introduction.isPresent()) {
            return decision(lead, first, LeadSource.REFERRAL, "introduced by " + author.address() + ": " + introduction.get());
        }
        return decision(lead, first, LeadSource.INBOUND, "first written by " + author.address());
    }

    /**
     * A recommendation in the vocabulary's words within one sentence ("говорят, сложности. Вы такое делаете?"
     * recommends nothing), or told in others: someone from outside the
     * writer's company and a word telling of the owner in one sentence ("my old boss said if I
     * ever needed developers I should ring you", "мама сказала, что ваша студия делала ей сайт"),
     * or a sentence of whom the writer comes from ("От Алексея Зайцева."),
     * or a sentence naming someone from outside whose words, all together, are those of
     * recommendations ({@link WordOdds#RECOMMENDATIONS}).
     */
    private static Optional<String> recommendation(Vocabulary vocabulary, String written) {
        Matcher sentBy = SENT_BY.matcher(written);
        if (sentBy.find()) {
            return Optional.of(sentBy.group().replaceFirst("^[.!?,\\s]+", "").strip());
        }
        String words = FOUND_BY_SEARCH.matcher(TRADE_ONLY.matcher(written).replaceAll(".")).replaceAll(".");
        for (String sentence : Words.sentences(words)) {
            Optional<String> phrase = vocabulary.referral().find(sentence);
            if (phrase.isPresent()) {
                return phrase;
            }
        }
        for (String sentence : Words.sentences(words)) {
            Optional<String> who = vocabulary.referrers().find(sentence);
            Optional<String> told = who.isEmpty() ? Optional.empty() : vocabulary.toldOf().find(sentence);
            if (told.isPresent()) {
                return Optional.of(who.get() + " … " + told.get());
            }
        }
        // The words of a request stand in many recommendations too ("… recommended you; could we set up a
        // call?"): a sentence read by its words tells of someone else as well.
        return Arrays.stream(Words.sentences(words))
                .filter(sentence -> vocabulary.referrers().find(sentence).isPresent())
                .map(sentence -> Map.entry(sentence, WordOdds.RECOMMENDATIONS.logOdds(sentence)))
                .filter(scored -> scored.getValue() > WordOdds.RECOMMENDATION_THRESHOLD)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static Decision decision(LeadContext lead, Activity first, LeadSource source, String quote) {
        return new Decision(source, lead.evidence(first, quote));
    }
}
