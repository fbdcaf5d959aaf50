package tickler.lead;

import java.time.Instant;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tickler.activity.Activity;
import tickler.activity.Participant;
import tickler.activity.Role;
import tickler.identity.Identity;

/** One lead's activities as of now, and the questions every rule asks about them. */
final class LeadContext {

    /** Signature logos and calendar invitations ride along with any mail; they are not proposals. */
    private static final Pattern INCIDENTAL_ATTACHMENT = Pattern.compile(
            "(?i)(image\\d*\\.(png|jpe?g|gif)|.*\\.(ics|vcf|p7s|asc))");
    /** How far before a sum the words that name it the lead's own figure are read ({@link #givenBack}). */
    private static final int NAMED_WITHIN = 40;
    private static final Pattern A_BUDGET = Pattern.compile("\\s*(?:budget|бюджет)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADING_MARK = Pattern.compile("\\s*[:—–-]");

    final String key;
    final Identity identity;
    final Vocabulary vocabulary;
    private final Readings readings;
    final Instant now;
    /** Every existing activity of the lead, oldest first, future next steps included. */
    final List<Activity> activities;
    /** The activities that have happened by now, oldest first. */
    final List<Activity> happened;
    private final Map<String, Evidence.Confidence> confidence;
    /** Per activity, cut once in this inference: the readings that missed all start from it. */
    private final Map<Activity, String> screened = new IdentityHashMap<>();
    /** When the owner wrote to the lead, in order; built on first use so each rule's cost stays linear. */
    private Instant[] ownerToLeadTimes;

    LeadContext(String key, Identity identity, Vocabulary vocabulary, Readings readings, Instant now,
                List<Activity> activities, Map<String, Evidence.Confidence> confidence) {
        this.key = key;
        this.identity = identity;
        this.vocabulary = vocabulary;
        this.readings = readings;
        this.now = now;
        this.activities = activities;
        this.happened = activities.stream().filter(a -> !a.at().isAfter(now)).toList();
        this.confidence = confidence;
    }

    boolean isLead(Participant participant) {
        return participant != null && identity.leadKey(participant.address()).filter(key::equals).isPresent();
    }

    boolean fromLead(Activity activity) {
        return activity.isMessage() && isLead(activity.author());
    }

    boolean fromOwner(Activity activity) {
        if (!activity.isMessage()) {
            return false;
        }
        Participant author = activity.author();
        return author != null && identity.isOwner(author.address());
    }

    boolean toLead(Activity activity) {
        for (Participant p : activity.participants()) {
            if ((p.role() == Role.TO || p.role() == Role.CC || p.role() == Role.BCC) && isLead(p)) {
                return true;
            }
        }
        return false;
    }

    boolean ownerToLead(Activity activity) {
        return fromOwner(activity) && toLead(activity);
    }

    /** Whether the owner wrote to the lead at or after {@code from} and before {@code until}: a binary search. */
    boolean ownerWroteToLeadBetween(Instant from, Instant until) {
        if (ownerToLeadTimes == null) {
            ownerToLeadTimes = happened.stream().filter(this::ownerToLead).map(Activity::at).toArray(Instant[]::new);
        }
        int found = Arrays.binarySearch(ownerToLeadTimes, from);
        int first = found >= 0 ? found : -found - 1;
        return first < ownerToLeadTimes.length && ownerToLeadTimes[first].isBefore(until);
    }

    /** An event with the lead's contact invited (or inviting); otherwise an event of the lead is a reminder. */
    boolean meetingWith(Activity activity) {
        return activity.isEvent() && activity.participants().stream()
                .anyMatch(p -> (p.role() == Role.ATTENDEE || p.role() == Role.ORGANIZER) && isLead(p));
    }

    /**
     * The owner's message to the lead with an attachment, proposal words, or a sum beside words of a
     * price (the screening template's minimum is none), and what decided it.
     */
    Optional<String> proposalWords(Activity activity) {
        // Asked of every activity at every month end: most are not the owner's to the lead, and need no lookup of what was read.
        return ownerToLead(activity) ? read(activity, "proposal", () -> readProposal(activity)) : Optional.empty();
    }

    /**
     * What the activity's words say to a rule about this lead ({@code what} names the question and
     * everything else it depends on), read once per version of the activity and kept across inferences.
     */
    <T> T read(Activity activity, String what, Supplier<T> reader) {
        return readings.read(activity, key, what, reader);
    }

    private Optional<String> readProposal(Activity activity) {
        Optional<String> attachment = activity.attachments().stream()
                .filter(name -> !INCIDENTAL_ATTACHMENT.matcher(name.strip()).matches())
                .findFirst();
        if (attachment.isPresent()) {
            return Optional.of("attachment " + attachment.get());
        }
        String own = Amounts.withoutFloors(vocabulary.numberWords().digits(withoutScreening(activity)), vocabulary.floor());
        return namedProposal(own).or(() -> pricedSentence(own));
    }

    /**
     * A proposal named in a sentence that neither promises it before ("I'll send the estimate", "для
     * оценки проекта просим сообщить бюджет", where the promise takes the phrase's first word) nor
     * says after it that it is still to come ("the proposal is in the works", "КП в работе"); after a
     * question, the answer in the next sentence says it too ("who should see the proposal? I'll send
     * it on Friday"). A budget right after the word is the lead's, asked for ("please tell us your estimated budget").
     */
    private Optional<String> namedProposal(String own) {
        String[] sentences = Words.sentences(own);
        for (int i = 0; i < sentences.length; i++) {
            String sentence = sentences[i];
            Optional<String> named = StageRules.affirmedInSentence(vocabulary.proposal(), sentence, vocabulary.notYet());
            if (named.isPresent()) {
                int at = Words.indexOf(sentence, named.get());
                String answer = sentence.strip().endsWith("?") && i + 1 < sentences.length ? " " + sentences[i + 1] : "";
                String after = (at < 0 ? "" : sentence.substring(at + named.get().length())) + answer;
                // a purpose sharing the phrase's first word: "для оценки проекта просим сообщить бюджет"
                String toItsFirstWord = at < 0 ? "" : sentence.substring(0, at) + named.get().strip().split("\\s+")[0];
                if (!vocabulary.stillToCome().matches(after) && !vocabulary.notYet().matches(toItsFirstWord) && !A_BUDGET.matcher(after).lookingAt()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The activity's own words, less the owner's screening template: a sentence of the owner's that
     * names a sum beside the studio's usual terms ("our projects typically start at $30k") tells
     * nobody's budget and is no price. The owner's other sentences, and everyone else's, stay.
     */
    String withoutScreening(Activity activity) {
        return screened.computeIfAbsent(activity, this::cutScreening);
    }

    private String cutScreening(Activity activity) {
        String own = Words.own(activity);
        if (!ownerToLead(activity)) {
            return own;
        }
        StringBuilder kept = new StringBuilder();
        String before = "";
        for (String sentence : Words.sentences(own)) {
            boolean choices = choicesOfABudget(before, sentence);
            before = sentence;
            if (choices) {
                continue;
            }
            if (!screening(sentence)) {
                kept.append(sentence).append('\n');
                continue;
            }
            // Only the part that is the template: a price may follow it after a full stop and a small letter.
            for (String part : Words.looseSentences(sentence)) {
                if (!screening(part)) {
                    kept.append(part).append('\n');
                }
            }
        }
        return kept.toString();
    }

    /**
     * The words an outcome is read from: the activity's own words less the owner's terms, the
     * screening template, the sentences that name a sum only as a floor ("берём задачи от 500
     * тыс.", "we take on projects from $30k") and those asking the lead's budget ("Мы небольшая
     * команда и берём пару проектов в квартал, поэтому сразу спрашиваем: какой бюджет, какие
     * сроки?"): the studio's terms answer no question of the deal.
     */
    String withoutTerms(Activity activity) {
        String words = withoutScreening(activity);
        if (!ownerToLead(activity)) {
            return words;
        }
        StringBuilder kept = new StringBuilder();
        for (String sentence : Words.sentences(words)) {
            String digits = vocabulary.numberWords().digits(sentence);
            String usual = Amounts.usualIn(digits);
            boolean floorOnly = Amounts.first(digits, usual).isPresent()
                    && Amounts.first(Amounts.withoutFloors(digits, vocabulary.floor()), usual).isEmpty();
            if (!floorOnly && !asksTheirBudget(sentence)) {
                kept.append(sentence).append('\n');
            }
        }
        return kept.toString();
    }

    /** A question asking what the budget is, not whether a sum fits it ("Вам это по бюджету?"). */
    private static final Pattern ASKS_WHICH = Pattern.compile("(?<![\\p{L}])(?:what|which|do you have|any|in mind|range|rough|какой|какая|каков\\p{L}*|"
            + "есть ли|понимани\\p{L}*|ориентир\\p{L}*|порядок|вилк\\p{L}*|примерн\\p{L}*)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Sums offered as the answers to the owner's question about the lead's budget just before them
     * ("Do you have a budget range in mind? Even a rough one helps — "under 10k", "10–50k"…", "Есть
     * ли у вас понимание по бюджету? Хотя бы порядок: до миллиона, до трёх, больше"): no price. A sum with the time the work
     * takes is the owner's quote ("Кстати, какой бюджет закладываете? Итак, по боту: 95 тыс. рублей, сдаём за три недели").
     */
    private boolean choicesOfABudget(String question, String sentence) {
        return asksTheirBudget(question) && vocabulary.price().find(sentence).isEmpty() && namesASum(sentence)
                && !DELIVERED_IN.matcher(vocabulary.numberWords().digits(sentence)).find();
    }

    /** The time the work takes: "сдаём за 3 недели", "done in 6 weeks", "within 2 months". */
    private static final Pattern DELIVERED_IN = Pattern.compile("(?<![\\p{L}])(?:за|in|within)\\s+\\d{1,2}\\s+(?:недел\\p{L}*|месяц\\p{L}*|дн(?:я|ей)|weeks?|months?|days?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private boolean asksTheirBudget(String question) {
        return question.strip().endsWith("?") && vocabulary.theirBudget().matches(question) && ASKS_WHICH.matcher(question).find();
    }

    /** A sum in the sentence, one without its currency ("under 10k") in the vocabulary's unwritten currency as for budgets. */
    private boolean namesASum(String sentence) {
        String digits = vocabulary.numberWords().digits(sentence);
        return Amounts.first(digits, Objects.requireNonNullElse(Amounts.usualIn(digits), vocabulary.unwrittenCurrency())).isPresent();
    }

    /**
     * A comparative just before a sum: "меньше 5 млн тенге", "дешевле 800 тыс. рублей", "меньше чем за $30k", or both sides of
     * it asked: "are you thinking of something under or over €10,000?", "больше или меньше миллиона?".
     */
    private static final Pattern BELOW_A_SUM = Pattern.compile("(?<![\\p{L}])(?:(?:меньше|дешевле)\\s+(?:чем\\s+)?(?:за\\s+)?"
            + "|(?:больше|меньше|дороже|дешевле)\\s+или\\s+(?:больше|меньше|дороже|дешевле)\\s+"
            + "|(?:under|over|above|below)\\s+or\\s+(?:under|over|above|below)\\s+)(?=[$€£₽¥]?\\s?\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A sentence of the screening template that names a sum, or that names a sum the studio will not go below ("меньше
     * 5 млн тенге мы практически не берём", "проекты дешевле 800 тыс. рублей не берём"); a comparative after the sum
     * revises a price ("Новая цена — $210,000, на треть меньше").
     */
    private boolean screening(String sentence) {
        return (vocabulary.screeningTemplate().matches(sentence) || BELOW_A_SUM.matcher(vocabulary.numberWords().digits(sentence)).find())
                && namesASum(sentence);
    }

    /**
     * A sum the owner names is a price ("£36,500 all in, ten weeks"), unless the sentence gives it
     * back as the lead's own figure ("you mentioned a budget of $50k") with no price word beside it.
     */
    private Optional<String> pricedSentence(String own) {
        for (String sentence : Words.sentences(own)) {
            String digits = vocabulary.numberWords().digits(sentence);
            Optional<Amounts.Found> sum = Amounts.first(digits, Amounts.usualIn(digits));
            if (sum.isEmpty()) {
                continue;
            }
            if (givenBack(digits, sum.get()) || proposalStillToComeAfter(digits, sum.get())
                    || OPTIONS_PROMISED.matcher(digits.substring(0, sum.get().position())).find()) {
                continue;
            }
            Optional<String> price = vocabulary.price().find(sentence);
            if (price.isPresent()) {
                return Optional.of(price.get() + " … " + sum.get().words());
            }
            if (!vocabulary.theirBudget().matches(sentence)) {
                return Optional.of(sum.get().words());
            }
        }
        return Optional.empty();
    }

    /**
     * Options promised before the sum, the sum one of them to be worked out: "Подготовлю два варианта: один укладывается в
     * $123,000, второй — со всеми пожеланиями", "I'll come back with two options: one within 294 000 USD and one with everything".
     */
    private static final Pattern OPTIONS_PROMISED = Pattern.compile("(?<![\\p{L}])(?:подготовлю|подготовим|пришлю|пришлём|пришлем|вернусь с|вернёмся с|вернемся с"
            + "|(?:i'll|i will|we'll|we will)\\s+(?:come back|get back|prepare|send|put together))(?![\\p{L}])[^.!?\\n]{0,24}?"
            + "(?<![\\p{L}])(?:варианта|вариантов|options|versions|scenarios)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * After the sum, the sentence says the proposal is still to come: the sum is the price of a step
     * before it ("a paid two-week discovery at $4,500, then a fixed quote for the build",
     * "платная аналитика за 90 000 ₽, потом фиксированная смета"), or its breakdown is ("the number I
     * mentioned on the call (around $40k) felt high; I'll send a breakdown").
     */
    private boolean proposalStillToComeAfter(String digits, Amounts.Found sum) {
        String after = digits.substring(Math.min(digits.length(), sum.position() + sum.words().length()));
        return promisedIn(vocabulary.proposal(), after) || promisedIn(vocabulary.price(), after);
    }

    /** The words name a proposal or its price only as one still to come: "I'll send a breakdown", "пришлю детальную разбивку". */
    private boolean promisedIn(Phrases words, String text) {
        return words.matches(text) && StageRules.affirmedInSentence(words, text, vocabulary.notYet()).isEmpty();
    }

    /**
     * The sentence's one sum is the lead's own figure given back when the words just before it say
     * so and no price word stands there ("Итоги: бюджет до 30 000 USD, команда 4 человека", "You
     * mentioned a ceiling of £25k for phase one"): a recap, not a price.
     */
    private boolean givenBack(String digits, Amounts.Found sum) {
        String before = digits.substring(Math.max(0, sum.position() - NAMED_WITHIN), sum.position());
        boolean onlySum = Amounts.last(digits, Amounts.usualIn(digits)).map(last -> last.position() == sum.position()).orElse(true);
        return onlySum && vocabulary.theirBudget().matches(afterThePriceWords(before));
    }

    /**
     * The words after the last price word, where a colon or a dash sets that word apart as a heading
     * ("Итого: бюджет около ₽1 850 000" gives a budget back); otherwise the price word governs the
     * sum ("we propose a budget of 31 000 EUR") and nothing is left.
     */
    private String afterThePriceWords(String text) {
        String rest = text;
        Optional<String> price = vocabulary.price().find(rest);
        while (price.isPresent()) {
            int at = Words.indexOf(rest, price.get());
            if (at < 0 || !HEADING_MARK.matcher(rest.substring(at + price.get().length())).lookingAt()) {
                return "";
            }
            rest = rest.substring(at + price.get().length());
            price = vocabulary.price().find(rest);
        }
        return rest;
    }

    Evidence.Confidence confidence(Activity activity) {
        return confidence.getOrDefault(activity.key(), Evidence.Confidence.HIGH);
    }

    Evidence evidence(Activity activity, String quote) {
        return new Evidence(activity.key(), activity.at(), activity.title(), quote, confidence(activity));
    }
}
