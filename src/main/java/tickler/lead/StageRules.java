package tickler.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tickler.activity.Activity;

/** Engagement and the furthest stage reached, each with the activity that decided it (docs/definitions.md). */
final class StageRules {

    private StageRules() {
    }

    record Decision(Stage stage, Evidence evidence, Instant engagedAt) {
    }

    /** {@code #stage:proposal}: any stage by its name. */
    private static final Pattern STAGE_TAG = Pattern.compile(
            "(?<![\\p{L}\\p{N}])#stage:(new|engaged|meeting|proposal|won|lost)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    private enum Outcome { WON, LOST, REOPEN }


    private record Signal(Activity activity, String words, Outcome outcome) {
    }

    /** Clauses end at punctuation: "No, we went with another vendor" is a decline. */
    private static final Pattern CLAUSE = Pattern.compile("[.,;:!?()\\n—–]+|\\s-\\s|\\s+(?:but|however|но|однако)\\s+");
    /** "Молчим не потому, что передумали": the reason denied stands in the clause of its "не", across the comma before "что". */
    private static final Pattern NOT_BECAUSE = Pattern.compile("(?<![\\p{L}])(не потому|не оттого)\\s*,\\s*(?=что(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A sentence that begins with a condition states no outcome. */
    private static final Pattern CONDITION = Pattern.compile("(?:even if|if|unless|in case|даже если|если|в случае)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A condition the owner is to meet: "Если сможете…", "If you can do…". */
    private static final Pattern IF_YOU_CAN = Pattern.compile("(?:if|если)\\s+(?:(?:you|вы)\\s+)?(?:can|could|are able to|сможете|можете|готовы)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A sentence that asks for a sum of its own: "Сделайте 450 тысяч, пожалуйста", "Make it 40k", "Прошу пересмотреть
     * стоимость до 11,6 млн руб.", "Please reduce the price to $40k".
     */
    private static final Pattern SUM_ASKED = Pattern.compile("(?:сделайте|уступите|давайте за|make it|do it for|can you do|could you do|would you do"
            + "|(?:прошу|просим)\\s+(?:пересмотреть|снизить)|пересмотрите|снизьте|please\\s+(?:reconsider|reduce|lower))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONDITION_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])(?:if|unless|если)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern COMPARATIVE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:ниже|дешевле|меньше|больше|дороже|выше|"
            + "lower|cheaper|higher)(?:[\\s,]+[\\p{L}]+){0,3}[\\s,]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words by which the lead names a sum they would pay: "I give you…", "we can pay…", "можем заплатить…", "He said offer…". */
    private static final Pattern PAYS = Pattern.compile("(?<![\\p{L}])(?:(?:i|we)(?:\\s+(?:can|could|would|will))?\\s+(?:give|pay|offer)"
            + "|(?:said|says|told me to|wants me to|asked me to)\\s+(?:to\\s+)?offer|(?:сказал\\p{L}*|велел\\p{L}*|просил\\p{L}*)\\s+предложить"
            + "|(?:могу|можем|могли бы|готов\\p{L}*)\\s+(?:дать|заплатить|предложить|выделить))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The lead's money named in a sentence, which words of approval after it may be of ({@link #approvesTheBudget}). */
    private static final Pattern BUDGET_NAMED = Pattern.compile("(?<![\\p{L}])(?:бюджет\\p{L}*|budget|funding|funds|финансировани\\p{L}*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The owner's offer, or the owner, named in a sentence: what an approval there may be of. */
    private static final Pattern OFFER_NAMED = Pattern.compile("(?<![\\p{L}])(?:предложени\\p{L}*|кп|смет\\p{L}*|оценк\\p{L}*|договор\\p{L}*|"
            + "контракт\\p{L}*|вас|вами|вам|ваш\\p{L}*|proposal|quote|offer|estimate|contract|sow|you|your)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * What the owner waits for from the lead, before a start: "Жду от вас логотип и фото, тогда
     * стартуем", "Send us the logo and the photos and we start" — a condition, not the deal.
     */
    private static final Pattern AWAITING_THE_LEAD = Pattern.compile("(?<![\\p{L}])(?:(?:жду|ждём|ждем|ожидаю|ожидаем)\\s+от\\s+вас"
            + "|пришлите|вышлите|присылайте|скиньте|send\\s+(?:me|us|over)|once\\s+(?:we|i)\\s+(?:have|get|receive)"
            + "|as soon as\\s+(?:we|i)\\s+(?:have|get|receive)|как только\\s+(?:получим|получу|пришлёте|пришлете))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that name when the work starts. */
    private static final Pattern START = Pattern.compile("(?<![\\p{L}])(?:start|starting|begin|kick off|kickoff|начать|начнём|начнем|начинаем|стартовать|стартуем|приступить|приступим)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A turn in a sentence: what follows it outweighs what came before ("no budget as such, but we are thinking of 2 million"). */
    private static final Pattern CONTRAST = Pattern.compile("(?<![\\p{L}\\p{N}])(?:but|however|но|однако)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A time named as whose something is, no time for the deal: "or it goes into next year's paperwork hell". */
    private static final Pattern A_TIME_OF_SOMETHING_ELSE = Pattern.compile("(?<![\\p{L}])next\\s+(?:year|quarter|month|week)['’]s(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** Words of time that say only "not now", no time to come back: a decline beside them stands. */
    private static final Pattern NOT_NOW = Pattern.compile("(?<![\\p{L}])(?:not right now|not now|right now|for now|at the moment|at this time"
            + "|сейчас не время|сейчас не до того|сейчас не|не сейчас|пока рано)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that make a decision final. */
    private static final Pattern FOR_GOOD = Pattern.compile("(?<![\\p{L}])(?:after all|for good|is final|final decision|окончательно|окончательное решение|в итоге|насовсем)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What comes before the rest. */
    private static final Pattern FIRST = Pattern.compile("(?<![\\p{L}])(?:first|firstly|to begin with|сначала|сперва|для начала|прежде всего)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What may stand between a verb and its paper: "sign the NDA", "подписываем NDA". */
    private static final Pattern SOMETHING_ELSE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:(?:people|folks|customers|clients|guests|users|visitors|members|"
            + "buyers|shoppers|diners|riders|passengers|travell?ers|tourists|fans|patrons|tenants|patients|students|parents|люди|покупател\\p{L}*|клиент\\p{L}*|пользовател\\p{L}*|гост\\p{L}*|посетител\\p{L}*)\\s+"
            + "(?:(?:can|could|will|would|should|to|могли|могут|смогут|должны)\\s+)?(?:[\\p{L}+&]+,?\\s+){0,3}"
            + "|(?:в остальном|остальное|otherwise|other than that|apart from that|all else|everything else|the rest)(?![\\p{L}])[,\\s]*(?:[\\p{L}]+\\s+){0,3})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What makes an acceptance's words a feature of the lead's product: "rent in Hanoi, drop in Saigon, pay deposit online". */
    private static final Pattern FEATURE_AFTER = Pattern.compile("\\s*(?:online|онлайн|in[- ]app|in the app|(?:through|via|in|on) the (?:app|site|website)|"
            + "на сайте|в приложении|через (?:приложение|сайт))(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRIED_BEFORE = Pattern.compile("(?<![\\p{L}])(?:готов\\p{L}*\\s+решени\\p{L}*|готов(?:ые|ых|ым)|коробочн\\p{L}*|конструктор\\p{L}*|"
            + "шаблон\\p{L}*|off-the-shelf|ready-made|existing tools?)(?:\\s+[\\p{L}]+){0,2}\\s*[—–-]?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "No more" after a count of people tells the team's limit, not a refusal: "одного программиста 1С и
     * одного веб-разработчика, больше не нужно" (digits already read from the words).
     */
    private static final Pattern NO_MORE_THAN_COUNTED = Pattern.compile("\\d[^.!?\\n]{0,80}?[,—–]\\s*(?:и\\s+|and\\s+)?(?:больше|more)\\s+"
            + "(?:[\\p{L}]+\\s+){0,3}?(?:не нужно|не надо|не требуется|не нужны|не нужен|isn't needed|is not needed|not needed|aren't needed|are not needed)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A part of the work named first, at a clause's start or after "что", then that the lead does it: "Hardware testing we
     * handle ourselves", "Тестирование мы сделаем своими силами", "с учётом того, что тексты и фото мы сделаем сами" keep
     * the rest for the owner (not "So we'll handle it ourselves", "решили, что всё мы сделаем сами").
     */
    private static final Pattern PART_WE_DO_BEFORE = Pattern.compile("(?:[.!?:;\\n]|(?<![\\p{L}])(?:что|that))\\s*(?!(?:so|then|now|ok|okay|well|and|but|instead|therefore|"
            + "sorry|thanks|итак|тогда|теперь|поэтому|дальше|но|а|и|так|спасибо|извините|всё|все|это|everything|all|it|this)(?![\\p{L}]))(?:[\\p{L}-]+\\s+){1,3}(?:we|мы)\\s+"
            + "(?:will\\s+|can\\s+|сами\\s+)?(?:[\\p{L}]+\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Asking where the owner got the idea of a decline: "С чего вы взяли, что я ушла к ребятам из Риги?", "Who told you that we went with another agency?" */
    private static final Pattern HEARSAY_BEFORE = Pattern.compile("(?<![\\p{L}])(?:взяли|решили|подумали|думаете|слышали|сказал\\p{L}*|говорят|"
            + "think|thought|heard|told you|said|assume|assumed)\\s*,?\\s*(?:что|that)\\s+(?:[\\p{L}']+\\s+){0,3}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?\\n]");
    /** A decline said of someone the lead names just before it: "we're replacing a vendor who's pulling out". */
    private static final Pattern SOMEONE_WHO_BEFORE = Pattern.compile("(?<![\\p{L}])(?:vendor|agency|supplier|contractor|developer|freelancer|partner|team|"
            + "подрядчик\\p{L}*|поставщик\\p{L}*|фрилансер\\p{L}*)\\s+(?:who|that|which|кто|котор\\p{L}*)(?:'s|'re|\\s+is|\\s+are|\\s+was|\\s+were|\\s+has)?\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Work the lead still wants from the owner, named before the part it does itself: "От вас нужен
     * только дизайнер, разработку сделаем сами", "3 разработчика от вас, тестирование закрываем своими силами".
     */
    private static final Pattern STILL_NEEDED_BEFORE = Pattern.compile("(?<![\\p{L}])(?:от вас нуж\\p{L}*\\s+только|нуж\\p{L}*\\s+от вас\\s+только|"
            + "from you we (?:only|just) need|we (?:only|just) need\\s+(?:\\S+\\s+){1,3}from you|\\d+\\s+\\p{L}+\\s+(?:от вас|from you))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOT_TO_SUFFER_AFTER = Pattern.compile("\\s+(?:an?\\s+|any\\s+|to\\s+)?(?:slow\\p{L}*|delay\\p{L}*|wait\\p{L}*|"
            + "los(?:e|ing)|mistakes?|downtime|surprises?)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A "no" that sets a limit, a counter-offer: "My partner says no higher than 1.2 million", "сказал — не больше 2 млн". */
    private static final Pattern A_LIMIT_AFTER = Pattern.compile("\\s+(?:higher|more|above|over|further|beyond|больше|выше|дороже)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The lead's earlier vendor just before a decline's words, its subject: "Our last agency gave us one freelancer who vanished". */
    private static final Pattern AN_EARLIER_VENDOR_BEFORE = Pattern.compile("(?<![\\p{L}])(?:last|previous|former|old|прошл\\p{L}*|предыдущ\\p{L}*|бывш\\p{L}*)\\s+"
            + "(?:agency|vendor|studio|contractor|developers?|devs?|team|freelancer|company|firm|подрядчик\\p{L}*|студи\\p{L}*|агентств\\p{L}*|исполнител\\p{L}*|"
            + "разработчик\\p{L}*|команд\\p{L}*|фрилансер\\p{L}*)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** One of two ways asked about, just before a decline's words in a question: "Реально сделать своё или проще купить готовое решение?" */
    private static final Pattern AN_ALTERNATIVE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:или|or)(?:\\s+(?:проще|лучше|сразу|просто|just|better|rather))?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A decline's words turned into an acceptance by what follows them: "Вопрос по закупке закрыт в вашу пользу". */
    private static final Pattern IN_YOUR_FAVOUR_AFTER = Pattern.compile("\\s*(?:в\\s+вашу\\s+пользу|in\\s+your\\s+favou?r)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A decline of an earlier project: "rotation is what killed our last project". */
    private static final Pattern AN_EARLIER_PROJECT = Pattern.compile("(?<![\\p{L}])(?:last|previous|old|former|прошл\\p{L}*|предыдущ\\p{L}*|стар(?:ый|ого|ом|ым|ому))\\s+(?:project|проект\\p{L}*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ARTICLES_ONLY = Pattern.compile("\\s*(?:(?:the|an|a|our|your|their|mutual)\\s+)*",
            Pattern.CASE_INSENSITIVE);
    /** What joins a sum to the acceptance it is the condition of: "… and", "— и", ", then". */
    private static final Pattern SUM_JOINED = Pattern.compile("\\s*[—–-]?\\s*,?\\s*(?:and|и|then|тогда)(?:\\s+(?:завтра|сегодня|сразу|же|tomorrow|today|right away))*\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An agreement told as what was agreed before: "как договорились", "как и договаривались", "as agreed". */
    private static final Pattern RECAP = Pattern.compile("(?<![\\p{L}])(?:как(?:\\s+и)?\\s+догов(?:орились|аривались)|as\\s+agreed)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WITH_A_COUNT = Pattern.compile("\\s+(?:with|с|будут|будет|will be)\\s+\\d{1,3}(?![\\d.,]?\\d)(?!\\s*(?:%|k|к|тыс|млн|\\p{Sc}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Someone in the owner's place, inside an acceptance's words that skip some: "выбрали вместо вас", "picked over you". */
    private static final Pattern INSTEAD = Pattern.compile("(?<![\\p{L}])(?:вместо|instead of|over)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The two words before an acceptance's, the paper it may say something of: "NDA (attached, signed", or the
     * paper still to be signed: "NDA to be countersigned by Amberfin".
     */
    private static final Pattern PAPER_JUST_BEFORE = Pattern.compile("([\\p{L}-]+)[\\s(),:—–-]+(?:([\\p{L}-]+)[\\s(),:—–-]+)?"
            + "(?:(?:is |are )?(?:still )?to be |will be |needs? to be |must be )?$");
    /** Another paper joined to the step's: "NDA и основной договор", "the NDA and the contract". */
    private static final Pattern JOINED = Pattern.compile("\\s*(?:и|and|&)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How many words before a phrase a negation may stand: "we did not choose", "мы так и не подписали". */
    private static final int NEGATION_REACH = 4;
    /** How many words a phrase written across a comma or a "but" may have: "ок, го", "спасибо, но нет". */
    private static final int ACROSS_A_CLAUSE_MARK = 3;
    /** How many words after a phrase a negation may stand: "отказываться ... мы не собираемся". */
    private static final int NEGATION_AFTER = 3;

    /** @param first the lead's first touch, the evidence of NEW */
    static Decision decide(LeadContext lead, Activity first) {
        Optional<Activity> firstMeeting = lead.happened.stream().filter(lead::meetingWith).findFirst();
        Optional<Activity> engaging = engaging(lead, firstMeeting);
        Instant engagedAt = engaging.map(Activity::at).orElse(null);

        // The words are read even when a tag decides: a report as of a month before the tag was
        // written decides by them, and would otherwise read every message of the lead again then.
        Optional<Decision> inWords = terminal(lead, engagedAt);
        Optional<Decision> terminal = tagged(lead, engagedAt).or(() -> inWords);
        if (terminal.isPresent()) {
            return terminal.get();
        }
        for (Activity activity : lead.happened) {
            Optional<String> words = lead.proposalWords(activity);
            if (words.isPresent()) {
                return new Decision(Stage.PROPOSAL, lead.evidence(activity, words.get()), engagedAt);
            }
        }
        if (firstMeeting.isPresent()) {
            return new Decision(Stage.MEETING, lead.evidence(firstMeeting.get(), "meeting took place"), engagedAt);
        }
        return engaging
                .map(activity -> new Decision(Stage.ENGAGED, lead.evidence(activity, "two-way contact"), engagedAt))
                .orElseGet(() -> new Decision(Stage.NEW, lead.evidence(first, "first touch"), null));
    }

    /**
     * The earlier of (the later of the lead's first message and the owner's first message to it)
     * and the first meeting that has started.
     */
    private static Optional<Activity> engaging(LeadContext lead, Optional<Activity> firstMeeting) {
        Optional<Activity> fromLead = lead.happened.stream().filter(lead::fromLead).findFirst();
        Optional<Activity> fromOwner = lead.happened.stream().filter(lead::ownerToLead).findFirst();
        Optional<Activity> twoWay = fromLead.isPresent() && fromOwner.isPresent()
                ? Stream.of(fromLead.get(), fromOwner.get()).max(Comparator.comparing(Activity::at))
                : Optional.empty();
        return Stream.of(twoWay, firstMeeting).flatMap(Optional::stream).min(Comparator.comparing(Activity::at));
    }

    /**
     * A tag the salesperson wrote overrides everything inferred: the latest of {@code #won},
     * {@code #lost} and {@code #stage:<name>} (in any event or message of the lead that exists now,
     * by when it was written) decides the stage, and is its evidence.
     */
    private static Optional<Decision> tagged(LeadContext lead, Instant engagedAt) {
        Optional<Decision> latest = Optional.empty();
        Instant latestAt = null;
        for (Activity activity : lead.activities) {
            Optional<Decision> tag = tag(lead, activity, engagedAt);
            Instant writtenAt = Words.writtenAt(activity);
            if (tag.isPresent() && (latestAt == null || !writtenAt.isBefore(latestAt))) {
                latest = tag;
                latestAt = writtenAt;
            }
        }
        return latest;
    }

    private static Optional<Decision> tag(LeadContext lead, Activity activity, Instant engagedAt) {
        return lead.read(activity, "stage tag", () -> tagIn(lead, Words.all(activity)))
                .map(tag -> new Decision(tag.stage(), lead.evidence(activity, tag.words()), engagedAt));
    }

    private record Tag(Stage stage, String words) {
    }

    private static Optional<Tag> tagIn(LeadContext lead, String words) {
        Matcher stage = STAGE_TAG.matcher(words);
        if (stage.find()) {
            return Optional.of(new Tag(Stage.valueOf(stage.group(1).toUpperCase(Locale.ROOT)), stage.group()));
        }
        return lead.vocabulary.wonTags().find(words).map(w -> new Tag(Stage.WON, w))
                .or(() -> lead.vocabulary.lostTags().find(words).map(w -> new Tag(Stage.LOST, w)));
    }

    /**
     * The latest signal decides between WON and LOST, and a lost lead that takes the conversation up
     * again later is open again; the evidence is the first signal of the deciding kind after the
     * last reopening, when the lead got there.
     */
    private static Optional<Decision> terminal(LeadContext lead, Instant engagedAt) {
        List<Signal> signals = signals(lead);
        Optional<Signal> latest = signals.stream().filter(s -> s.outcome() != Outcome.REOPEN).reduce((a, b) -> b);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Outcome outcome = latest.get().outcome();
        int decidedAt = signals.indexOf(latest.get());
        if (outcome == Outcome.LOST && signals.subList(decidedAt, signals.size()).stream().anyMatch(s -> s.outcome() == Outcome.REOPEN)) {
            return Optional.empty();
        }
        int from = 0;
        for (int i = 0; i < decidedAt; i++) {
            if (signals.get(i).outcome() == Outcome.REOPEN) {
                from = i + 1;
            }
        }
        Signal first = signals.subList(from, signals.size()).stream().filter(s -> s.outcome() == outcome).findFirst().orElseThrow();
        Evidence evidence = lead.evidence(first.activity(), first.words());
        return Optional.of(new Decision(outcome == Outcome.WON ? Stage.WON : Stage.LOST, evidence, engagedAt));
    }

    /**
     * An acceptance in the lead's words, or in the owner's when they tell the deal closed ("договор подписан";
     * the owner's "запускаемся до тендера" in a meeting's notes plans the lead's launch), a reopening or a decline in
     * the lead's only (the owner's "всё сделаю сам" tells how the owner works; the owner's screening template aside:
     * "the lowest budget we accept is…"), in mail after the message that opened the talk (tags aside, an
     * event's words decide no outcome). A phrase negated in its
     * clause, before or just after it ("we did not choose another vendor", "отказываться от вас не
     * собираемся") is none; a message that postpones decides nothing either way ("not relevant right
     * now, let's come back in spring"; "after the reorg we'll be back, we want to work with you").
     * When a message both accepts and declines in the vocabulary's words ("we signed with another agency"), the longer,
     * more specific phrase decides. A reopening counts only in the lead's own message after a
     * decline, and there it outweighs the decline it tells of ("we went with another vendor and it
     * did not work out; can we talk again?"), in the vocabulary's words or by the reopening reader.
     */
    private static List<Signal> signals(LeadContext lead) {
        List<Signal> signals = new ArrayList<>();
        boolean declined = false;
        boolean proposed = false;
        boolean answered = false;
        boolean leadWrote = false;
        boolean met = false;
        Activity opening = lead.happened.stream().filter(a -> !a.isEvent()).findFirst().orElse(null);
        for (Activity activity : lead.happened) {
            boolean proposal = lead.proposalWords(activity).isPresent();
            proposed |= proposal && lead.ownerToLead(activity);
            // The lead's first message, before the owner has written, is an inquiry: "we are ready to
            // start immediately" in one that a partner's introduction opened accepts nothing.
            boolean inquiry = !answered && !leadWrote && !activity.isEvent() && lead.fromLead(activity);
            // ...and before they have met it declines nothing either: "готовые пробовали — не подошли" is why they write.
            boolean beforeAnyTalk = inquiry && !met;
            met |= lead.meetingWith(activity);
            answered |= lead.ownerToLead(activity);
            leadWrote |= !activity.isEvent() && lead.fromLead(activity);
            if (activity.isEvent() || activity == opening || proposal) {
                // The message that opens the talk accepts or declines nothing ("я работал с вами на
                // прошлом месте"); a reply to the owner's outreach may ("thanks, not interested"). A
                // meeting's title names a meeting ("kickoff discussion"); the owner's proposal tells
                // the terms of a deal to come.
                continue;
            }
            Said said = lead.read(activity, "outcome", () -> said(lead, activity));
            Optional<String> reopened = declined && lead.fromLead(activity)
                    ? said.reopen().or(() -> lead.read(activity, "reopening in other words", () -> reopenedInOtherWords(lead.withoutTerms(activity))))
                    : Optional.empty();
            if (reopened.isPresent()) {
                signals.add(new Signal(activity, reopened.get(), Outcome.REOPEN));
                declined = false;
                continue;
            }
            if (said.postpones()) {
                continue;
            }
            boolean unsaid = said.won().isEmpty() && said.lost().isEmpty() && lead.fromLead(activity);
            Optional<String> won = unsaid && proposed
                    ? lead.read(activity, "acceptance in other words", () -> agreementAlone(lead.vocabulary, lead.withoutTerms(activity))
                            .or(() -> acceptedInOtherWords(lead.vocabulary, lead.withoutTerms(activity))))
                    : said.won();
            Optional<String> lost = unsaid && won.isEmpty()
                    ? lead.read(activity, "decline in other words", () -> declinedInOtherWords(lead.vocabulary, lead.withoutTerms(activity)))
                    : said.lost();
            if (inquiry || won.filter(acceptance -> afterASumAsked(lead.vocabulary, lead.withoutTerms(activity), acceptance)).isPresent()) {
                won = Optional.empty();
            }
            if (beforeAnyTalk) {
                lost = Optional.empty();
            }
            if (won.isPresent() && (lost.isEmpty() || acceptanceOutweighs(lead, activity, won.get(), lost.get()))) {
                signals.add(new Signal(activity, won.get(), Outcome.WON));
            } else if (lost.isPresent()) {
                signals.add(new Signal(activity, lost.get(), Outcome.LOST));
                declined = true;
            }
        }
        return signals;
    }

    /**
     * Of an acceptance and a decline in one message, whether the acceptance decides: the one outside brackets, else the
     * longer, more specific phrase. The message's words are read again only here, where both were found.
     */
    private static boolean acceptanceOutweighs(LeadContext lead, Activity activity, String won, String lost) {
        String words = lead.withoutTerms(activity);
        boolean wonAside = aside(words, won);
        boolean lostAside = aside(words, lost);
        return wonAside != lostAside ? lostAside : won.length() >= lost.length();
    }

    /**
     * Whether the words stand only in brackets, an aside beside what the message says: "Houston, we have a deal. The board voted
     * this morning (Gary still thinks we should build it ourselves, bless him)" accepts.
     */
    private static boolean aside(String words, String phrase) {
        String text = Phrases.normalise(words);
        String sought = Phrases.normalise(phrase);
        int at = text.indexOf(sought);
        if (at < 0 || text.indexOf(sought, at + 1) >= 0) {
            return false;
        }
        int open = text.lastIndexOf('(', at);
        int close = text.indexOf(')', at);
        boolean closedBefore = text.lastIndexOf(')', at) > open;
        boolean openedAfter = text.indexOf('(', at) >= 0 && text.indexOf('(', at) < close;
        return open >= 0 && close >= 0 && !closedBefore && !openedAfter;
    }

    /** What a message says of the deal: a reopening (counted only after a decline), a postponement, an acceptance, a decline. */
    private record Said(Optional<String> reopen, boolean postpones, Optional<String> won, Optional<String> lost) {
    }

    private static Said said(LeadContext lead, Activity activity) {
        Vocabulary vocabulary = lead.vocabulary;
        String words = lead.withoutTerms(activity);
        Optional<String> reopen = lead.fromLead(activity) ? affirmed(vocabulary.reopen(), words, vocabulary.negation()) : Optional.empty();
        boolean postponeWords = vocabulary.postpone().matches(A_TIME_OF_SOMETHING_ELSE.matcher(words).replaceAll(" "))
                && !acceptedWithAStart(vocabulary, words);
        Optional<String> declined = postponeWords ? affirmed(vocabulary.lost(), words, vocabulary.negation()) : Optional.empty();
        // "our budget for next year was cut": words of a postponement inside a decline's are the decline's, all
        // of the message's declines ("far more than we can afford. We'll stay with paper forms for now.")
        // ...unless they are negated: "this project is cancelled, not paused"
        // ...and a decline whose only words of time are "not now" declines: "мы решили не делать. … сейчас не время"
        String besidesDeclines = Words.withoutEach(words, rest -> affirmed(vocabulary.lost(), rest, vocabulary.negation()));
        if (postponeWords && affirmed(vocabulary.postpone(), besidesDeclines, vocabulary.negation()).isPresent() && !declinedForGood(vocabulary, words)
                && !(declined.isPresent() && affirmed(vocabulary.postpone(), NOT_NOW.matcher(besidesDeclines).replaceAll(" "), vocabulary.negation()).isEmpty())) {
            return new Said(reopen, true, Optional.empty(), Optional.empty());
        }
        // A message that offers another sum goes on negotiating, whatever it says of the last one.
        Optional<String> lost = Arrays.stream(Words.sentences(words)).anyMatch(sentence -> offersASum(vocabulary, sentence) || paysASum(vocabulary, sentence))
                ? Optional.empty() : postponeWords ? declined : affirmed(vocabulary.lost(), words, vocabulary.negation());
        Phrases acceptances = lead.fromLead(activity) ? vocabulary.won() : vocabulary.ownerWon();
        return new Said(reopen, false, accepted(acceptances, vocabulary, words).filter(acceptance -> !turnsToASum(vocabulary, words, acceptance)
                        && (lead.fromLead(activity) ? !insideADecline(vocabulary, words, acceptance) : !waitsForTheLead(words, acceptance))
                        && !approvesTheBudget(words, acceptance)),
                lost.filter(decline -> lead.fromLead(activity) && !turnsToASum(vocabulary, words, decline) && !aLimit(words, decline)
                        && !declinesSomethingElse(words, decline) && Arrays.stream(Words.sentences(words))
                                .noneMatch(sentence -> sentence.contains(decline) && limitsTheTeam(vocabulary, sentence))));
    }

    /**
     * Whether the acceptance's words are part of a decline's: "has signed a global agreement with an integrator" signs
     * with someone else, whatever the decline found first ("the answer is no") is.
     */
    private static boolean insideADecline(Vocabulary vocabulary, String words, String acceptance) {
        return !Words.withoutEach(words, rest -> affirmed(vocabulary.lost(), rest, vocabulary.negation())).contains(acceptance);
    }

    /**
     * A decline said to be final outweighs words of time elsewhere in the message: "I've decided against the booking
     * website after all. … the rooms are full till September, so I don't need the bother."
     */
    private static boolean declinedForGood(Vocabulary vocabulary, String words) {
        return Arrays.stream(Words.sentences(words)).anyMatch(sentence -> FOR_GOOD.matcher(sentence).find()
                && affirmed(vocabulary.lost(), sentence, vocabulary.negation()).isPresent());
    }

    /**
     * Whether the acceptance approves the lead's own budget, not the owner's offer: "Бюджет заложен в размере 250 млн
     * сум, утверждён на совете директоров" says the money is there, not who gets it ("бюджет и ваше КП утверждены" accepts).
     */
    private static boolean approvesTheBudget(String words, String acceptance) {
        return Arrays.stream(Words.sentences(words)).anyMatch(sentence -> {
            int at = sentence.indexOf(acceptance);
            return at > 0 && BUDGET_NAMED.matcher(sentence.substring(0, at)).find() && !OFFER_NAMED.matcher(sentence).find();
        });
    }

    /** Whether the acceptance's sentence waits for something from the lead before it ("send us the logo and we start"). */
    private static boolean waitsForTheLead(String words, String acceptance) {
        return Arrays.stream(Words.sentences(words)).anyMatch(sentence -> {
            int at = sentence.indexOf(acceptance);
            return at > 0 && AWAITING_THE_LEAD.matcher(sentence.substring(0, at)).find();
        });
    }

    /**
     * Whether a message accepts and its words of a postponement only name when the work starts: "ok
     * boss already agree. Can start next month?" accepts; "we'd like to go ahead, but not before
     * next quarter" and "вернёмся к этому весной. Работать хотим именно с вами" postpone.
     */
    private static boolean acceptedWithAStart(Vocabulary vocabulary, String words) {
        String[] sentences = Words.sentences(words);
        return Arrays.stream(sentences).anyMatch(sentence -> !vocabulary.postpone().matches(sentence) && accepted(vocabulary.won(), vocabulary, sentence).isPresent())
                && Arrays.stream(sentences).filter(vocabulary.postpone()::matches).allMatch(sentence -> START.matcher(sentence).find());
    }

    /**
     * A decline of something other than the owner's offer: what the lead tried before ("Готовые
     * решения нам не подошли", "off-the-shelf tools didn't fit"), what the lead cannot afford to
     * suffer ("we can't afford a slow ramp-up"), someone else's ("a vendor who's pulling out", "our last agency gave us
     * one freelancer"), a question closed in the owner's favour ("вопрос закрыт в вашу пользу"), or the
     * part the lead does itself beside the part it wants from the owner ("от вас нужен только дизайнер,
     * разработку сделаем своими силами"), or one the lead asks where the owner heard of ("С чего вы взяли, что я ушла к
     * ребятам из Риги?"), or one of two ways the lead asks about ("Реально сделать своё или проще купить готовое решение?").
     */
    private static boolean declinesSomethingElse(String words, String decline) {
        int at = Words.indexOf(words, decline);
        return at >= 0 && (TRIED_BEFORE.matcher(words.substring(Math.max(0, at - 48), at)).find()
                || HEARSAY_BEFORE.matcher(words.substring(Math.max(0, at - 60), at)).find() && asked(words, at + decline.length())
                || SOMEONE_WHO_BEFORE.matcher(words.substring(Math.max(0, at - 48), at)).find()
                || PART_WE_DO_BEFORE.matcher("\n" + words.substring(0, at)).find()
                || STILL_NEEDED_BEFORE.matcher(words.substring(Math.max(0, at - 80), at)).find()
                || NOT_TO_SUFFER_AFTER.matcher(words.substring(at + decline.length())).lookingAt()
                || A_LIMIT_AFTER.matcher(words.substring(at + decline.length())).lookingAt()
                || IN_YOUR_FAVOUR_AFTER.matcher(words.substring(at + decline.length())).lookingAt()
                || AN_EARLIER_VENDOR_BEFORE.matcher(words.substring(Math.max(0, at - 40), at)).find()
                || AN_ALTERNATIVE_BEFORE.matcher(words.substring(Math.max(0, at - 24), at)).find() && asked(words, at + decline.length())
                || AN_EARLIER_PROJECT.matcher(decline).find());
    }

    /** Whether the sentence going on at a position ends in a question mark. */
    private static boolean asked(String words, int from) {
        Matcher end = SENTENCE_MARK.matcher(words).region(from, words.length());
        return end.find() && end.group().equals("?");
    }

    /** Whether the sentence says no more people are needed than it counts ({@link #NO_MORE_THAN_COUNTED}). */
    private static boolean limitsTheTeam(Vocabulary vocabulary, String sentence) {
        return NO_MORE_THAN_COUNTED.matcher(vocabulary.numberWords().digits(sentence)).find();
    }

    /**
     * A decline's words after a comparative tell a limit, not a refusal: "больше согласовать не
     * получится", "ниже без потери качества не получится" go on negotiating.
     */
    private static boolean aLimit(String words, String decline) {
        int at = words.indexOf(decline);
        return at > 0 && COMPARATIVE_BEFORE.matcher(words.substring(Math.max(0, at - 48), at)).find();
    }

    /**
     * A sentence of a decline or an acceptance that turns to a sum after it goes on negotiating:
     * "бюджета как такового нет, но думаем про 2 млн", "we can't do 50k, but 40k would work",
     * "you're our preferred vendor, but we'd need the total at 85K USD", or to what the owner must do first ("I'd rather go
     * with you, but you'll need to get closer to that"), or is followed by the owner's meeting a sum as its
     * condition ("мы хотим работать с вами. Если сможете 900 тысяч — выбираем вас") or by a sum asked for ("…хотим работать
     * именно с вами. Сделайте 450 тысяч, пожалуйста"); "спасибо, но 2,4 млн мы не
     * потянем" still declines.
     */
    private static boolean turnsToASum(Vocabulary vocabulary, String words, String outcome) {
        String[] sentences = Words.sentences(words);
        for (int i = 0; i < sentences.length; i++) {
            String sentence = sentences[i];
            int at = sentence.indexOf(outcome);
            if (at >= 0) {
                String after = sentence.substring(at + outcome.length());
                Matcher turn = CONTRAST.matcher(after);
                return turn.find() && (namesASum(vocabulary, after.substring(turn.end()), sentence)
                        || A_CONDITION_ON_THE_OWNER.matcher(after.substring(turn.end())).lookingAt())
                        || i + 1 < sentences.length && asksOrMeetsASum(vocabulary, sentences[i + 1].strip());
            }
        }
        return false;
    }

    /**
     * Whether the acceptance follows a sentence asking the owner to meet another sum: it is the lead's offer, still to
     * be answered ("Would you accept 500,000 rupees instead? We can pay half in advance.").
     */
    private static boolean afterASumAsked(Vocabulary vocabulary, String words, String acceptance) {
        String[] sentences = Words.sentences(words);
        for (int i = 1; i < sentences.length; i++) {
            if (sentences[i].contains(acceptance)) {
                return asksOrMeetsASum(vocabulary, sentences[i - 1].strip());
            }
        }
        return false;
    }

    /** What the owner must do first, after a "but": "I'd rather go with you, but you'll need to get closer to that". */
    private static final Pattern A_CONDITION_ON_THE_OWNER = Pattern.compile("\\s*(?:you'll|you will|you'd|you would|you)\\s+(?:need|have)\\s+to"
            + "|\\s*(?:вам|тебе)\\s+(?:нужно|надо|придется|придётся)|\\s*(?:нужно|надо)\\s+(?:будет\\s+)?(?:снизить|подвинуться|уступить)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A sentence that makes a sum the condition ("Если сможете 900 тысяч — выбираем вас"), asks for one ("Сделайте 450
     * тысяч") or offers one in a question ("Могли бы вы сделать за 6 500 лари?", not "$18,500 for phase one, right?").
     */
    private static boolean asksOrMeetsASum(Vocabulary vocabulary, String sentence) {
        return (IF_YOU_CAN.matcher(sentence).lookingAt() || SUM_ASKED.matcher(sentence).lookingAt()) && namesASum(vocabulary, sentence, sentence)
                || offersASum(vocabulary, sentence) && !CONFIRMED.matcher(sentence).find();
    }

    /** A question that only confirms the sum it names: "…we'll wire the deposit — $18,500 for phase one, right?" */
    private static final Pattern CONFIRMED = Pattern.compile("(?<![\\p{L}])(?:right|correct|yes|isn't it|да|верно|правильно|так ведь)\\s*\\?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean namesASum(Vocabulary vocabulary, String words, String sentence) {
        return Amounts.first(vocabulary.numberWords().digits(words),
                Objects.requireNonNullElse(Amounts.usualIn(sentence), vocabulary.unwrittenCurrency())).isPresent();
    }

    /** A sentence that is nothing but an agreement ("Agreed.", "Ок, договорились."), in the lead's reply to the owner's proposal. */
    private static Optional<String> agreementAlone(Vocabulary vocabulary, String words) {
        for (String sentence : Words.sentences(words)) {
            Optional<String> agreement = vocabulary.agreementAlone().find(sentence);
            if (agreement.isPresent() && letters(agreement.get()).equals(letters(sentence))) {
                return agreement;
            }
        }
        return Optional.empty();
    }

    private static String letters(String text) {
        return NOT_A_LETTER.matcher(Phrases.normalise(text)).replaceAll("");
    }

    /**
     * An acceptance in words no phrase names, in the lead's reply to the owner's proposal, read from all its words
     * ({@link WordOdds#ACCEPTANCES}) but its sentences that ask the price, offer another sum, hold a
     * condition ("what happens if we cancel the contract?") or name a proposal ("agreed, please send
     * the proposal for the second phase": the phrases read those), and but a recap's words of an
     * agreement ("как договорились, высылаю документы", "as agreed, …"); the sentence that tells it most is the evidence.
     * A paper to be signed first is no such evidence: where its sentence tells most ("Looks fine. We sign the NDA
     * first, then we talk about the rest."), the message is read again without it.
     */
    private static Optional<String> acceptedInOtherWords(Vocabulary vocabulary, String words) {
        List<String> stated = stating(vocabulary, words).filter(sentence -> !vocabulary.proposal().matches(sentence))
                .map(sentence -> RECAP.matcher(sentence).replaceAll(" ")).toList();
        Optional<String> accepted = inOtherWords(WordOdds.ACCEPTANCES, WordOdds.ACCEPTANCE_THRESHOLD, stated);
        return accepted.isPresent() && aPaperFirst(vocabulary, accepted.get())
                ? inOtherWords(WordOdds.ACCEPTANCES, WordOdds.ACCEPTANCE_THRESHOLD,
                        stated.stream().filter(sentence -> !aPaperFirst(vocabulary, sentence)).toList())
                : accepted;
    }

    /** A paper signed first, the deal after: "We sign the NDA first, then we talk about the rest", "Сначала NDA". */
    private static boolean aPaperFirst(Vocabulary vocabulary, String sentence) {
        return vocabulary.preliminary().matches(sentence) && FIRST.matcher(sentence).find();
    }

    /**
     * A decline in words no phrase names, in a reply of the lead's that neither accepts nor postpones
     * in the vocabulary's words, read from all its words ({@link WordOdds#DECLINES}) but its
     * sentences that ask the price, offer another sum or hold a condition ("if the price stays, we
     * will look elsewhere" still negotiates).
     */
    private static Optional<String> declinedInOtherWords(Vocabulary vocabulary, String words) {
        return inOtherWords(WordOdds.DECLINES, WordOdds.DECLINE_THRESHOLD, stating(vocabulary, words).toList());
    }

    /** The sentences that state rather than ask the price, offer a sum or set a condition. */
    private static Stream<String> stating(Vocabulary vocabulary, String words) {
        return Arrays.stream(Words.looseSentences(words)).map(String::strip)
                .filter(sentence -> !sentence.isEmpty() && !CONDITION_WORD.matcher(sentence).find()
                        && !asksThePriceOrOffersASum(vocabulary, sentence) && !limitsTheTeam(vocabulary, sentence));
    }

    /**
     * A lead's message after its decline that takes the deal up again in words the vocabulary lacks
     * ("Года полтора назад вы нам считали CRM. Мы тогда не потянули. Сейчас потянем."), read from all
     * its sentences, a sum offered among them ({@link WordOdds#REOPENINGS}).
     */
    private static Optional<String> reopenedInOtherWords(String words) {
        return inOtherWords(WordOdds.REOPENINGS, WordOdds.REOPENING_THRESHOLD,
                Arrays.stream(Words.sentences(words)).map(String::strip).filter(sentence -> !sentence.isEmpty()).toList());
    }

    /** What the sentences, all together, say by the reader's odds; the sentence that tells it most is the evidence. */
    private static Optional<String> inOtherWords(WordOdds odds, double threshold, List<String> stating) {
        if (stating.isEmpty() || odds.logOdds(String.join(" ", stating)) <= threshold) {
            return Optional.empty();
        }
        return stating.stream().max(Comparator.comparingDouble(odds::logOdds));
    }

    /**
     * A question naming a sum, a counter-offer: "The price is too high for us. Can you do it for
     * $80,000?" declines nothing, "500к и по рукам?" accepts nothing.
     */
    private static boolean offersASum(Vocabulary vocabulary, String sentence) {
        return sentence.strip().endsWith("?")
                && Amounts.first(vocabulary.numberWords().digits(sentence), Amounts.usualIn(sentence)).isPresent();
    }

    /** A sum the lead says they would pay instead: "price is too high. I give you 234 thousand dollars" declines nothing. */
    private static boolean paysASum(Vocabulary vocabulary, String sentence) {
        Matcher pays = PAYS.matcher(sentence);
        return pays.find() && Amounts.first(vocabulary.numberWords().digits(sentence.substring(pays.end())), Amounts.usualIn(sentence)).isPresent();
    }

    private static boolean asksThePriceOrOffersASum(Vocabulary vocabulary, String sentence) {
        return vocabulary.priceQuestion().matches(sentence) || offersASum(vocabulary, sentence);
    }

    /**
     * An acceptance outside sentences that ask the price or offer another sum: "сколько стоит час и
     * когда можете стартовать?" is an inquiry.
     */
    private static Optional<String> accepted(Phrases acceptances, Vocabulary vocabulary, String words) {
        for (String sentence : Words.sentences(words)) {
            if (!asksThePriceOrOffersASum(vocabulary, sentence)) {
                Optional<String> won = affirmed(acceptances, sentence, vocabulary.negation());
                if (won.isPresent() && !onlyAStepBefore(vocabulary, sentence, won.get()) && !onASum(vocabulary, sentence, won.get())
                        && !acceptsSomethingElse(sentence, won.get()) && !startsWithSoMany(vocabulary, sentence, won.get())
                        && !aLaunchBy(sentence, won.get())) {
                    return won;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an acceptance is the condition of a sum just before it, a counter-offer: "$45k and we
     * have a deal", "1,2 млн — и по рукам", "Давайте за 600 тыс. руб., и завтра же подписываем договор".
     */
    private static boolean onASum(Vocabulary vocabulary, String sentence, String won) {
        String digits = vocabulary.numberWords().digits(sentence);
        int at = Words.indexOf(digits, won);
        if (at <= 0) {
            return false;
        }
        Optional<Amounts.Found> sum = Amounts.last(digits.substring(0, at), Amounts.usualIn(sentence));
        return sum.isPresent() && SUM_JOINED.matcher(digits.substring(sum.get().position() + sum.get().words().length(), at)).matches()
                || A_PRICE_UNNAMED_JOINED.matcher(digits.substring(0, at)).find();
    }

    /**
     * A price as a bare number, its currency and thousands understood, joined to the acceptance after it: "Давай за 400 и
     * по рукам?", "For 45 and we have a deal?" ("за 2 недели и по рукам" names no price).
     */
    private static final Pattern A_PRICE_UNNAMED_JOINED = Pattern.compile("(?<![\\p{L}])(?:за|for)\\s+\\d[\\d\\s.,]*?"
            + SUM_JOINED.pattern() + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A launch by a time, the lead's product's deadline: "запускаемся до тендера в октябре", not the deal's start. */
    private static final Pattern A_LAUNCH_BY = Pattern.compile("(?:запуска\\p{L}*|launch\\p{L}*)\\s+(?:до|перед|к|before|by|ahead of)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean aLaunchBy(String sentence, String won) {
        int at = Words.indexOf(sentence, won);
        return at >= 0 && A_LAUNCH_BY.matcher(sentence).region(at, sentence.length()).lookingAt();
    }

    /**
     * A start with so many people, a team's size: "Let's start with 3 and scale up once the pilot goes live",
     * "Работать с вами будут 3 наших сотрудника напрямую".
     */
    private static boolean startsWithSoMany(Vocabulary vocabulary, String sentence, String won) {
        int at = Words.indexOf(sentence, won);
        return at >= 0 && WITH_A_COUNT.matcher(vocabulary.numberWords().digits(sentence.substring(at + won.length()))).lookingAt();
    }

    /**
     * An acceptance of what the lead's product lets its own users do ("a site where people can book +
     * pay a deposit", "where people pick a lesson, pay a deposit", "pay deposit online"), of the rest of a proposal while one thing of it is asked again ("Просим
     * пересмотреть стоимость…, в остальном предложение устраивает"), or of someone in the owner's
     * place ("подрядчик, которого мы выбрали вместо вас") accepts nothing, and nor does "it's you" that opens a clause of
     * who does something ("It is you who must decide").
     */
    private static final Pattern IT_IS_YOU = Pattern.compile("it(?:'s| is) you", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHO_AFTER = Pattern.compile("\\s*,?\\s*(?:who|that)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private static boolean acceptsSomethingElse(String sentence, String won) {
        int at = Words.indexOf(sentence, won);
        return at >= 0 && (SOMETHING_ELSE_BEFORE.matcher(sentence.substring(Math.max(0, at - 60), at)).find()
                || FEATURE_AFTER.matcher(sentence).region(at + won.length(), sentence.length()).lookingAt()
                || IT_IS_YOU.matcher(won).matches() && WHO_AFTER.matcher(sentence).region(at + won.length(), sentence.length()).lookingAt()
                || INSTEAD.matcher(won).find());
    }

    /**
     * Whether an acceptance's words govern only a step before the deal ("следующий шаг — подписываем
     * NDA, и тогда…", "let's sign the NDA first"): the step's paper right after them, and no "and"
     * joining another paper to it ("we'll sign the NDA and the main agreement today" accepts); or the
     * paper just before them, as what they say of it ("the NDA (attached, signed on our side)", "NDA,
     * подписанный с нашей стороны").
     */
    private static boolean onlyAStepBefore(Vocabulary vocabulary, String sentence, String won) {
        int at = Words.indexOf(sentence, won);
        if (at < 0) {
            return false;
        }
        Matcher before = PAPER_JUST_BEFORE.matcher(sentence.substring(0, at));
        if (before.find() && (vocabulary.preliminary().matches(before.group(1))
                || before.group(2) != null && vocabulary.preliminary().matches(before.group(2)))) {
            return true;
        }
        String after = sentence.substring(at + won.length());
        Optional<String> step = vocabulary.preliminary().find(after);
        if (step.isEmpty()) {
            return false;
        }
        int stepAt = Words.indexOf(after, step.get());
        return stepAt >= 0 && ARTICLES_ONLY.matcher(after.substring(0, stepAt)).matches()
                && !JOINED.matcher(after.substring(stepAt + step.get().length())).lookingAt();
    }

    /**
     * The first match of the phrases in a clause that no negation word comes before or just after, nor stands
     * inside it where the phrase skips words ("the project isn't cancelled"), outside a sentence that
     * begins with a condition ("if the board says no, we'd build it in-house") or in a clause where a
     * condition comes shortly before it ("what happens if the project is cancelled?").
     */
    static Optional<String> affirmed(Phrases phrases, String text, Phrases negation) {
        return affirmed(phrases, text, negation, false);
    }

    /**
     * As {@link #affirmed(Phrases, String, Phrases)}, the words that turn a phrase round sought
     * anywhere before it in its sentence rather than just before it: a promise tells its tense
     * early ("I'll follow up with a timeline and cost estimate by Wednesday", "we'll prepare two
     * options, fixed price and T&M").
     */
    static Optional<String> affirmedInSentence(Phrases phrases, String text, Phrases negation) {
        return affirmed(phrases, text, negation, true);
    }

    private static Optional<String> affirmed(Phrases phrases, String text, Phrases negation, boolean wholeSentence) {
        for (String sentence : Words.sentences(DENIED_SAYING.matcher(QUOTED.matcher(text).replaceAll("«…»")).replaceAll("$1«…»"))) {
            if (CONDITION.matcher(sentence.strip()).lookingAt()) {
                continue;
            }
            StringBuilder earlier = new StringBuilder();
            boolean inAClause = false;
            for (String clause : CLAUSE.split(NOT_BECAUSE.matcher(sentence).replaceAll("$1 "))) {
                Optional<String> match = phrases.find(clause);
                if (match.isPresent()) {
                    inAClause = true;
                    if (stands(match.get(), clause, earlier.toString(), phrases, negation, wholeSentence)) {
                        return match;
                    }
                }
                earlier.append(clause).append(' ');
            }
            // A short phrase across a clause mark ("ок, го", "спасибо, но нет") is read in its sentence as a
            // whole; a longer one would join what the mark keeps apart ("agreed, I'll send the proposal").
            Optional<String> across = inAClause ? Optional.empty()
                    : phrases.find(sentence).filter(match -> match.strip().split("\\s+").length <= ACROSS_A_CLAUSE_MARK);
            if (across.isPresent() && stands(across.get(), sentence, "", phrases, negation, wholeSentence)) {
                return across;
            }
        }
        return Optional.empty();
    }

    /** Someone's words quoted in guillemets or curly quotes, no statement of the writer's: "ты написал «жаль, что не сложилось»". */
    private static final Pattern QUOTED = Pattern.compile("«[^«»\\n]{1,80}»|“[^“”\\n]{1,80}”");
    /** What the writer says they did not say, no statement of theirs either, across the comma a negation stops at: "я не говорила, что мы не будем делать сайт". */
    private static final Pattern DENIED_SAYING = Pattern.compile("((?<![\\p{L}])(?:не|never|didn't|did not)\\s+(?:говорил\\p{L}{0,2}|сказал\\p{L}{0,2}|писал\\p{L}{0,2}|said|say|wrote|write|meant|mean)"
            + ",?\\s+(?:что|that)\\s+)[^.!?\\n]{1,80}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A question or a step still ahead just before a phrase: "возможно ли заключение договора",
     * "whether we can sign", "счёт пришлю после согласования КП".
     */
    private static final Pattern UNSETTLED_BEFORE = Pattern.compile("(?<![\\p{L}])(?:whether|ли|after|после)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "в зависимости от того, берём ли мобильную часть": a verb followed by "ли" asks, it does not say. */
    private static final Pattern QUESTION_PARTICLE = Pattern.compile("\\s*ли(?![\\p{L}])");

    /**
     * Whether the phrase found in the clause says what it says: no negation word before it (in
     * its clause, or anywhere earlier in its sentence when {@code wholeSentence}), just after it or
     * skipped inside it, no condition, question or step ahead just before it and no question particle just after it.
     */
    private static boolean stands(String match, String clause, String earlier, Phrases phrases, Phrases negation,
                                  boolean wholeSentence) {
        String normalisedClause = Phrases.normalise(clause);
        int at = normalisedClause.indexOf(Phrases.normalise(match));
        String before = at < 0 ? "" : clause.substring(0, at);
        String near = wholeSentence ? earlier + before : lastWords(before);
        String after = at < 0 ? "" : firstWords(normalisedClause.substring(at + Phrases.normalise(match).length()));
        return !negation.matches(near) && !negation.matches(after) && !CONDITION_WORD.matcher(lastWords(before)).find()
                && !UNSETTLED_BEFORE.matcher(lastWords(before)).find()
                && !QUESTION_PARTICLE.matcher(after).lookingAt() && !negatedInside(match, phrases, negation);
    }

    /**
     * A negation the phrase skipped over ("the project isn't cancelled" read by "project ...
     * cancel*"): without it the words still match, so it is not part of the phrase ("decided not to
     * proceed" without "not" matches nothing) and turns the phrase round.
     */
    private static boolean negatedInside(String match, Phrases phrases, Phrases negation) {
        List<String> kept = new ArrayList<>();
        boolean skipped = false;
        for (String word : match.strip().split("\\s+")) {
            if (negation.matches(word)) {
                skipped = true;
            } else {
                kept.add(word);
            }
        }
        return skipped && phrases.matches(String.join(" ", kept));
    }

    /**
     * The first words after a phrase, where a negation of it may stand too: "отказываться от вас
     * не собираемся", "cancelling the project is not an option".
     */
    private static String firstWords(String text) {
        // Not beyond a conjunction: "the budget got cut and it's not coming back" declines.
        String[] words = text.strip().split("(?:^|\\s+)(?:and|и|а|so|так что)\\s+", 2)[0].split("\\s+");
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, NEGATION_AFTER)));
    }

    /** The last few words before a phrase, where a negation of it would stand. */
    private static String lastWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.asList(words).subList(Math.max(0, words.length - NEGATION_REACH), words.length));
    }
}
