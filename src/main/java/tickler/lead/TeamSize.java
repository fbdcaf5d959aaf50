package tickler.lead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * A head count by a small grammar over text whose numbers are digits (see {@link NumberWords}):
 * <ul>
 *   <li>number, up to four modifiers, a people noun: "5 developers", "3 full-time senior
 *       engineers", "двое опытных фронтендеров" (read as "2 опытных фронтендеров"), "12-person team";</li>
 *   <li>a team word, an optional hedge, the number: "team of 4", "a team of about 10",
 *       "команда из 5", "Staffing: team 6".</li>
 * </ul>
 * A range ("5–7 developers", "5 to 7", "от 5 до 7 человек") counts as its upper value: the team
 * the lead expects to need at most. Modifiers are any words but function words (Lucene's English
 * and Russian stop lists), so "3 weeks with our developers" is no team. A list of the team by role
 * is its sum, a role named alone in it one person ("a PM, two backend devs and a QA" is 4); a
 * count in a clause about people who are not the deal's team ("we have 40 staff ourselves") is
 * not read.
 */
final class TeamSize {

    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final int LARGEST = 100_000;
    private static final int MODIFIERS = 4;
    private static final CharArraySet FUNCTION_WORDS = functionWords();
    /**
     * A team noun that only places the count ("2 on your side", "трое на проекте") counts bare
     * numbers: words between make the count one of something else ("1 open question on your side").
     */
    private static final Pattern PLACE = Pattern.compile("[\\s-]+(?:on|from|от|на)\\s", Pattern.UNICODE_CASE);
    private static final String CLAUSE_MARKS = ",.;:!?\n—–()";
    private static final Set<String> CONJUNCTIONS = Set.of("and", "и", "plus", "плюс", "or", "или");
    private static final Set<String> CONNECTORS = Set.of("including", "incl", "включая", "числе", "plus", "плюс", "also", "также");
    private static final Set<String> PLACING = Set.of("на", "под", "for", "on");
    /**
     * Words before a role that make it a wish about the people counted before it, or one of them, not one
     * more: "9 разработчиков, желательно сеньоры", "По людям: 6, считая дизайнера".
     */
    private static final Set<String> QUALIFIERS = Set.of("preferably", "ideally", "желательно", "предпочтительно", "лучше", "обязательно",
            "считая", "counting");
    /** A magnitude or currency after a team word's number makes it money: "у нас примерно 1 млн". */
    private static final Pattern MONEY_AFTER = Pattern.compile(
            "\\s*(?:млн|млрд|тыс|тысяч\\p{L}*|миллион\\p{L}*|миллиард\\p{L}*|k|к|m|mln|millions?|thousands?|lakhs?|lacs?|crores?|руб\\p{L}*|р\\.|usd|eur|\\$|€|£|₽|%)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "310 person-days", "20 man-hours": effort, no head count. */
    /** A day of the month, not a count: "мы держим для вас команду до 15-го". */
    private static final String ORDINAL_ENDING = "-(?:го|ого|е|ое|й|ый|ая)(?![\\p{L}])";
    private static final String EFFORT = "-(?:days?|hours?|weeks?|months?|years?|дн\\p{L}*|час\\p{L}*)(?![\\p{L}])";
    /** A word a number names the part of the work by, not a count: "six people for phase one — four devs…". */
    private static final String NUMBERED_PART = "(?:phase|stage|step|sprint|milestone|этап|фаза|шаг|спринт)[ \\u00A0]";
    /**
     * A role's word naming the product or a part of it instead: "one mobile app for booking", "a couple of mobile features"
     * (a "mobile app developer" is still one).
     */
    private static final String PRODUCT = "[\\s-]+(?:apps?|applications?|websites?|sites?|features?|screens?|pages?|modules?|releases?|"
            + "приложени\\p{L}*|сайт\\p{L}*|экран\\p{L}*|страниц\\p{L}*|функци\\p{L}*|модул\\p{L}*)(?![\\p{L}])";
    /** Where a team is from, not how many it is: "Мы команда из двух городов — Инты и Коломбо", "a team of two countries". */
    private static final String PLACES = "[\\s\\u00A0]+(?:cities|countries|continents|offices|locations|time\\s+zones|городов|стран|континентов|офисов|"
            + "филиалов|часовых\\s+поясов)(?![\\p{L}])";
    private static final String GRADES = "senior|junior|middle|mid";
    /**
     * A grade counted alone ("3 seniors") that is the first word of a role named after it: "2 Senior Backend Engineers"
     * counts the engineers, and the list goes on after them ("one senior Android developer" stays one senior).
     */
    private static final String GRADE_OF_A_ROLE = "(?<=" + GRADES + ")[\\s-]+(?:[\\p{L}][\\p{L}/-]*[\\s-]+){0,2}"
            + "(?:engineers|developers|devs|designers|testers|programmers|analysts)(?!" + WORD_CHAR + ")";
    private static final Pattern GRADE_LAST = Pattern.compile("(?<![\\p{L}])(?:" + GRADES + "|сеньор\\p{L}*|синьор\\p{L}*|мидл\\p{L}*|джун\\p{L}*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WANTED_AFTER_AND = Pattern.compile("(?<![\\p{L}])(?:and\\s+(?:we\\s+|i\\s+)?(?:need|want|are looking for|'re looking for|am looking for)"
            + "|и\\s+(?:нам\\s+|мне\\s+)?(?:нужн\\p{L}*|требу\\p{L}*)|и\\s+(?:мы\\s+)?ищем)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String NUMBER = "(?<n>\\d{1,6})(?:[ \\u00A0]*(?:[-–—]|to|or|или|до)[ \\u00A0]*(?<upper>\\d{1,6}))?";

    private final Pattern before;
    private final Pattern after;
    private final Pattern role;
    private final Phrases roleWords;
    /** A technology counted as people, only with its count: "2 Flutter". */
    private final Pattern stack;
    private final Phrases stackWords;
    private final Pattern noun;
    /** A list of roles each followed by its count: "PM 1, backend 2, frontend 2, QA 1" is "1 PM, 2 backend, …". */
    private final Pattern rolesThenCounts;
    private final Pattern roleThenCount;
    private final Phrases elsewhere;

    TeamSize(Vocabulary vocabulary) {
        String hedges = vocabulary.hedges().alternation();
        String hedge = hedges == null ? "" : "(?:[\\s:]+" + hedges + "){0,2}";
        this.before = vocabulary.teamSizeBefore().alternation() == null ? null : Pattern.compile(
                "(?<!" + WORD_CHAR + "|\\d[\\s\\u00A0]{1,2})" + vocabulary.teamSizeBefore().alternation() + hedge + "(?:[\\s:(]+|\\s*[—–]\\s*)" + NUMBER
                        + "(?!" + WORD_CHAR + "|[.,]\\d|" + ORDINAL_ENDING + "|" + PLACES + ")");
        this.after = vocabulary.teamSizeAfter().alternation() == null ? null : Pattern.compile(
                "(?<!" + WORD_CHAR + "|[.,]|" + NUMBERED_PART + ")" + "(?:(?:from|от)[ \\u00A0]+)?" + NUMBER
                        + "(?<modifiers>(?:[\\s-]+[\\p{L}][\\p{L}-]*(?:/[\\p{L}-]+)?(?:\\s*[+&]\\s*[\\p{L}][\\p{L}-]*)?){0," + MODIFIERS + "}?)[\\s-]+"
                        + vocabulary.teamSizeAfter().alternation() + "(?!" + WORD_CHAR + "|" + EFFORT + "|" + PRODUCT + "|" + GRADE_OF_A_ROLE + ")");
        this.elsewhere = vocabulary.teamElsewhere();
        this.noun = vocabulary.teamSizeAfter().alternation() == null ? null
                : Pattern.compile(vocabulary.teamSizeAfter().alternation());
        String roleOrNoun = vocabulary.teamRoles().alternation() == null || vocabulary.teamSizeAfter().alternation() == null ? null
                : "(?:" + vocabulary.teamRoles().alternation() + "|" + vocabulary.teamSizeAfter().alternation() + ")";
        // One digit each: "iOS 17, Android 14" are versions, not people.
        String item = "(?<![\\p{L}\\p{N}-])(?<role>" + roleOrNoun + ")[^\\S\\n]+(?<n>[1-9])(?![\\p{L}\\p{N}]|[.,]\\d)";
        this.roleThenCount = roleOrNoun == null ? null : Pattern.compile(item, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.rolesThenCounts = roleOrNoun == null ? null : Pattern.compile(item + "(?:[^\\S\\n]*[,;][^\\S\\n]*(?:(?:and|и)[^\\S\\n]+)?"
                + item.replace("<role>", "<role2>").replace("<n>", "<n2>") + ")+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // A role never starts inside a hyphenated word: "бэкенд-разработчик" is one backend developer;
        // a modifier may pair two words with a slash ("UI/UX designer").
        this.roleWords = vocabulary.teamRoles();
        this.stackWords = vocabulary.teamStacks();
        this.role = vocabulary.teamRoles().alternation() == null ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}-])(?:(?<n>\\d{1,3})\\s+|(?:a|an|one|один|одна|одного|одну)\\s+)?(?:(?<mod>[\\p{L}-]+(?:/[\\p{L}-]+)?)\\s+)?"
                        + vocabulary.teamRoles().alternation() + "(?!" + WORD_CHAR + ")");
        this.stack = vocabulary.teamStacks().alternation() == null ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}-])(?<n>\\d{1,3})\\s+(?:(?<mod>[\\p{L}-]+)\\s+)?" + vocabulary.teamStacks().alternation() + "(?!" + WORD_CHAR + ")");
    }

    /** What follows a total that lists its parts: a colon, a dash, a bracket, "including", "comprising", "из них". */
    private static final Pattern BREAKDOWN = Pattern.compile(
            "\\)?(?:\\s+[\\p{L}\\p{N}']+){0,4}?\\s*(?:[:(—–]|(?<!\\n[^\\S\\n]{0,3})-\\s|(?<=total|altogether|overall|всего|итого),|,?\\s*(?:including|incl\\.?|namely|i\\.e\\.|comprising(?:\\s+of)?|consisting of|made up of|включая|в том числе|из них|а именно|в составе|состоящ\\p{L}* из))");

    private static final Pattern SENTENCE_END = Pattern.compile("\\s*[.!]\\s+");

    /**
     * A number that introduces a list of its own ("пятеро: менеджер, дизайнер и трое разработчиков",
     * "we'd want 6 — 4 devs and 2 QA"): a total only when counts of people follow it.
     */
    private static final Pattern LIST_TOTAL = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<n>\\d{1,6})(?=\\s*[:—–]\\s)");

    /**
     * A total stated after the parts it sums up: "…and a QA, so eight with the PM", "…, итого восемь"; a
     * question of the sum sums the sentence before it: "…needs a designer, two developers and someone to test it. So four?"
     */
    private static final Pattern STATED_TOTAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?<explicit>итого|всего|in total|total|=|->|=>|→|so(?=\\s*\\d{1,6}\\s*\\?))|so|that's|that makes|то есть)\\s*[:—–-]?\\s*(?<n>\\d{1,6})(?![\\p{L}\\p{N}]|[.,]\\d)");
    /**
     * A total named as one after its parts: "…plus our PM, four altogether", "so three of us in total", "so a
     * four-person team in total".
     */
    private static final Pattern TOTAL_AFTER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(?<n>\\d{1,6})(?:\\s+(?:people|persons|ppl|folks|heads|человека?|чел\\.?|of us)|[- ](?:person|strong) team)?\\s+(?<explicit>altogether|in total|total|all up|overall|всего|в сумме)(?![\\p{L}])");
    /** A number of weeks or months after "so" or "total" is no head count: "2 devs, so 3 weeks". */
    private static final Pattern TIME_AFTER = Pattern.compile(
            "\\s*(?:weeks?|months?|days?|years?|hours?|sprints?|wks?|mo|недел\\p{L}*|нед|месяц\\p{L}*|мес|дн(?:я|ей)|лет|год\\p{L}*|час\\p{L}*|спринт\\p{L}*)(?![\\p{L}])",
            Pattern.UNICODE_CASE);

    /**
     * Words that make the head count beside them a part of one counted before it: "5 people, with one
     * team lead among them", "шесть человек, из них один тимлид", "of whom two seniors", "a team of 6,
     * with at least one senior backend engineer".
     */
    private static final Pattern OPEN_BRACKET = Pattern.compile("[^\\S\\n]*\\([^()\\n]{0,40}");
    /** ...or in its own words: "we are eight people in the whole studio, and I can give you three of them". */
    private static final Pattern PART_AFTER = Pattern.compile("\\s*(?:among them|of them|среди них|из них)(?![\\p{L}\\p{N}])");
    private static final Pattern PART_BEFORE = Pattern.compile(
            "(?:,\\s*(?:at least|хотя бы)|(?<![\\p{L}\\p{N}])(?:из них|среди них|of whom|of which|among them|with at least|includes|including|incl\\.?|вкл\\.?|включая|в том числе|в т\\.\\s?ч\\.|считая|counting))(?![\\p{L}])\\s*[,:—–-]?\\s*(?:(?:the|a|an)\\s+)?"
            + "(?:(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+\\s*(?:,|и|and|&|\\+|\\()\\s*)?$");
    /** Words before "3 pm" that make it a time of day, not a project manager and two more. */
    private static final Pattern CLOCK_BEFORE = Pattern.compile("(?:at|by|until|till|from|to|around|before|after|-|–)\\s*$");
    private static final Pattern PLURAL_RUSSIAN = Pattern.compile("(?:ы|и|ов|ев|ей)$");
    /** What sets a restated total apart from the list before it: a comma or a dash. */
    private static final Pattern RESTATING_MARK = Pattern.compile("[,—–]");
    /** People counted as people, not by role: "5 people", "три человека". */
    private static final Pattern PEOPLE = Pattern.compile("(?:people|persons|humans|ppl|specialists|человек\\p{L}*|чел|специалист\\p{L}*)\\.?$", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** Russian adverbs of so many people together; {@link NumberWords} leaves them as words. */
    private static final Map<String, Integer> TOGETHER_COUNTS = Map.of("вдвоем", 2, "втроем", 3, "вчетвером", 4, "впятером", 5,
            "вшестером", 6, "всемером", 7, "ввосьмером", 8, "вдевятером", 9, "вдесятером", 10);
    private static final Pattern TOGETHER = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", TOGETHER_COUNTS.keySet()).replace("е", "[её]")
            + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words before a role named alone that make it the whole team: "нужен только дизайнер", "we only need a QA". */
    private static final Pattern ONLY_BEFORE = Pattern.compile("(?<![\\p{L}])(?<!как\\s)(?<!not\\s)(?:только|лишь|only|just)\\s+(?:need\\s+)?(?:an?\\s+|one\\s+|один\\s+|одна\\s+|одного\\s+)?$");
    private static final Pattern BREAKDOWN_AHEAD = Pattern.compile("\\s*[:—–]");
    private static final Pattern ME_BEFORE = Pattern.compile("(?<![\\p{L}])(?:me|myself|я|сам|сама)\\s*(?:\\+|and|и|plus|плюс)\\s*(?:ещ[её]\\s+)?$");
    /** The writer naming a part of the work as their own: "дизайн делаю я сам", "I do the design myself". */
    /**
     * The writer working alone: the owner's "Я работаю один, так что делать буду сам" is a team of one, the lead's
     * "Я кадастровый инженер, работаю один" (digits: "работаю 1") the size of its own business.
     */
    private static final Pattern WORKING_ALONE = Pattern.compile("(?<![\\p{L}])(?:работаю|i work)\\s+(?:1|alone|on my own|в одиночку)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Working alone told as the studio's way of taking work, the same in every first reply: "Я работаю одна, поэтому беру не всё подряд". */
    private static final Pattern WORKING_ALONE_AS_A_RULE = Pattern.compile(WORKING_ALONE.pattern() + ",?\\s+(?:поэтому|так что|so|that's why|which is why)"
            + "\\s+(?:сразу\\s+|я\\s+|i\\s+)?(?:беру|не беру|спрашиваю|уточняю|take|only take|ask)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WRITER_IS_THE_ROLE = Pattern.compile("\\s*(?:[—–-]|is|это)\\s*(?:me|myself|я)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAMED_IS_THE_ROLE = Pattern.compile("[^\\S\\n]*[—–:][^\\S\\n]*\\p{Lu}\\p{Ll}+(?![\\p{L}])");
    private static final Pattern WRITER_AMONG = Pattern.compile("(?<![\\p{L}])(?:я сам|я сама|сам делаю|сама делаю|я на связи|я веду|myself|i do|i'll do|i will do|i handle|i'll handle|i manage|i'll manage)(?![\\p{L}])");
    private static final Pattern ME_AFTER = Pattern.compile("(?:[^\\S\\n]+(?:at half|на полный день|на полставки|full[- ]time|part[- ]time))?\\s*,?\\s*(?:\\+|and|и|plus|плюс)\\s*(?:me|myself|я|меня)(?![\\p{L}])(?!\\s+(?:as|как))");
    /** What follows a count of one that makes it a member of a group: "one of us", "one of your developers". */
    private static final Pattern ONE_OF = Pattern.compile("\\s+of\\s");
    /**
     * A count said not to be the figure ("not 4 devs, make it 5", "четыре человека, а не пять"), said to be
     * none ("ни одного свободного человека"), or of the people something is for ("реально ли это для одного человека").
     */
    private static final Pattern NEGATED = Pattern.compile("(?<![\\p{L}])(?:not|не|ни|для)\\s+$");
    /** A sentence on a condition up to a count: "Если захотите ускориться — добавим …", "If the budget allows, …". */
    private static final Pattern ON_A_CONDITION = Pattern.compile("(?<![\\p{L}])(?:если|if)(?![\\p{L}])[^.!?\\n]*$");
    /** "One more" just before a count: "…добавим ещё 1 бэкендера", "…another 2 devs". */
    private static final Pattern MORE_JUST_BEFORE = Pattern.compile("(?<![\\p{L}])(?:еще|another|an extra)\\s+$");
    /** The client's own people, just before their count: "ваши два разработчика остаются на поддержке" ("под ваши задачи выделим 5 разработчиков" is 5). */
    private static final Pattern THEIRS_BEFORE = Pattern.compile("(?<![\\p{L}])(?:ваши|ваших)\\s+$");
    /** What the people counted before it do as customers or visitors. */
    private static final Pattern CUSTOMERS_AFTER = Pattern.compile("\\s+(?:a\\s+(?:day|week|month|year)\\s+)?(?:call|phone|ring|ask|visit|come|use|buy|book|order|"
            + "sign up|register|attend|звонят|приходят|пользуются|заходят|спрашивают|покупают|заказывают|записываются)(?![\\p{L}])");
    /** Those a product is for, its users: "корпоративный портал на 300 сотрудников", "an intranet for 300 employees", "HR portal for ~200 employees". */
    private static final Pattern PRODUCT_FOR = Pattern.compile("(?<![\\p{L}])(?:портал\\p{L}*|приложени\\p{L}*|систем\\p{L}*|сервис\\p{L}*|"
            + "платформ\\p{L}*|сайт\\p{L}*|crm|intranet|portal|app|platform|system|tool|site)\\s+(?:на|для|for)\\s+(?:about\\s+|around\\s+|примерно\\s+|около\\s+|~\\s*)?$");
    /**
     * Its members counted after an organisation of members: "a women's cooperative of argan oil near Agadir, 60 members", "Our
     * beekeepers association (about 400 members)", "CRM for a honey co-op (!). 40 members", "в клубе нас человек сорок", "soybean cooperative in Goiânia with 300 farmer
     * members".
     */
    private static final Pattern ORGANISATION_BEFORE = Pattern.compile("(?<![\\p{L}])(?:co-?operative|co-?op|club|association|union|society|guild|chamber|"
            + "federation|кооператив\\p{L}*|клуб\\p{L}*|ассоциаци\\p{L}*|союз\\p{L}*|объединени\\p{L}*)(?:\\s+[\\p{L}']+){0,5}(?:\\s*(?:,|\\(|\\(!\\)\\.?)\\s*|\\s+нас(?:\\s+человек)?\\s+|\\s+with\\s+)"
            + "(?:~|about\\s+|around\\s+|over\\s+|almost\\s+|nearly\\s+|some\\s+|примерно\\s+|около\\s+|более\\s+|больше\\s+)?$");
    /** A smaller team after the peak: "around ten, then scale down to a core of four" counts the ten. */
    private static final Pattern SCALED_DOWN = Pattern.compile("(?<![\\p{L}])(?:scal\\p{L}*|go|going)\\s+down\\s+to\\s+(?:an?\\s+(?:core|team|crew)\\s+of\\s+)?$");
    /**
     * A count the writer would rather not have: "{n} folks who know what they're doing rather than a dozen juniors"
     * ("I would prefer to deal with no more than 7 people" is a limit, 7).
     */
    private static final Pattern RATHER_THAN = Pattern.compile("(?:(?<![\\p{L}])(?:rather|prefer\\p{L}*|better|instead)(?![\\p{L}])[^.!?\\n]{0,80}"
            + "(?<![\\p{L}])(?<!(?:more|less|fewer)\\s)than|(?<![\\p{L}])лучше(?![\\p{L}])[^.!?\\n]{0,80}(?<![\\p{L}])(?:чем|нежели))\\s+(?:a\\s+|an\\s+)?$");
    /** Its own size said as what the writer is: "We're a 20-person engineering consultancy", "I run a 12-strong shop", "I'm a one-person shop". */
    private static final Pattern OWN_SIZE = Pattern.compile("(?<![\\p{L}])(?:we're|we are|i'm|i am|i run|we run|i own)\\s+an?\\s+(?:[\\p{L}]+\\s+){0,2}"
            + "(?<size>\\d{1,5})[- ](?:person|people|strong|employee|staff)(?![\\p{L}])");
    /**
     * One person named after a count is one of those counted: "{n} people at most, and one contact
     * person for us", "a team of 6, so we're not bottlenecked on one person".
     */
    private static final Pattern ONE_PERSON = Pattern.compile("1\\s+(?:contact\\s+)?(?:person|человек)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * ...unless a skill or a part of the work makes the person a role of the list: "two backend devs, one person who knows
     * React Native, and a QA", "three developers for the app and one person for the admin panel" ("one contact person for us" and
     * "a team of 5, mostly backend, with one person on the UI" are still one of those counted).
     */
    private static final Pattern SKILL_AFTER = Pattern.compile("\\s+(?:(?:who|that|кто|который|которая)\\s+(?:knows|can|does|handles|is good at|знает|умеет|разбирается)"
            + "|(?:for|для)\\s+(?:the\\s+|a\\s+|an\\s+)?(?!(?:us|you|them|me|нас|вас|них)(?![\\p{L}]))\\p{L}+)(?![\\p{L}])");
    /** The one person the lead talks to, after the team: "7 человек, контакт с вами — через одного менеджера". */
    private static final Pattern CONTACT_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:контакт\\p{L}*|contact|общаться|общение|будете общаться|через|point of contact|на связи)(?![\\p{L}])[^.!?\\n]{0,20}$");
    /**
     * ...or after it: "5 человек максимум, и чтобы один менеджер всегда был на связи" ("Достаточно одного толкового
     * программиста, который всегда на связи" is the whole team, described).
     */
    private static final Pattern CONTACT_AFTER = Pattern.compile("^(?!\\s*,?\\s*(?:который|которая|кто|who|that)(?![\\p{L}]))[^.!?\\n]{0,25}?(?<![\\p{L}])(?:на связи|in touch|your (?:single )?point of contact)(?![\\p{L}])");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            // read in normalised text, where "ё" is "е"
            Map.entry("второго", 2), Map.entry("второй", 2), Map.entry("третьего", 3), Map.entry("третий", 3),
            Map.entry("четвертого", 4), Map.entry("четвертый", 4), Map.entry("пятого", 5), Map.entry("пятый", 5));
    /**
     * One more person named by the team's new size: "…and add a third in April", "with a third available mid-month", "один
     * разработчик, дальше подключим второго на интеграции".
     */
    private static final Pattern ADDED_ORDINAL = Pattern.compile(
            "^[^.!?]*?(?<![\\p{L}])(?:(?:add|adding|with|and|plus|\\+|bring in|bring on|take on)\\s+(?:a|an)|подключим|подключить|добавим|добавить|возьмем|и|плюс)\\s+("
            + String.join("|", ORDINALS.keySet()) + ")(?![\\p{L}])");
    /** What {@link #JUST_ME} reads the writer working alone as. */
    private static final String WRITER_ALONE = "1 person";
    /**
     * One more person the writer working alone brings in, in the sentence or the next: "it's just me on this one. I'll do the
     * design and the code myself and bring in a friend for testing the last two weeks" is 2.
     */
    private static final Pattern BRINGS_IN_ONE = Pattern.compile("^[^.!?]*(?:[.!][^.!?]*)?(?<![\\p{L}])(?:bring in|bring on|подключу|позову|возьму|добавлю)\\s+"
            + "(?:an?\\s+|one\\s+|1\\s+|одного\\s+|одну\\s+)?(?:[\\p{L}-]+\\s+)?(?:friend|colleague|freelancer|someone|somebody|tester|designer|developer|друга|подругу"
            + "|знакомого|коллегу|фрилансера|верстальщик\\p{L}*|тестировщик\\p{L}*|дизайнер\\p{L}*|разработчик\\p{L}*)(?![\\p{L}])");
    /** ...or in the next sentence: "It's a one-person job for the first month. After that we'd bring in a second dev". */
    private static final Pattern ADDED_ORDINAL_LATER = Pattern.compile("^[^.!?]*[.!]" + ADDED_ORDINAL.pattern().substring(1));
    /** A next sentence that goes on with the team's later growth. */
    private static final Pattern LATER_SENTENCE = Pattern.compile("[.!]\\s+(?:after that|afterwards|later(?: on)?|then|потом|дальше|затем|позже)(?![\\p{L}])");
    /** More people added to it: "добавим ещё двоих", "и ещё двух мидлов", "plus 2 more". */
    private static final Pattern ADDED_MORE = Pattern.compile(
            "^[^.!?]*?(?<![\\p{L}])(?:добавим|добавить|добавляем|подключим|подключить|и|плюс)\\s+ещ[её]\\s+(\\d{1,2})(?![\\p{L}\\p{N}]|[.,]\\d)");
    /** Words just before a count that add it to the one before: "… и ещё двух мидлов", "and 2 more". */
    private static final Pattern MORE_BEFORE = Pattern.compile("^[^.!?\\n]{0,60}(?<![\\p{L}])(?:ещ[её]|another)\\s*$");
    /**
     * ...or "more" after its number, joined by "and" or "plus", in the next sentence too: "2 Android developers and 1 for
     * the server. And 1 more person who speaks Spanish" is 4 ("Our own team is 12 people, so we need 3 more developers" is 3).
     */
    private static final Pattern MORE_AFTER = Pattern.compile("^\\d{1,3}\\s+more(?![\\p{L}])");
    private static final Pattern NEXT_SENTENCE_GOES_ON = Pattern.compile("^(?:[^.!?\\n]{0,60}?[.!]\\s*(?:and|plus|also)|\\s*,?\\s*(?:and|plus))\\s*$");
    /** Its upper value: ", maybe five", "scaling up to seven", "до семи к запуску". */
    private static final Pattern GROWS_TO = Pattern.compile(
            "^,?\\s*(?:(?:maybe|perhaps|possibly|может|возможно)|[^.!?]*?(?:scale|scaling|scaled|grow|growing|ramp|ramping|расширим|вырастет|увеличим)\\s+(?:it\\s+|up\\s+|до\\s+)*(?:up\\s+)?(?:to|до))\\s+(\\d{1,3})(?![\\p{L}\\p{N}]|[.,]\\d)");
    /**
     * A larger bare count on a condition, opening the next sentence: "Just need 1 solid dev who knows the API, honestly. 2 if it
     * speeds things up." is a range up to 2.
     */
    private static final Pattern MORE_IF_NEXT = Pattern.compile("\\s*[.!]\\s+(?:(?:or|или|ну|maybe|perhaps|может)\\s+)?(\\d{1,3}),?\\s+(?:if|если)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A count after "with" that follows a team's size is a part of it: "a team of 7 with one lead we can ring". */
    private static final Pattern WITH_BEFORE = Pattern.compile("(?<![\\p{L}])(?:with|с)\\s+$");
    private static final Pattern WITH_AFTER_A_TEAM = Pattern.compile(
            "(?<![\\p{L}])(?:team|crew|squad|команд\\p{L}*) (?:of |из )?\\d{1,3}(?:\\s+[\\p{L}-]+){0,2}\\s+(?:with|с)\\s+$");
    /** "2x backend", "iOS x2": the count before the role, as "2 backend", "2 iOS". */
    private static final Pattern TIMES_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?<n>\\d{1,3})\\s?[x×]\\s+(?=[\\p{L}])");
    private static final Pattern TIMES_AFTER = Pattern.compile("(?<![\\p{L}\\p{N}])(?<role>[\\p{L}][\\p{L}.#+-]*)\\s?[x×](?<n>\\d{1,3})(?![\\p{L}\\p{N}])");
    /**
     * "руководитель проекта — 1 чел., backend-разработчики — 2 чел.", "QA: 1 person", "разработчики — 4,
     * тестировщик — 1": a role, then its count of people, as "1 руководитель проекта"; only where the words
     * before the count begin an item of a list and end in a role ("…, QA и дизайнер — шесть человек" restates a
     * total), and the count ends the item when no word of people follows it ("developers: 4 weeks" is no team, nor
     * is "разработка — 1,2 млн руб.").
     */
    private static final Pattern ROLE_THEN_COUNT = Pattern.compile(
            "(?:^|(?<=[:;,(\\n][^\\S\\n]{0,3}))(?<role>[\\p{L}][\\p{L}/-]*(?:\\s+[\\p{L}][\\p{L}/-]*){0,2})\\s*[—–:]\\s*(?<n>\\d{1,3})"
            + "(?:\\s*(?:чел\\.?|человек\\p{L}*|people|persons?|ppl|pax|fte)(?![\\p{L}])|(?=\\s*(?:[;)\\n]|[,.](?!\\d)|$)))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "one dev, maybe two", "одного программиста, честно. ну может двух": a count raised in the same breath is a range
     * up to the larger one.
     */
    private static final Pattern MAYBE_MORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?<n>\\d{1,3})\\s+(?<noun>[\\p{L}-]+)"
            + "(?:,?\\s+(?:честно|honestly|tbh|really))?[,.]?\\s+(?:(?:ну|well|or)\\s+)?"
            + "(?:maybe|perhaps|possibly|может|возможно)\\s+(?<more>\\d{1,3})(?![\\p{L}\\p{N}])(?!\\s+(?:weeks?|months?|days?|years?|hours?|sprints?|"
            + "недел\\p{L}*|месяц\\p{L}*|дн(?:я|ей)|лет|год\\p{L}*|час\\p{L}*)(?![\\p{L}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "один мобильщик под iOS и один под Android", "два iOS-разработчика и один под Android", "one
     * dev for iOS and one for Android", "два разработчика на мобилку и один на бэкенд", "two Android developers and one for the
     * server": the second count's role is the first's.
     */
    private static final Pattern ELLIPTICAL = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,3})\\s+([\\p{L}-]+(?:\\s+(?:developers?|devs?|engineers?|coders?|разработчик\\p{L}*|программист\\p{L}*))?)"
            + "((?:\\s+(?:под|на|for|on)\\s+[\\p{L}\\p{N}#+.-]+)?\\s*(?:,|и|and)\\s+)(\\d{1,3})(?=\\s+(?:под|на|for|on)\\s)", Pattern.UNICODE_CASE);
    /** A number written again in brackets, as in contracts: "10 (ten) Java developers", after {@link NumberWords}. */
    private static final Pattern SPELLED_AGAIN = Pattern.compile("(?<n>\\d{1,6})\\s*\\(\\k<n>\\)");
    /** What follows a bare number judged enough for the work: "… would be plenty", "… хватит". */
    private static final String JUDGED_ENOUGH = "(?=\\s*(?:\\s(?:would|will|should|could)\\s+be\\s+(?:plenty|enough|sufficient|good|fine|ideal|about right|right)"
            + "|\\s(?:хватит|будет достаточно|будет нормально)|\\s*[—–-]\\s*(?:нормально|норм|оптимально|в самый раз|достаточно))(?![\\p{L}]))";
    /**
     * A bare number judged enough for the work, as a guess or a sentence of its own, is so many people:
     * "We reckon 3 would be plenty for what we're asking", "4 should be enough.", "Думаю, 7 хватит?", "Для начала двоих хватит",
     * "…not folks who jump between five projects. 5 would be good.", "мне кажется, 5 — нормально" ("Phase 1 is enough" is no team).
     */
    private static final Pattern ENOUGH = Pattern.compile("(?<lead>(?:^|[.!?]\\s+|(?<![\\p{L}])(?:reckon|think|guess|believe|figure|suppose|say|думаю|кажется|наверное|для начала|для старта|to start(?: with)?)(?:\\s+that|,)?\\s+))"
            + "(?<n>\\d{1,3})" + JUDGED_ENOUGH,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number judged enough after words of people in its sentence: "Нам много людей не надо, 4 хватит, наверно?", "We don't
     * need a big team — 3 would be plenty".
     */
    private static final Pattern ENOUGH_AFTER_PEOPLE = Pattern.compile("(?<lead>(?<![\\p{L}])(?:людей|человек|people|folks|team|crew|команд\\p{L}*)(?![\\p{L}])"
            + "[^.!?\\n\\d]{0,40}?[,—–:]\\s*)(?<n>\\d{1,3})" + JUDGED_ENOUGH,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number asked for in the sentence after words of a team: "A team of 3 is what we had with the previous vendor
     * and it was too slow. Could you do 5?", "Трёх человек мало. Сможете дать 5?"
     */
    private static final Pattern ASKED_AFTER_A_TEAM = Pattern.compile("(?<lead>(?<![\\p{L}\\d])(?:(?:team|crew|squad)\\s+of\\s+\\d{1,3}"
            + "|\\d{1,3}\\s+(?:people|devs|developers|engineers|человек|людей|разработчик\\p{L}*)|команд\\p{L}*\\s+из\\s+\\d{1,3})"
            + "(?![\\p{L}\\d])[^.!?\\n]{0,120}[.!?]\\s+(?:(?:could|can|would|will)\\s+you\\s+"
            + "(?:do|give us|go with|manage|put on|staff it with)|(?:а\\s+)?(?:сможете|можете|получится)\\s+(?:дать|выделить|поставить))\\s+)"
            + "(?<n>\\d{1,3})(?=\\s*\\?)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number expected in the sentence after words of a head count: "Our IT director wants the exact headcount
     * before he approves anything. We expect around 8 — is that in line with your thinking?"
     */
    private static final Pattern EXPECTED_AFTER_A_HEADCOUNT = Pattern.compile("(?<lead>(?<![\\p{L}])(?:headcount|head count|team size|"
            + "размер команды|численност\\p{L}*)(?![\\p{L}])[^.!?\\n]{0,80}[.!?]\\s+(?:we|i|мы|я)\\s+(?:expect|think|reckon|figure|guess|"
            + "ожидаем|думаем|рассчитываем на)\\s+(?:(?:around|about|roughly|около|примерно)\\s+)?)"
            + "(?<n>\\d{1,3})(?=\\s*(?:[.,;!?]|$)|\\s+[—–]\\s)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number said enough first, after words of people shortly before: "Большая команда нам ни к чему. Хватит 3, но опытных."
     */
    private static final Pattern ENOUGH_FIRST = Pattern.compile("(?<lead>(?<![\\p{L}])(?:людей|человек|people|team|crew|команд\\p{L}*)(?![\\p{L}])"
            + "[^\\n\\d]{0,60}?[.!?,—–:]\\s*(?:хватит|достаточно|будет достаточно)\\s+)(?<n>\\d{1,3})(?=\\s*(?:[.,;!]|$)|\\s+(?:но|but)\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number of the studio's people the lead names: "Could be just 6 of you, honestly", "we'd need 4 of you"
     * ("nice to meet the two of you" counts no team).
     */
    private static final Pattern OF_YOU = Pattern.compile("(?<lead>(?<![\\p{L}])(?:be|need|want|take|hire)\\s+(?:just\\s+|only\\s+|about\\s+|around\\s+)?)"
            + "(?<n>\\d{1,3})(?=\\s+of\\s+you(?![\\p{L}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number the work is done with is so many people: "The big agency quoted you a dozen people; we'd do it with eight and
     * move faster", "we can build it with 5"; the same number offered with a role it includes: "Предлагаем семь, включая
     * тестировщика", "we propose 6, including a QA".
     */
    private static final Pattern DONE_WITH = Pattern.compile("(?<lead>(?<![\\p{L}])(?:(?:do|build|deliver|make|handle|run)\\s+(?:it|this|the project|the job|the work)\\s+with\\s+"
            + "|(?:предлагаем|предлагаю|propose|suggest|offer)\\s+(?=\\d{1,3},?\\s+(?:включая|including|в том числе)(?![\\p{L}]))))(?<n>\\d{1,3})(?=\\s*(?:[.,;!)]|$)|\\s+(?:and|и|включая|including|в том числе)(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number to start with, growing later, is so many people: "We'd start with 4 and scale up once the API is
     * stable", "предлагаю начать с 4 и добавить людей после первого релиза", "We'll start with 3 and adjust after the first
     * sprint", "стартуем с 3, дальше по ситуации".
     */
    private static final Pattern START_WITH = Pattern.compile("(?<lead>(?<![\\p{L}])(?:start|starting|begin|начать|начнём|начнем|стартовать|стартуем)\\s+(?:with|с)\\s+)"
            + "(?<n>\\d{1,3})(?=,?\\s+(?:and|и|,\\s+then|, потом|, затем|дальше)\\s+(?:then\\s+|потом\\s+)?(?:scale|grow|see|expand|adjust|по ситуации|расшир\\p{L}*|нарастит\\p{L}*|посмотр\\p{L}*|"
            + "(?:(?:can|could|will)\\s+)?(?:add|добав\\p{L}*)\\s+(?:(?:more|a|another|ещё|еще)\\s+)?"
            + "(?:people|person|someone|devs?|developers?|engineers?|heads|людей|человек\\p{L}*|разработчик\\p{L}*|специалист\\p{L}*))(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number set as the most people after a word of a team in its sentence is so many people: "we don't need a
     * huge team, 4 max", "большая команда не нужна, максимум 4" ("a team of 3 and a budget of 50k max" keeps its 3).
     */
    private static final String TEAM_BEFORE_A_LIMIT = "(?<![\\p{L}])(?:team|crew|squad|команд\\p{L}*)(?![\\p{L}])[^.!?\\n\\d]{0,40}?[,—–:]\\s*";
    private static final Pattern LIMIT_AFTER = Pattern.compile("(?<lead>" + TEAM_BEFORE_A_LIMIT + ")(?<n>\\d{1,3})"
            + "(?=\\s+(?:max|maximum|tops|at most|максимум|макс)(?![\\p{L}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LIMIT_BEFORE = Pattern.compile("(?<lead>" + TEAM_BEFORE_A_LIMIT
            + "(?:максимум|не больше|не более|at most|no more than|max)\\s+)(?<n>\\d{1,3})(?![\\p{L}\\d%]|[.,]\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A bare number of people the writer will not accept more than: "сколько человек реально будет работать. Более 4 — не согласую." */
    private static final Pattern OVER_IS_TOO_MANY = Pattern.compile("(?<lead>(?<![\\p{L}])(?:людей|человек|people|team|crew|команд\\p{L}*)(?![\\p{L}])"
            + "[^\\n\\d]{0,80}?[.!?,—–:]\\s*(?:более|больше|свыше|more than|over)\\s+)(?<n>\\d{1,3})(?=\\s*[—–-]?\\s*(?:не согласую|не согласуем|не подпишу|"
            + "не потянем|(?:is|would be)\\s+too many|too many|is a no)(?![\\p{L}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A bare number after a label of the team's size: "Team size: we're imagining 5 in total", "Численность команды — 6". */
    private static final Pattern SIZE_LABELLED = Pattern.compile("(?<lead>(?<![\\p{L}])(?:team size|headcount|head count|размер команды|численность команды"
            + "|команда с нашей стороны|team on our side|(?:количество|число) (?:специалистов|человек|людей|разработчиков)(?: на проекте| в команде)?"
            + "|number of (?:people|specialists|developers|engineers)(?: on the project| in the team)?)\\s*[:—–-]\\s*"
            + "(?:[\\p{L}']+\\s+){0,3}?)(?<n>\\d{1,3})(?=\\s+(?:in total|total|altogether|overall|max|tops|всего|максимум)(?![\\p{L}])|\\s*[.,;!?]|\\s*$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * People of the team named, each with a role in brackets, after a word of the team: "На проект пойдут: Олег (бэк), Настя
     * (фронт), Илья (мобилка)", "The squad: Ravi (lead, Node), Priya (React)", "who's who: Priya (backend), Tom (mobile), Lena
     * (design, part-time) and Sam on QA" — one member each; two names may share a role ("The crew: Ana (design), Tomás and Ruth
     * (frontend), Kelechi (backend)" is four).
     */
    private static final String NAMED = "\\p{Lu}\\p{Ll}+(?:[^\\S\\n]+(?:and|и|&)[^\\S\\n]+\\p{Lu}\\p{Ll}+)?[^\\S\\n]*\\([^()\\n]{1,30}\\)";
    /** What every list of {@code rolesThenCounts} holds, sought first: a word, one digit and a comma. */
    private static final Pattern A_WORD_THEN_ONE_DIGIT = Pattern.compile("\\p{L}[^\\S\\n]+[1-9][^\\S\\n]*[,;]");
    /**
     * A person named as the last item of a list of counts, by what they do: "2 Flutter devs, 1 Kotlin backend dev and Maria
     * doing QA part-time" names a fourth member.
     */
    private static final Pattern NAMED_DOING = Pattern.compile("((?:,|(?<![\\p{L}])(?:and|plus|и|плюс)|\\+)[^\\S\\n]{1,3})(?-i:(\\p{Lu}\\p{Ll}+))[^\\S\\n]+"
            + "(?:doing|handling|on|does|will do|делает|будет делать|на)[^\\S\\n]+([\\p{L}/-]+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAMED_MEMBERS = Pattern.compile("(?<![\\p{L}])" + NAMED + "(?:[^\\S\\n]*(?:,|;|&|\\+|и|and)[^\\S\\n]*" + NAMED + ")+");
    /**
     * People of the team each named with the part they take, two or more in a row: "Dilshan on Flutter, Priya on the API, Léa
     * on design two days a week, and me keeping things on track" is four, "me on backend, Pedro on the frontend, and Lucía
     * doing design part-time" three (a day is no part: "Anna on Monday").
     */
    private static final String ON_A_PART = "(?:(?-i:\\p{Lu}\\p{Ll}+)|me|myself|я)[^\\S\\n]+(?:on|doing|handling|running|keeping|covering|на|делает|ведет|ведёт)"
            + "[^\\S\\n]+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![\\p{L}]))"
            + "[^,;\\n.!?]{1,40}?(?=[^\\S\\n]*(?:[,;.!?\\n]|$)|[^\\S\\n]+(?:and|и)[^\\S\\n]+)";
    private static final String BETWEEN_PARTS = "(?:[^\\S\\n]*[,;][^\\S\\n]*(?:(?:and|и)[^\\S\\n]+)?|[^\\S\\n]+(?:and|и)[^\\S\\n]+)";
    private static final Pattern NAMED_ON_PARTS = Pattern.compile("(?<![\\p{L}])" + ON_A_PART + "(?:" + BETWEEN_PARTS + ON_A_PART + ")+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAMED_ON_PART = Pattern.compile(ON_A_PART, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern A_COLON_BEFORE = Pattern.compile("[:—–][^\\S\\n]*$");
    /** One name, or two sharing the role (groups by number, 1 the name, 2 the other name or null, 3 the role). */
    private static final Pattern NAMED_MEMBER = Pattern.compile("(\\p{Lu}\\p{Ll}+)(?:[^\\S\\n]+(?:and|и|&)[^\\S\\n]+(\\p{Lu}\\p{Ll}+))?[^\\S\\n]*\\(([^()\\n]{1,30})\\)");
    /** The writer and the colleagues named with them: "Just me and Gabriel on this one" is 2, "только я и Олег" is 2. */
    private static final Pattern ME_AND_NAMED = Pattern.compile("(?<![\\p{L}])(?:(?:just|only)\\s+me|только\\s+я)((?:\\s*(?:,|and|&|и)\\s*(?-i:\\p{Lu}\\p{Ll}+))+)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern TEAM_CUE = Pattern.compile("(?<![\\p{L}])(?:team|squad|crew|staff|who's who|who is who|кто есть кто|команд\\p{L}*|состав\\p{L}*|пойдут|над? (?:ваш\\p{L}*\\s+|наш\\p{L}*\\s+|этот\\s+|этим\\s+)?проект\\p{L}*|on (?:the|your|this) project)(?![\\p{L}])[^.!?\\n]{0,40}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A number of "ones" in the sentence after a count of people stands for so many of them: "Our last vendor put eight
     * people on it and nothing got done. I'd rather have three good ones."
     */
    private static final Pattern ONES_AFTER_PEOPLE = Pattern.compile("(?<lead>(?<![\\p{L}\\d])\\d{1,3}\\s+(?:people|devs|developers|engineers|guys|folks)"
            + "(?![\\p{L}\\d])[^.!?\\n]{0,120}[.!?]\\s+[^.!?\\n\\d]{0,40}?)(?<n>\\d{1,3})(?=\\s+(?:\\p{L}+\\s+)?ones(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A bare number read as so many people by the words around it, the limit's first. */
    private static final List<Pattern> BARE_COUNTS = List.of(LIMIT_AFTER, LIMIT_BEFORE, OVER_IS_TOO_MANY, SIZE_LABELLED, ENOUGH, ENOUGH_AFTER_PEOPLE, ENOUGH_FIRST, START_WITH,
            OF_YOU, DONE_WITH, ASKED_AFTER_A_TEAM, EXPECTED_AFTER_A_HEADCOUNT, ONES_AFTER_PEOPLE);
    /**
     * The owner working alone: "it would just be me. I don't subcontract.", "хватит меня одной" (digits: "меня 1"), "Just me on
     * it.", "it's only me on this, no team behind the curtain", "делать буду я сам"; "it'd be me writing every line" tells who, not how many ("Just me and Gabriel" is two).
     */
    private static final Pattern JUST_ME = Pattern.compile("(?<![\\p{L}])(?:(?:it|that)(?:'d|\\s+would|'ll|\\s+will)\\s+(?:(?:just|only)\\s+be|be\\s+(?:just|only))\\s+me"
            + "|(?:хватит|достаточно|будет|только)\\s+меня\\s+1"
            + "|(?:(?:it's|it is)\\s+)?(?:just|only)\\s+me(?:\\s+on\\s+(?:this|it|the project)(?:\\s+(?:one|1))?)?(?=\\s*(?:[.;!]|$|,\\s*(?:no|nobody|no one)(?![\\p{L}])))"
            + "|(?:делать\\s+буду|буду\\s+делать|сделаю)\\s+(?:я\\s+)?сама?(?![\\p{L}]))(?![\\p{L}\\p{N}]|[\\s\\u00A0]\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number in the sentence after a question of how many people would work on the project,
     * as its answer: "Сколько человек вы дадите? Мы рассчитывали на 9." is 9 people; "how many
     * people will use it? About 200" asks of no team; "Сколько будет человек в команде? Мы хотим 8" is 8, and
     * so are "How many blokes would you put on it? I'd rather 8 good ones", "you asked how many folks
     * we'd put on it — 8", "Сколько людей будет на проекте? Мы бы хотели не меньше 6" and "Сколько у вас людей будет на
     * проекте? Мне кажется, 7 — нормально", "сколько людей будет делать? нам кажется 7 норм", "Сколько людей — решайте сами, но
     * не меньше 7", "How many people do we need? No idea. My gut says 7", "how many people would that even be? im picturing 3
     * but you're the expert", "Сколько вам людей надо на такое? Я бы взял 50, чтобы побыстрее", "How big a crew are we talking? I was
     * figuring 4, give or take", "сколько людей дашь? нам надо 5, чтоб быстро", "Сколько людей у вас будет на проекте? Нам важно, чтобы их было 5 и чтобы они
     * не менялись", "how many programmer you give? i want 50, to be fast" and "сколько человек посадишь на это? я думал, ну 5, не больше";
     * and after not knowing how many: "I don't know how many people an app like this needs. My gut says 8? You tell me."
     */
    /** What a question of how many people asks them to do: be put on it, work, be needed. */
    private static final String TEAM_VERBS = "(?:put|give|assign|staff|dedicate|allocate|need|needs|work|(?:that|it|this)\\s+(?:even\\s+|really\\s+)?(?:be|take)|надо|дади|дадите|дашь|дадут|даст|дали|ставите|поставите|поставим|посадишь|посадите|посадим|свободно|свободных|free|available|выделите|выделим|выделить|выделят|нужно|нужны|понадоб\\p{L}*|работать|team|команд\\p{L}*|будет|будут|project|проект\\p{L}*)";
    private static final String PEOPLE_ASKED = "(?:people|persons|devs?|developers?|engineers?|programmers?|coders?|folks|blokes|guys|heads|ppl|человек|людей|разработчик\\p{L}*|программист\\p{L}*|специалист\\p{L}*)";
    private static final Pattern ANSWERED = Pattern.compile("(?<question>(?:(?<![\\p{L}])how big\\s+(?:a|of a|is the|will the|would the)\\s+(?:team|crew|squad)(?![\\p{L}])[^?.!\\n]*?\\?"
            + "|(?<![\\p{L}])(?:how many|сколько)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + PEOPLE_ASKED + "(?:(?![\\p{L}])[^?.!\\n]*?(?<![\\p{L}])" + TEAM_VERBS
            + "(?![\\p{L}])[^?.!\\n]*?(?:\\?|\\s[—–](?=\\s))|\\s+[—–](?=\\s)|\\s*\\?)"
            + "|(?<![\\p{L}])(?:know|sure|idea|знаю|уверен\\p{L}*|представляю)\\s+(?:how many|сколько)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + PEOPLE_ASKED
            + "(?![\\p{L}])[^?.!\\n]*?(?<![\\p{L}])" + TEAM_VERBS + "(?![\\p{L}])[^?.!\\n]*\\.)\\s*(?:[^.?!\\n]{1,20}[.!]\\s+)?[^.?!\\n]*?)(?<![\\p{L}\\p{N}.,])(?<n>\\d{1,3})"
            + "(?=\\s*(?:[.,;!)]|$)|\\s*\\?(?<=(?:says|say|guess|think|reckon|maybe|perhaps|думаю|наверное|может|кажется)\\s{1,3}\\d{1,3}\\s{0,2}\\?)|\\s+[—–]\\s|\\s+(?:is|are|would|will|should|sounds?|seems?|good|great|fine|ok|okay|max|tops|minimum|min|минимум|ones?|but|но|будет|хватит|достаточно|норм|нормально|ок|or so|или около того|и чтобы|and that)(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number answering a question of how many the owner puts on such projects, no people named: "Сколько вы обычно
     * ставите на такие проекты? Мы закладывали 58, но это, наверное, с потолка." is 58 people.
     */
    private static final Pattern PUT_ON_ANSWERED = Pattern.compile("(?<question>(?<![\\p{L}])(?:сколько\\s+(?:вы\\s+)?(?:обычно\\s+)?"
            + "(?:ставите|выделяете)|how many\\s+(?:do|would|will)\\s+you\\s+(?:usually\\s+|normally\\s+)?(?:put|staff|assign))"
            + "(?![\\p{L}])[^?.!\\n]*\\?\\s*[^.?!\\n\\d]{0,40}?)(?<![\\p{L}\\p{N}.,])(?<n>\\d{1,3})(?=\\s*(?:[.,;!)]|$))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare number guessed at the end of the question of how many people would work: "Сколько у вас людей будет работать, 5? Это
     * много или мало?" is 5 ("How many people will use it, 300?" asks of no team).
     */
    private static final Pattern GUESSED_IN_THE_QUESTION = Pattern.compile("(?<question>(?<![\\p{L}])(?:how many|сколько)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:people|persons|devs?|developers?|engineers?|folks|человек|людей|разработчик\\p{L}*|программист\\p{L}*|специалист\\p{L}*)(?![\\p{L}])"
            + "[^?.!\\n\\d]{0,40}?(?<![\\p{L}])(?:work|working|need|put|работать|будет|будут|нужно|надо|понадобится)(?![\\p{L}])[^?.!\\n\\d]{0,12}?,\\s*"
            + "(?:(?:like|maybe|say|около|примерно|может)\\s+)?)(?<n>\\d{1,3})(?=\\s*\\?)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A range said with "between": "Team size will be between four and six depending on the phase" is 4-6, read as 6. */
    private static final Pattern BETWEEN = Pattern.compile("(?<![\\p{L}])between\\s+(\\d{1,3})\\s+and\\s+(\\d{1,3})(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A count raised to its most after a comma: "денег на 1 человека, ну максимум на 2." is 1-2, read as 2. */
    private static final Pattern AT_MOST_AFTER = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,3})([^\\S\\n]+[\\p{L}]+)?,[^\\S\\n]+(?:ну[^\\S\\n]+)?"
            + "(?:максимум|max|maximum|at most)[^\\S\\n]+(?:на[^\\S\\n]+)?(\\d{1,3})(?=[^\\S\\n]*(?:[.,;!?)]|$))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Someone for a task, told by the task: "одного iOS, одного Android и кого-то, кто сделает админку для клуба" and "a
     * developer, a designer and someone who knows audio recording" name a third person, whatever the task's words.
     */
    private static final Pattern SOMEONE_WHO = Pattern.compile("(?<![\\p{L}-])(?:(кого-то|кого-нибудь),\\s+кто\\s+[^.!?\\n,;]*"
            + "|(someone|somebody)\\s+who\\s+(?:knows|understands|handles|does)(?![\\p{L}])[^.!?\\n,;]*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern THE_BEFORE_ROLE = Pattern.compile("(?<![\\p{L}])the[^\\S\\n]*$");
    private static final Pattern LEADING_WORD = Pattern.compile("\\s*-?([\\p{L}-]+)");
    /** A count joined to its noun by a hyphen, as an adjective of the work: "a 1-dev job", "a 3-person project". */
    private static final Pattern HYPHENATED_COUNT = Pattern.compile("\\d-[\\p{L}]+$");
    private static final Pattern SIZED_WORK = Pattern.compile("job|task|gig|project|thing|effort", Pattern.CASE_INSENSITIVE);
    /**
     * What may follow the last item of a list: the end of the text or of its clause, a relative
     * clause about it ("…and a PM who talks to me directly"), the word that makes a role a person ("…and a
     * DevOps person"), or words that only place or time it ("…and a QA part-time", "…и пм с вашей стороны", "…and a designer for
     * two weeks", "…и дизайнер на пару недель", "…and a PM at roughly a day a week", "…and a designer a couple of days a
     * week", "…и аналитик на этапе ТЗ", "…+ designer PT", "…and a DevOps engineer on it", "…designer only for weeks 1-3",
     * "…plus somebody to test here in Leh", "…и дизайнера на старте", "…and a designer at the start", "…и тестировщица из Мерсина"), or hedge
     * it ("Team 3 + tester prob."), or judge it ("Two devs and a designer should do it"), or an emoji ("…and someone who can make it look nice 🎨"), or share it ("…and a tester shared with
     * another project").
     */
    private static final Pattern ENDS_ITEM = Pattern.compile("\\s*(?:$|\\p{So}|(?:at )?(?:about |around |roughly |~)?\\d{1,3} ?%|[.,;:!?)\\n—–]|-\\s|на полставки|на полдня|на полный день|part[- ]time|full[- ]time|(?:at )?half[- ]time|at half(?![\\p{L}-])|фултайм|(?:pt|ft)(?![\\p{L}])"
            + "|(?:who|that|which|кто|котор\\p{L}*)(?![\\p{L}\\p{N}])"
            + "|(?:only|только|dedicated)(?![\\p{L}\\p{N}])|(?:here|there|on[- ]site|locally|здесь|тут|на месте)(?![\\p{L}\\p{N}])"
            + "|(?:from|on) (?:your|our) (?:side|end)|(?:из|from) \\p{L}+(?=\\s*(?:$|[.,;:!?)\\n—–]))|с (?:вашей|нашей) стороны|from us(?![\\p{L}])|от нас(?![\\p{L}])"
            + "|(?:for|на) (?:\\S+ ){0,3}(?:weeks?|fortnights?|months?|days?|sprints?|years?|недел\\S*|месяц\\S*|дн(?:я|ей)|спринт\\S*|полгода|год\\S*)(?![\\p{L}\\p{N}])"
            + "|(?:person|guy)(?![\\p{L}])|on (?:it|this|the (?:project|build))(?![\\p{L}])|на проекте(?![\\p{L}])"
            + "|(?:at (?:the )?(?:start|beginning)|at first|initially|to start|на старте|на первом этапе|сначала|сразу|для начала)(?![\\p{L}])"
            + "|(?:at (?:\\S+ ){0,4}?|(?:\\S+ ){1,4}?)(?:a|per) (?:week|month)(?![\\p{L}])"
            + "|(?:на|for|during|in) (?:the )?(?:этап\\S*|стади\\S*|\\S+ (?:phase|stage))(?![\\p{L}])"
            + "|(?:prob\\.?|probably|maybe|perhaps|possibly|возможно|наверное|tbc)(?![\\p{L}])"
            + "|(?:shared|split) (?:with|between)(?![\\p{L}])"
            + "|(?:to|чтобы) (?!(?:the|a|an|our|your|their|my|his|her|its|us|you|them|me|him|it)(?![\\p{L}]))\\p{L}+"
            + "|(?:should|would|could|will|can|might|must)(?![\\p{L}])"
            + "|(?:are|is) (?:enough|plenty|sufficient)(?![\\p{L}])|(?:keeping|to keep) an eye|(?:overseeing|supervising|coordinating)(?![\\p{L}])|(?:and|и) (?:for|для)(?![\\p{L}]))");

    /** A role that ends in what it is there to do, whatever its object after it: "…and someone to test on cheap Android phones". */
    private static final Pattern A_PURPOSE_LAST = Pattern.compile("(?<![\\p{L}])(?:to|чтобы)\\s+\\p{L}+$");

    /** A part of the work named beside roles in a list: "дизайн, фронт, бэк, тестирование", "design, frontend, backend, testing". */
    private static final String WORK_PART = "(?:дизайн|верстк\\p{L}*|тестировани\\p{L}*|разработк\\p{L}*|design|testing|development)(?![\\p{L}])";
    private static final Pattern WORK_PART_BEFORE = Pattern.compile("(?<![\\p{L}])" + WORK_PART + "\\s*,\\s*$");
    private static final Pattern WORK_PART_AFTER = Pattern.compile("\\s*(?:,|и|and)\\s*" + WORK_PART);

    /**
     * What stands between the counts of one list: a comma, "and", "и", a plus; "me as" before the
     * writer's own role, "your" before the studio's ("плюс ваш менеджер"); after an item, the one word
     * of its stack ("2 разработчика на Go и дизайнер", "two devs on React and a QA", "программиста 1С и
     * веб-разработчика") or what it works on, before "и" or "плюс" ("разработчик бота плюс дизайнер"), its share of the week
     * ("a QA two days a week, and me as PM"), a hedge after the "and" or after "really" ("одного толкового разработчика и, может быть,
     * дизайнера"), a short clause of who it is ("a QA who'd join in week 3,
     * and me as PM", "1 dev who knows Flutter and someone to test") or its place ("трое в Хабаровске и двое в Сеуле", "два разработчика из Тынды и тестировщица из Мерсина"); a sentence's end before "plus", even
     * after judging the list enough ("1 for server is enough? Plus somebody to test", "one full-stack developer could do it? Plus maybe a
     * designer"). A line break
     * ends a list unless the next line is a bullet: "команда из 4 человек" and the line below it are
     * two statements.
     */
    /**
     * "one good dev would do us. Maybe a designer for a couple of weeks", "One developer would suffice, I imagine, perhaps with a
     * designer for a few days at the start": a role alone after "maybe" goes on the list past a full stop or a hedge.
     */
    private static final Pattern WOULD_DO_MAYBE = Pattern.compile("[^\\S\\n]+(?:would|could|should|might|will)[^\\S\\n]+(?:do(?:[^\\S\\n]+(?:us|it|the job))?|suffice|be enough)"
            + "(?:,?[^\\S\\n]+i[^\\S\\n]+(?:imagine|think|guess|reckon|suppose))?[^\\S\\n]*[.?!,][^\\S\\n]+(?:maybe|perhaps|possibly|probably)(?:[^\\S\\n]+(?:also|plus|with))?[^\\S\\n]*(?:an?[^\\S\\n]+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORKS_ON_AND = Pattern.compile("[^\\S\\n]+(?:на|под)[^\\S\\n]+\\p{IsCyrillic}+[^\\S\\n]+и[^\\S\\n]*");
    private static final Pattern WORK_AREA = Pattern.compile("фронтенд|фронт|бэкенд|бекенд|бэк|мобилк\\p{L}*|веб|админк\\p{L}*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The platforms one person builds for, named in pairs: "два мобильщика под андроид и айос", "a dev for iOS and Android". */
    private static final String PLATFORM = "(?:ios|айос|android|андроид|web|веб)(?![\\p{L}])";
    private static final Pattern BEFORE_LAST_WORD = Pattern.compile("^.*\\s");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "(?:[^\\S\\n]*\\([^()\\n]{0,40}\\))?(?:[^\\S\\n]+(?:на полставки|на полдня|на фул+тайм|на полный день|part[- ]time|full[- ]time|(?:at )?half[- ]time|at half|(?:ft|pt|fte)(?![\\p{L}])))?"
            + "(?:\\s+(?:on|in|for|на|под)\\s+(?:the\\s+|a\\s+|an\\s+)?[\\p{IsLatin}\\p{N}#+.]+|[^\\S\\n]+with[^\\S\\n]+(?:[\\p{L}\\p{N}#+.]+[^\\S\\n]+){1,2}(?:experience|background|skills)"
            + "|(?:[^\\S\\n]+split)?[^\\S\\n]+(?:in|into|across|between)[^\\S\\n]+\\d{1,2}[^\\S\\n]+(?:squads|teams|streams|groups|pods)"
            + "|[^\\S\\n]+(?:на|под|for|on)[^\\S\\n]+" + PLATFORM + "[^\\S\\n]+(?:и|and)[^\\S\\n]+" + PLATFORM + "(?=[^\\S\\n]*[,;+])|[^\\S\\n]+(?:в|из)[^\\S\\n]+\\p{IsCyrillic}+|[^\\S\\n]+1[СсCc](?![\\p{L}\\p{N}])|[^\\S\\n]+(?:на|под)[^\\S\\n]+\\p{IsCyrillic}+(?=[^\\S\\n]*(?:[,;+]|(?:плюс|и)(?![\\p{L}])))|[^\\S\\n]+\\p{IsCyrillic}+(?:а|я|ов|ей|ий|ых|их)(?=[^\\S\\n]+(?:плюс|и|\\+)[^\\S\\n]))?(?:[^\\S\\n]+(?:part[- ]time|full[- ]time|(?:ft|pt|fte)(?![\\p{L}])))?"
            + "(?:[^\\S\\n]+(?:for|на) (?:\\S+ ){0,3}(?:weeks?|fortnights?|months?|days?|sprints?|years?|duration|engagement|недел\\S*|месяц\\S*|дн(?:я|ей)|спринт\\S*|полгода|год\\S*|срок\\S*)(?:[^\\S\\n]+only)?)?"
            + "(?:[^\\S\\n]*,?[^\\S\\n]+(?:who|who'd|who'll|который|которая|которые)(?:[^\\S\\n]+[^\\s,;.]+){1,5}(?=,|[^\\S\\n]+(?:and|и|plus|плюс)[^\\S\\n]))?"
            + "(?:[^\\S\\n]+(?:at[^\\S\\n]+)?(?:about[^\\S\\n]+|around[^\\S\\n]+|roughly[^\\S\\n]+|~)?\\d{1,3}[^\\S\\n]?%)?"
            + "(?:[^\\S\\n]+(?:at[^\\S\\n]+)?(?:\\S+[^\\S\\n]+){1,4}?(?:a|per)[^\\S\\n]+(?:week|month))?"
            + "(?:[^\\S\\n]+only)?(?:(?:[^\\S\\n]+(?:really|honestly|tbh|честно))?[^\\S\\n]*(?:,|;|\\+|&)?[^\\S\\n]*(?:and then|and|then|и|plus|плюс|а потом|а дальше|along with|together with|with)?"
            + "(?:,?[^\\S\\n]*(?:может быть|возможно|наверное|maybe|perhaps|possibly|probably),?)?"
            + "[^\\S\\n]*(?:(?:me|myself)(?: part[- ]time)? as|я как|меня как|(?:you|yourself) or(?: an?)?|вы или|ты или|your|ваш|ваша|вашего|вашей|our|наш|наша|нашего|нашей|(?<=(?:and|plus)[^\\S\\n]{1,2})the)?[^\\S\\n]*"
            + "|(?:[^\\S\\n]+(?:is|are|would be|will be)[^\\S\\n]+(?:enough|sufficient|plenty)"
            + "|[^\\S\\n]+(?:could|can|would|should|will|might)[^\\S\\n]+(?:do it|do this|manage|handle it|handle this|cope))?[^\\S\\n]*[.?!][^\\S\\n]+(?:plus|плюс|\\+|ну и|and also|а ещё|а еще)[^\\S\\n]+(?:maybe[^\\S\\n]+|perhaps[^\\S\\n]+|может[^\\S\\n]+|возможно[^\\S\\n]+|ещё[^\\S\\n]+|еще[^\\S\\n]+)?"
            + "|[^\\S\\n]*,?\\n\\s*[-•*]\\s*)");

    /** @param counted the head count was written ("2 backend devs"), not a role alone ("a QA") */
    record Found(int size, String words, int position, boolean counted) {
        Found(int size, String words, int position) {
            this(size, words, position, true);
        }
    }

    /**
     * The last head count in text already read by {@link NumberWords#digits}: as with amounts, a
     * message that revises a figure writes the standing one last ("not 3 but 4 developers"). A
     * total that introduces its own breakdown stands over the parts after it ("a team of 5: 2
     * backend devs, 2 mobile, 1 QA", "команда из 5 человек — 3 разработчика и дизайнер").
     */
    Optional<Found> last(String written) {
        if (written == null || written.isEmpty()) {
            return Optional.empty();
        }
        // Every rewrite of a count and every count by noun matches a digit (\d); most messages hold none.
        String ranged = Words.holdsADigit(written)
                ? AT_MOST_AFTER.matcher(BETWEEN.matcher(bareCounted(countsAfterRoles(WORKING_ALONE_AS_A_RULE.matcher(written).replaceAll("")))).replaceAll("$1-$2"))
                .replaceAll("$1-$3$2") : written;
        String alone = together(meAndNamed(named(JUST_ME.matcher(SOMEONE_WHO.matcher(ranged).replaceAll(someone -> someone.group(1) != null ? someone.group(1) + " кто" : someone.group(2) + " who knows")).replaceAll(WRITER_ALONE))));
        String text = Words.holdsADigit(alone) ? countsRewritten(alone) : alone;
        String normalised = Phrases.normalise(text);
        List<Found> all = new ArrayList<>();
        if (Words.holdsADigit(text)) {
            all.addAll(find(before, normalised, text, false));
            all.addAll(find(after, normalised, text, true));
        }
        Set<Integer> ownSizes = ownSizes(normalised);
        List<Found> candidates = List.copyOf(all);
        all.removeIf(found -> elsewhere(found, candidates, normalised) || negated(normalised, found.position())
                || ownSizes.contains(found.position()) || customers(normalised, found));
        List<Found> roles = new ArrayList<>(roles(normalised, text, List.copyOf(all)));
        roles.removeIf(found -> elsewhere.matches(clause(normalised, found.position())) || negated(normalised, found.position()));
        // "Staffing: 2 iOS + 2 Android": the role read with its count stands over the team word's number
        all.removeIf(counted -> roles.stream().anyMatch(r -> overlap(r, counted)));
        all.addAll(roles);
        all.sort(Comparator.comparingInt(Found::position));
        // A part of a team counted before it ("5 people, one team lead among them") is no team of its own.
        Found first = all.isEmpty() ? null : all.get(0);
        List<Found> counts = List.copyOf(all);
        all.removeIf(part -> part != first && (isPartOfTheOneBefore(normalised, part) && !aSkilledRole(normalised, part, counts)
                || withThePeopleBefore(normalised, part, counts)));
        List<Found> read = List.copyOf(all);
        all.removeIf(part -> read.stream().anyMatch(whole -> breaksDown(whole, part, normalised)));
        return total(all, normalised).or(() -> listed(added(all, normalised), normalised, text)).map(found -> grown(found, normalised));
    }

    private static String bareCounted(String written) {
        String bareCounted = written;
        for (Pattern bare : BARE_COUNTS) {
            bareCounted = bare.matcher(bareCounted).replaceAll("${lead}${n} people");
        }
        return bareCounted;
    }

    /** The rewrites that each read a count in digits into the form {@link #find} reads. */
    private String countsRewritten(String alone) {
        String once = GUESSED_IN_THE_QUESTION.matcher(PUT_ON_ANSWERED.matcher(ANSWERED.matcher(SPELLED_AGAIN.matcher(alone).replaceAll("${n}"))
                .replaceAll("${question}${n} people")).replaceAll("${question}${n} people")).replaceAll("${question}${n} people");
        String times = TIMES_AFTER.matcher(TIMES_BEFORE.matcher(once).replaceAll("${n} ")).replaceAll("${n} ${role}");
        // groups by number: a MatchResult names none before Java 20 (1 the role, 2 the count)
        String roleFirst = ROLE_THEN_COUNT.matcher(times).replaceAll(m -> endsInRole(m.group(1))
                ? m.group(2) + " " + m.group(1) : Matcher.quoteReplacement(m.group()));
        // (1 the count, 2 its noun, 3 the larger count)
        String raised = MAYBE_MORE.matcher(roleFirst).replaceAll(m -> Integer.parseInt(m.group(3)) > Integer.parseInt(m.group(1))
                ? m.group(1) + "-" + m.group(3) + " " + m.group(2) : Matcher.quoteReplacement(m.group()));
        return ELLIPTICAL.matcher(raised).replaceAll("$1 $2$3$4 $2");
    }

    /** The last head count in the lead's own words, where working alone is the size of its own business. */
    Optional<Found> lastOfTheLead(String written) {
        return last(written == null ? null : WORKING_ALONE.matcher(written).replaceAll(""));
    }

    /** {@link #rolesThenCounts} with each count put before its role. */
    private String countsAfterRoles(String written) {
        if (rolesThenCounts == null || !A_WORD_THEN_ONE_DIGIT.matcher(written).find()) {
            return written;
        }
        return rolesThenCounts.matcher(written).replaceAll(list -> Matcher.quoteReplacement(
                roleThenCount.matcher(list.group()).replaceAll("${n} ${role}")));
    }

    /** {@link #NAMED_DOING} as one member, where a count stands before it in its sentence. */
    private static String namedDoing(String written) {
        if (!Words.holdsADigit(written)) {
            return written;
        }
        return NAMED_DOING.matcher(written).replaceAll(person -> {
            String before = written.substring(sentenceStart(written, person.start()), person.start());
            return Matcher.quoteReplacement(Words.holdsADigit(before)
                    ? person.group(1) + "1 member (" + person.group(2) + ": " + person.group(3) + ")" : person.group());
        });
    }

    private static String named(String written) {
        String doing = namedOnParts(namedDoing(written));
        // "Ana (iOS), Tomás (Android), Lucía (backend) and Pablo doing QA": the one doing a part after the members counted joins them
        return namedDoing(NAMED_MEMBERS.matcher(doing).replaceAll(run -> {
            if (!TEAM_CUE.matcher(doing.substring(Math.max(0, run.start() - 48), run.start())).find()) {
                return Matcher.quoteReplacement(run.group());
            }
            return Matcher.quoteReplacement(NAMED_MEMBER.matcher(run.group()).replaceAll(member -> Matcher.quoteReplacement(
                    "1 member (" + member.group(1) + ": " + member.group(3) + ")"
                            + (member.group(2) == null ? "" : ", 1 member (" + member.group(2) + ": " + member.group(3) + ")"))));
        }));
    }

    /**
     * {@link #NAMED_ON_PARTS} as one member each, where one of them at least is named, and the run follows a colon or a
     * word of the team, or names three or more ("We'll meet Anna on the call and Petr on site" counts nobody).
     */
    private static String namedOnParts(String written) {
        return NAMED_ON_PARTS.matcher(written).replaceAll(run -> {
            String before = written.substring(Math.max(0, run.start() - 48), run.start());
            boolean aTeam = A_COLON_BEFORE.matcher(before).find() || TEAM_CUE.matcher(before).find()
                    || NAMED_ON_PART.matcher(run.group()).results().count() >= 3;
            return Matcher.quoteReplacement(aTeam && CAPITALISED.matcher(run.group()).find()
                    ? NAMED_ON_PART.matcher(run.group()).replaceAll(member -> Matcher.quoteReplacement("1 member (" + member.group() + ")"))
                    : run.group());
        });
    }

    /** "Just me and Gabriel" as "2 people": the writer and each name after them (1 the names, with what joins them). */
    private static String meAndNamed(String written) {
        return ME_AND_NAMED.matcher(written).replaceAll(run -> (1 + CAPITALISED.matcher(run.group(1)).results().count()) + " people");
    }

    /**
     * "Начнём вчетвером", "справимся втроём": so many people working together, as "4 человек"; before
     * a colon or a dash, the bare total of a breakdown ("втроём: два разработчика и тестировщик"),
     * unless what follows names no role nor count ("справимся вдвоём: я пишу код, коллега делает дизайн").
     */
    private String together(String written) {
        return TOGETHER.matcher(written).replaceAll(m -> TOGETHER_COUNTS.get(Phrases.normalise(m.group().strip()))
                + (breaksDownAhead(written, m.end()) ? "" : " человек"));
    }

    private boolean breaksDownAhead(String written, int from) {
        Matcher ahead = BREAKDOWN_AHEAD.matcher(written).region(from, written.length());
        if (!ahead.lookingAt()) {
            return false;
        }
        Matcher end = SENTENCE_END.matcher(written).region(ahead.end(), written.length());
        String breakdown = written.substring(ahead.end(), end.find() ? end.start() : written.length());
        return breakdown.chars().anyMatch(Character::isDigit) || role != null && role.matcher(breakdown).find();
    }

    /**
     * A count added to the one before it in the same sentence is their sum: "на старте 4 разработчика,
     * к этапу интеграций добавим ещё двоих" is 6, "одного сеньора с понедельника и ещё двух мидлов" 3.
     */
    private static List<Found> added(List<Found> all, String normalised) {
        List<Found> merged = new ArrayList<>(all);
        for (int i = 1; i < merged.size(); i++) {
            Found before = merged.get(i - 1);
            Found more = merged.get(i);
            int gapStart = before.position() + before.words().length();
            String gap = gapStart <= more.position() ? normalised.substring(gapStart, more.position()) : null;
            if (gap != null && (MORE_BEFORE.matcher(gap).find()
                    || MORE_AFTER.matcher(more.words()).find() && NEXT_SENTENCE_GOES_ON.matcher(gap).matches())) {
                merged.set(i - 1, new Found(before.size() + more.size(), normalised.substring(before.position(), more.position() + more.words().length()),
                        before.position()));
                merged.remove(i);
                i--;
            }
        }
        return merged;
    }

    /**
     * The team as it grows later in the same sentence: "two people now and add a third in April" is
     * 3, "4 разработчика, к этапу интеграций добавим ещё двоих" 6, "a team of four, maybe five during
     * the rollout" and "four people, scaling up to seven" count their upper value, as a range does.
     */
    private static Found grown(Found found, String normalised) {
        int end = found.position() + found.words().length();
        int sentenceEnd = SENTENCE_END.matcher(normalised).region(end, normalised.length()).find()
                ? SENTENCE_END.matcher(normalised).region(end, normalised.length()).results().findFirst().orElseThrow().start()
                : normalised.length();
        String rest = normalised.substring(end, Math.min(sentenceEnd, end + 80));
        if (found.size() == 1 && found.words().equals(WRITER_ALONE)) {
            Matcher brought = BRINGS_IN_ONE.matcher(normalised.substring(end, Math.min(normalised.length(), sentenceEnd + 120)));
            if (brought.find()) {
                return new Found(2, normalised.substring(found.position(), end + brought.end()), found.position());
            }
        }
        Matcher ordinal = ADDED_ORDINAL.matcher(rest);
        boolean grows = ordinal.find();
        if (!grows && LATER_SENTENCE.matcher(normalised).region(sentenceEnd, normalised.length()).lookingAt()) {
            ordinal = ADDED_ORDINAL_LATER.matcher(normalised.substring(end, Math.min(normalised.length(), sentenceEnd + 100)));
            grows = ordinal.find();
        }
        if (grows && ORDINALS.get(ordinal.group(1)) == found.size() + 1) {
            return new Found(found.size() + 1, normalised.substring(found.position(), end + ordinal.end()), found.position());
        }
        Matcher more = ADDED_MORE.matcher(rest);
        if (more.find()) {
            int added = Integer.parseInt(more.group(1));
            return new Found(found.size() + added, found.words() + rest.substring(0, more.end()), found.position());
        }
        Matcher upper = GROWS_TO.matcher(rest);
        if (upper.find() && !TIME_AFTER.matcher(rest).region(upper.end(), rest.length()).lookingAt()
                && !MONEY_AFTER.matcher(rest).region(upper.end(), rest.length()).lookingAt()) {
            int size = Integer.parseInt(upper.group(1));
            if (size > found.size() && size <= LARGEST) {
                return new Found(size, found.words() + rest.substring(0, upper.end()), found.position());
            }
        }
        Matcher conditional = MORE_IF_NEXT.matcher(normalised).region(sentenceEnd, normalised.length());
        if (conditional.lookingAt() && Integer.parseInt(conditional.group(1)) > found.size()) {
            return new Found(Integer.parseInt(conditional.group(1)), normalised.substring(found.position(), conditional.end(1)), found.position());
        }
        return found;
    }

    private boolean endsInRole(String words) {
        // "backend-разработчики": the role after a hyphen counts here
        String normalised = Phrases.normalise(words).replace('-', ' ');
        if (role == null || Arrays.stream(normalised.split("\\s+")).anyMatch(CONJUNCTIONS::contains)) {
            return false;
        }
        Matcher matcher = role.matcher(normalised);
        while (matcher.find()) {
            if (matcher.end() == normalised.length()) {
                return true;
            }
        }
        return false;
    }

    /** Where the lead's own size stands ({@link #OWN_SIZE}), read once per text. */
    private static Set<Integer> ownSizes(String normalised) {
        Set<Integer> positions = new HashSet<>();
        Matcher own = OWN_SIZE.matcher(normalised);
        while (own.find()) {
            positions.add(own.start("size"));
        }
        return positions;
    }

    private static boolean negated(String normalised, int position) {
        return NEGATED.matcher(normalised.substring(Math.max(0, position - 8), position)).find()
                || THEIRS_BEFORE.matcher(normalised.substring(Math.max(0, position - 8), position)).find()
                || PRODUCT_FOR.matcher(normalised.substring(Math.max(0, position - 40), position)).find()
                || SCALED_DOWN.matcher(normalised.substring(Math.max(0, position - 40), position)).find()
                || moreOnACondition(normalised, position)
                || ORGANISATION_BEFORE.matcher(normalised.substring(Math.max(0, position - 80), position)).find()
                || RATHER_THAN.matcher(normalised.substring(Math.max(0, position - 120), position)).find();
    }

    /**
     * One more on a condition, no team of its own: "обычно ставим 6 человек. Если захотите ускориться — добавим ещё одного
     * бэкендера" is 6, "We need 3 developers. If the budget allows, one more designer." 3.
     */
    private static boolean moreOnACondition(String normalised, int position) {
        String before = normalised.substring(Math.max(0, position - 120), position);
        return ON_A_CONDITION.matcher(before).find() && (MORE_JUST_BEFORE.matcher(before).find()
                || MORE_AFTER.matcher(normalised).region(position, normalised.length()).lookingAt());
    }

    /** People counted as those who come to the lead's business, not who work on the project: "400 people call us to ask". */
    private static boolean customers(String normalised, Found people) {
        int end = people.position() + people.words().length();
        return PEOPLE.matcher(people.words()).find() && end <= normalised.length()
                && CUSTOMERS_AFTER.matcher(normalised).region(end, normalised.length()).lookingAt();
    }

    private static int sentenceStart(String normalised, int position) {
        return Math.max(0, Math.max(normalised.lastIndexOf('.', position), normalised.lastIndexOf('\n', position)));
    }

    /**
     * One person "with" people counted before it in the sentence is one of them: "twelve people in total,
     * split across two workstreams, with one delivery manager over both".
     */
    private static boolean withThePeopleBefore(String normalised, Found part, List<Found> counts) {
        int sentence = sentenceStart(normalised, part.position());
        return part.size() == 1 && WITH_BEFORE.matcher(normalised.substring(Math.max(0, part.position() - 8), part.position())).find()
                && counts.stream().anyMatch(people -> people.position() < part.position() && people.size() > 1
                && PEOPLE.matcher(people.words()).find() && sentenceStart(normalised, people.position()) == sentence);
    }

    /** One person with a skill, after roles counted: "two backend devs, one person who knows React Native" ("5 people, and one person who…" is one of the five). */
    private static boolean aSkilledRole(String normalised, Found part, List<Found> counts) {
        int end = part.position() + part.words().length();
        Found previous = counts.stream().filter(c -> c.position() < part.position()).reduce((a, b) -> b).orElse(null);
        return ONE_PERSON.matcher(part.words()).matches() && SKILL_AFTER.matcher(normalised).region(end, normalised.length()).lookingAt()
                && previous != null && !PEOPLE.matcher(previous.words()).find();
    }

    private static boolean isPartOfTheOneBefore(String normalised, Found part) {
        int end = part.position() + part.words().length();
        return PART_AFTER.matcher(normalised).region(end, normalised.length()).lookingAt() || PART_AFTER.matcher(part.words()).find()
                || PART_BEFORE.matcher(normalised.substring(Math.max(0, part.position() - 80), part.position())).find()
                || WITH_AFTER_A_TEAM.matcher(normalised.substring(Math.max(0, part.position() - 48), part.position())).find()
                || ONE_PERSON.matcher(part.words()).matches()
                || part.size() <= 2 && CONTACT_BEFORE.matcher(normalised.substring(Math.max(0, part.position() - 32), part.position())).find()
                || part.size() == 1 && CONTACT_AFTER.matcher(normalised).region(end, normalised.length()).lookingAt();
    }

    /**
     * "3 devs (2 backend, 1 frontend), 1 QA, 1 designer": brackets break down the count before them,
     * and the list goes on after them, so that count is no total of what follows.
     */
    private static boolean listGoesOnAfterBrackets(String normalised, Matcher breakdown, List<Found> parts) {
        int open = normalised.lastIndexOf('(', breakdown.end());
        int close = open < breakdown.start() ? -1 : normalised.indexOf(')', open);
        int sentenceEnd = normalised.indexOf('.', Math.max(close, 0));
        return close >= 0 && parts.stream().anyMatch(part -> part.position() > close
                && (sentenceEnd < 0 || part.position() < sentenceEnd));
    }

    /** "3 devs (2 backend, 1 frontend), 1 QA": a count in brackets right after another breaks that one down. */
    private static boolean breaksDown(Found whole, Found part, String normalised) {
        int end = whole.position() + whole.words().length();
        return whole.counted() && part.position() > end
                && OPEN_BRACKET.matcher(normalised.substring(end, part.position())).matches();
    }

    /**
     * A total stated after its parts in the same sentence ("a BA, a designer, three devs and a QA,
     * so eight with the PM and DevOps"); or one that introduces its own breakdown: a number before a
     * colon or a dash with smaller counts after it in the sentence ("пятеро: менеджер, дизайнер и
     * трое разработчиков"), or a head count followed by its parts ("a team of 5: 2 backend, 2 mobile, 1 QA").
     */
    private static Optional<Found> total(List<Found> all, String normalised) {
        Optional<Found> summed = Optional.empty();
        for (Pattern pattern : List.of(STATED_TOTAL, TOTAL_AFTER)) {
            Matcher stated = pattern.matcher(normalised);
            while (stated.find()) {
                int total = Integer.parseInt(stated.group("n"));
                boolean explicit = stated.group("explicit") != null;
                // an explicit total may sum the sentence before it: "I'll be your PM, plus two devs. So three of us in total."
                int sentenceStart = sentenceStart(normalised, stated.start());
                int from = explicit && sentenceStart > 0 ? sentenceStart(normalised, sentenceStart - 1) : sentenceStart;
                List<Found> parts = all.stream().filter(part -> part.position() >= from && part.position() < stated.start()).toList();
                boolean enough = parts.size() > 1 || explicit && parts.size() == 1;
                if (enough && total <= LARGEST && parts.stream().allMatch(part -> part.size() < total)
                        && !TIME_AFTER.matcher(normalised).region(stated.end("n"), normalised.length()).lookingAt()
                        && !MONEY_AFTER.matcher(normalised).region(stated.end("n"), normalised.length()).lookingAt()) {
                    summed = Optional.of(new Found(total, normalised.substring(parts.get(0).position(), stated.end()), parts.get(0).position()));
                }
            }
        }
        if (summed.isPresent()) {
            return summed;
        }
        Matcher listed = LIST_TOTAL.matcher(normalised);
        while (listed.find()) {
            int total = Integer.parseInt(listed.group("n"));
            if (negated(normalised, listed.start())) {
                continue;
            }
            int sentenceEnd = normalised.indexOf('.', listed.end());
            List<Found> parts = all.stream().filter(part -> part.position() > listed.start()
                    && (sentenceEnd < 0 || part.position() < sentenceEnd)).toList();
            if (!parts.isEmpty() && total > 0 && total <= LARGEST && parts.stream().allMatch(part -> part.size() < total)) {
                return Optional.of(new Found(total, normalised.substring(listed.start(), parts.get(parts.size() - 1).position()
                        + parts.get(parts.size() - 1).words().length()), listed.start()));
            }
        }
        for (int i = 0; i < all.size() - 1; i++) {
            Found total = all.get(i);
            List<Found> parts = all.subList(i + 1, all.size());
            int end = total.position() + total.words().length();
            Matcher breakdown = BREAKDOWN.matcher(normalised).region(end, normalised.length());
            // "Тимлид, 2 бэкендера и QA — такой состав": a dash after the list's last item introduces no breakdown
            boolean listFollows = breakdown.lookingAt() && parts.get(0).position() >= breakdown.end()
                    && !listGoesOnAfterBrackets(normalised, breakdown, parts);
            // "Нужно пятеро. Бэк, фронт, мобилка, тест, менеджер.": roles named alone in the next sentence
            Matcher nextSentence = SENTENCE_END.matcher(normalised).region(end, normalised.length());
            boolean rolesFollow = nextSentence.lookingAt() && (parts.stream().noneMatch(Found::counted)
                    || sumsTo(total.size(), normalised, nextSentence.end(), parts));
            if (total.counted() && (listFollows || rolesFollow) && parts.stream().allMatch(part -> part.size() < total.size())) {
                return Optional.of(total);
            }
        }
        return Optional.empty();
    }

    /**
     * "Команда небольшая — трое. Дизайн делаю я сам, код — двое ребят": the sentence after a total
     * names its parts, the writer among them, and they add up to it.
     */
    private static boolean sumsTo(int total, String normalised, int from, List<Found> parts) {
        int sentenceEnd = normalised.indexOf('.', from);
        int to = sentenceEnd < 0 ? normalised.length() : sentenceEnd;
        List<Found> next = parts.stream().filter(part -> part.position() >= from && part.position() < to).toList();
        boolean apart = next.stream().noneMatch(part -> next.stream().anyMatch(other -> other != part && overlap(part, other)));
        return !next.isEmpty() && apart && WRITER_AMONG.matcher(normalised.substring(from, to)).find()
                && next.stream().mapToInt(Found::size).sum() + 1 == total;
    }

    /**
     * Roles in a list where no head count stands: with a count ("2 iOS") or named alone ("a PM",
     * "тестировщик"), one person.
     */
    private List<Found> roles(String normalised, String text, List<Found> counted) {
        List<Found> found = new ArrayList<>();
        // Most messages name no role: the lists' first words are looked for before the expressions are tried at every word.
        if (role != null && roleWords.mayStandIn(normalised)) {
            rolesNamed(role.matcher(normalised), normalised, text, counted, found);
        }
        if (stack != null && stackWords.mayStandIn(normalised)) {
            rolesNamed(stack.matcher(normalised), normalised, text, counted, found);
        }
        found.sort(Comparator.comparingInt(Found::position));
        return found;
    }

    private void rolesNamed(Matcher matcher, String normalised, String text, List<Found> counted, List<Found> found) {
        while (matcher.find()) {
            String modifier = matcher.group("mod");
            // "including a designer": the word before the role joins the list, it is no part of the role
            if (modifier != null && QUALIFIERS.contains(modifier)) {
                continue;
            }
            // "один сеньор на бэке": the role after a counted item places it, it is no one more
            int modifierAt = modifier == null ? -1 : matcher.start("mod");
            if (modifier != null && PLACING.contains(modifier) && Stream.concat(counted.stream(), found.stream().filter(Found::counted))
                    .anyMatch(c -> c.position() + c.words().length() <= modifierAt && modifierAt - (c.position() + c.words().length()) <= 2)) {
                continue;
            }
            boolean joins = modifier != null && (FUNCTION_WORDS.contains(modifier) || CONNECTORS.contains(modifier));
            int start = joins ? matcher.end("mod") + 1 : matcher.start();
            int end = matcher.end();
            // "прораб (ваш ПМ)": a role in brackets after a role names the same person again
            int bracket = normalised.lastIndexOf('(', start);
            if (bracket >= 0 && normalised.indexOf(')', bracket) >= end && normalised.substring(bracket, start).indexOf(')') < 0
                    && found.stream().anyMatch(r -> r.position() + r.words().length() <= bracket
                            && normalised.substring(r.position() + r.words().length(), bracket).isBlank())) {
                continue;
            }
            // "6 человек, менеджер проекта — я", "9 человек, руководитель проекта — Ирина": after so many people, the role
            // of the writer or of someone named is among them, no one more
            if ((WRITER_IS_THE_ROLE.matcher(normalised).region(end, normalised.length()).lookingAt()
                    || text.length() == normalised.length() && NAMED_IS_THE_ROLE.matcher(text).region(end, text.length()).lookingAt())
                    && counted.stream().anyMatch(c -> PEOPLE.matcher(c.words()).find()
                            && normalised.substring(Math.min(start, c.position() + c.words().length()), start).matches("[\\s,;]*"))) {
                continue;
            }
            boolean inCount = counted.stream().anyMatch(c -> c.position() < end && start < c.position() + c.words().length()
                    && c.position() + c.words().length() >= end);
            boolean clockTime = !joins && matcher.group("n") != null && matcher.group().endsWith(" pm")
                    && CLOCK_BEFORE.matcher(normalised.substring(Math.max(0, start - 8), start)).find();
            String n = joins ? null : matcher.group("n");
            // "шестерых, все сеньоры и мидлы": roles named in the plural without a count describe the people, they add none
            if (!inCount && !clockTime && (n != null || !plural(normalised.substring(start, end)))) {
                // "от вас нужен только дизайнер", "we just need a designer": the one role is the whole team
                boolean alone = n == null && ONLY_BEFORE.matcher(normalised.substring(Math.max(0, start - 16), start)).find();
                found.add(new Found(n == null ? 1 : Integer.parseInt(n), normalised.substring(start, end), start, n != null || alone));
            }
        }
    }

    /** A role's last word in the plural: "devs", "testers", "сеньоры", "джунов" (not "devops", "iOS", nor the verb of "someone who knows"). */
    private static boolean plural(String role) {
        if (role.startsWith("someone ") || role.startsWith("somebody ")) {
            return false;
        }
        String word = role.substring(role.lastIndexOf(' ') + 1);
        if (word.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return PLURAL_RUSSIAN.matcher(word).find();
        }
        return word.endsWith("s") && !word.endsWith("ss") && !word.equals("devops") && !word.equals("ios");
    }

    /**
     * The last head count, or, when it ends a list of the team by role ("2 backend, 2 frontend and 1
     * QA", "a PM, two backend devs and a QA"), the list's sum: each item is a part of the same team,
     * a role named alone one person. A role named alone outside a list counts nothing.
     */
    private Optional<Found> listed(List<Found> items, String normalised, String original) {
        int end = items.size();
        while (end > 0) {
            Found tail = items.get(end - 1);
            if (!tail.counted() && !ENDS_ITEM.matcher(normalised).region(tail.position() + tail.words().length(), normalised.length()).lookingAt()
                    && !A_PURPOSE_LAST.matcher(tail.words()).find()) {
                // "6 specialists, the designer joins in week two": a role followed by more words ends no list
                end--;
                continue;
            }
            int first = end - 1;
            while (first > 0 && separated(items.get(first - 1), items.get(first), normalised)) {
                first--;
            }
            List<Found> run = items.subList(first, end);
            Found start = run.get(0);
            // "Дизайн, фронт, бэк, тестирование — всё расписано по часам": roles among parts of the work name no people
            // "Дизайн готов в фигме, нужен фронт и бэк": areas of the work alone, none counted, are the work too
            if (run.stream().noneMatch(Found::counted) && (amongWorkParts(normalised, start.position(),
                    run.get(run.size() - 1).position() + run.get(run.size() - 1).words().length())
                    || run.stream().allMatch(item -> WORK_AREA.matcher(BEFORE_LAST_WORD.matcher(item.words().strip()).replaceFirst("")).matches()))) {
                end = first;
                continue;
            }
            Found last = run.get(run.size() - 1);
            int runEnd = last.position() + last.words().length();
            // the writer counted as one of the team: "me + 2 devs", "я + 2 дева", "two devs and me"
            boolean me = ME_BEFORE.matcher(normalised.substring(Math.max(0, start.position() - 12), start.position())).find()
                    || ME_AFTER.matcher(normalised).region(runEnd, normalised.length()).lookingAt();
            // "два разработчика и один тестировщик, три человека": people counted after the list restate its total
            if (run.size() > 1 && restates(run, normalised)) {
                return Optional.of(last);
            }
            if (run.size() > 1 || me) {
                int sum = run.stream().mapToInt(Found::size).sum() + (me ? 1 : 0);
                String source = normalised.length() == original.length() ? original : normalised;
                return Optional.of(new Found(Math.min(sum, LARGEST), source.substring(start.position(), runEnd), start.position()));
            }
            if (start.counted()) {
                return Optional.of(start);
            }
            end = first;
        }
        return Optional.empty();
    }

    private static boolean amongWorkParts(String normalised, int from, int to) {
        return WORK_PART_BEFORE.matcher(normalised.substring(Math.max(0, from - 24), from)).find()
                || WORK_PART_AFTER.matcher(normalised).region(to, normalised.length()).lookingAt();
    }

    private static boolean restates(List<Found> run, String normalised) {
        Found last = run.get(run.size() - 1);
        Found before = run.get(run.size() - 2);
        int parts = run.subList(0, run.size() - 1).stream().mapToInt(Found::size).sum();
        String gap = normalised.substring(Math.min(before.position() + before.words().length(), last.position()), last.position());
        return last.counted() && PEOPLE.matcher(last.words()).find() && RESTATING_MARK.matcher(gap).find() && parts <= last.size();
    }

    private boolean separated(Found previous, Found next, String normalised) {
        int gapStart = previous.position() + previous.words().length();
        int gapEnd = next.position();
        if (gapStart > gapEnd) {
            return false;
        }
        String gap = normalised.substring(gapStart, gapEnd);
        // "2 backend devs and a QA": the item was read as "2 backend", its noun's last word stays in the gap;
        // "a 1-dev job, plus a designer": the count made a word of the work it sizes
        Matcher word = LEADING_WORD.matcher(gap);
        if (word.lookingAt() && (noun != null && noun.matcher(word.group(1)).matches()
                || HYPHENATED_COUNT.matcher(previous.words()).find() && SIZED_WORK.matcher(word.group(1)).matches())) {
            gap = gap.substring(word.end());
        }
        // "команда из 4 человек 2 бэка, 2 фронта": two counts with nothing between them are two statements;
        // "три разработчика на бэкенд и фронтенд": after what an item works on, "и" and a part of the work extend it
        // "two developers and the designer" adds the one the owner wrote of; "4 people, and the QA" names one of the four
        // "one senior Android developer": a grade counted, then the role it is the grade of, is one person
        return LIST_SEPARATOR.matcher(gap).matches() && !(gap.isBlank() && previous.counted() && next.counted())
                && !(gap.isBlank() && !next.counted() && GRADE_LAST.matcher(previous.words()).find())
                && !(THE_BEFORE_ROLE.matcher(gap).find() && PEOPLE.matcher(previous.words()).find())
                && !(WORKS_ON_AND.matcher(gap).matches() && !next.counted() && WORK_AREA.matcher(next.words()).matches())
                || WOULD_DO_MAYBE.matcher(gap).matches() && !next.counted();
    }

    /**
     * A count in a clause about people who are not the deal's team; when the words that say so
     * follow the count and another count stands after them, they are about that one: "wants 10
     * developers embedded with our in-house team of 10".
     */
    private boolean elsewhere(Found found, List<Found> all, String normalised) {
        if (!elsewhere.matches(clause(normalised, found.position()))) {
            return false;
        }
        int wanted = wantedFrom(normalised, found.position());
        if (wanted > clauseStart(normalised, found.position())
                && !elsewhere.matches(normalised.substring(wanted, clauseEnd(normalised, found.position())))) {
            return false;
        }
        int end = Math.min(found.position() + found.words().length(), clauseEnd(normalised, found.position()));
        if (elsewhere.matches(normalised.substring(wanted, end))) {
            return true;
        }
        String rest = normalised.substring(end, clauseEnd(normalised, found.position()));
        int phraseAt = elsewhere.find(rest).map(phrase -> rest.indexOf(Phrases.normalise(phrase))).orElse(-1);
        return phraseAt < 0 || all.stream().noneMatch(other -> other.position() >= end + phraseAt && other.position() < end + rest.length());
    }

    /**
     * Where the words about a count begin: the clause's start, or after "and we need" in it ("with our own IT team and we
     * need two senior Java developers" wants the two).
     */
    private static int wantedFrom(String text, int position) {
        int start = clauseStart(text, position);
        Matcher wanted = WANTED_AFTER_AND.matcher(text).region(start, position);
        while (wanted.find()) {
            start = wanted.end();
        }
        return start;
    }

    private static int clauseStart(String text, int position) {
        int start = position;
        while (start > 0 && CLAUSE_MARKS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    private static int clauseEnd(String text, int position) {
        int end = position;
        while (end < text.length() && CLAUSE_MARKS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The clause around a position: between the punctuation marks before and after it. */
    private static String clause(String text, int position) {
        int start = clauseStart(text, position);
        int end = clauseEnd(text, position);
        // a count in brackets belongs to the clause around them: "our own QA department (2 persons) is not part of it"
        if (start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')') {
            return clause(text, start - 1) + text.substring(start - 1, end + 1) + clause(text, end + 1);
        }
        return text.substring(start, end);
    }

    private static boolean overlap(Found a, Found b) {
        return a.position() < b.position() + b.words().length() && b.position() < a.position() + a.words().length();
    }

    private static List<Found> find(Pattern pattern, String normalised, String original, boolean withModifiers) {
        if (pattern == null) {
            return List.of();
        }
        Matcher matcher = pattern.matcher(normalised);
        List<Found> found = new ArrayList<>();
        int from = 0;
        while (from < normalised.length() && matcher.find(from)) {
            from = matcher.start() + 1;
            if (withModifiers && !modifiers(matcher.group("modifiers"))) {
                continue;
            }
            if (withModifiers && !matcher.group("modifiers").isBlank()
                    && PLACE.matcher(normalised).region(matcher.end("modifiers"), matcher.end()).lookingAt()) {
                continue;
            }
            if (!withModifiers && (MONEY_AFTER.matcher(normalised).region(matcher.end(), normalised.length()).lookingAt()
                    || TIME_AFTER.matcher(normalised).region(matcher.end(), normalised.length()).lookingAt())) {
                continue;
            }
            String upper = matcher.group("upper");
            int size = Integer.parseInt(upper != null ? upper : matcher.group("n"));
            boolean oneOf = size == 1 && ONE_OF.matcher(normalised).region(matcher.end("n"), normalised.length()).lookingAt();
            if (size > 0 && size <= LARGEST && !oneOf) {
                String source = normalised.length() == original.length() ? original : normalised;
                found.add(new Found(size, source.substring(matcher.start(), matcher.end()), matcher.start()));
                from = matcher.end();
            }
        }
        return found;
    }

    /** Words that may stand between a number and its noun: no function word, but "and" joining two ("8 embedded and cloud people"). */
    private static boolean modifiers(String words) {
        String[] each = words.strip().split("[\\s-]+");
        for (int i = 0; i < each.length; i++) {
            boolean joining = i > 0 && i < each.length - 1 && (each[i].equals("and") || each[i].equals("и"));
            if (!each[i].isEmpty() && FUNCTION_WORDS.contains(each[i]) && !joining) {
                return false;
            }
        }
        return true;
    }

    private static CharArraySet functionWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(RussianAnalyzer.getDefaultStopSet());
        // Lucene's English list is short; what else stands between a number and a noun that is not the team's
        // "three different people edit the spreadsheet" counts people apart, not a team
        words.addAll(Set.of("our", "we", "have", "has", "had", "your", "my", "its", "per", "each", "all", "than",
                "different", "separate", "various", "distinct", "разных", "различных", "отдельных",
                "about", "over", "under", "after", "before", "ago", "weeks", "days", "months", "years", "hours",
                "thousand", "thousands", "million", "millions", "k", "тыс", "тысяч", "тысячи", "млн", "миллиона", "миллионов"));
        return words;
    }
}
