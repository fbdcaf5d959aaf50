package tickler.lead;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Money amounts as people write them: "$120,000", "120k USD", "USD 85 000", "€50 000",
 * "3,5 млн руб", "500 тыс. рублей", "1.2M RUB", "₽900 000", "120 thousand dollars", "CHF 150'000",
 * "200 grand (USD)", "полтора ляма рублей", "INR 18 lakh", "₹1.2 crore". A bare number is never
 * money; a sum with its magnitude but no currency ("could we fit into 90K?", "давайте 500к") is read
 * only where its currency is known otherwise: named on its own in the same text ("… 72k. Dollars,
 * to be clear"), or the one the caller says is usual (the conversation's, or rubles in Russian text).
 */
final class Amounts {

    /**
     * A figure grouped in thousands by a space, comma, dot or (Swiss) apostrophe ("120,000", "85 000",
     * "1.250.000,50", "150'000"), or in lakhs as South Asia groups them ("8,00,000", "21,50,000").
     */
    private static final String GROUPED_DIGITS = "\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?|\\d{1,3}(?:[ \\u00A0\\u202F,.'\u2019]\\d{3})+(?:[.,]\\d{1,2})?";
    private static final String DIGITS = GROUPED_DIGITS + "|\\d+(?:[.,]\\d+)?";
    private static final String NUMBER = "(?<num>" + DIGITS + ")";
    /**
     * A bare figure raised after a whole sum, as its upper end: "тысяч в 300 рублей, ну может 350", "300к рублей, может 350, если
     * очень надо", "$300k, maybe 350 if we must", "18.000 euro, maybe 20.000 if it include also the warehouse".
     */
    private static final String RAISED_AFTER = "(?:,?\\s+(?:(?:ну|или)\\s+)?(?:может|возможно|maybe|perhaps|possibly)\\s+(?<raised>" + GROUPED_DIGITS + "|\\d{1,4})"
            + "(?=\\s*(?:[,.;!?)](?!\\d)|$)|\\s+(?:if|если)\\s))?";
    /** The upper end of a range written after the currency sign: "$50-70k", "€40–60 000". */
    private static final String UPPER = "(?:[ \\u00A0]?[-–—][ \\u00A0]?(?<upper>" + DIGITS + "))?";
    /** Words of magnitude after a number, Turkish "milyon" and "bin" (a thousand: "900 bin TL") among them. */
    private static final String MULTIPLIER =
            "(?<mult>k|к|тыс\\.?|тыр(?!\\p{L})|tys\\.?|т\\.(?=\\s?р\\.)|тысяч\\p{L}*|тыщ\\p{L}*|thousands?|grand|косар\\p{L}*|млн\\.?|миллион\\p{L}*|mln|mn\\.?|million|millions|milyon|mil|m|"
                    + "лям\\p{L}*|bn|млрд\\.?|billion|lakhs?|lacs?|crores?|cr\\.?|косых|кусков|(?-i:М)|bin)";
    /** After a currency's sign a capital L is lakhs, as India abbreviates them: "Budget ₹35L approved" (a "2L bottle" names no money). */
    private static final String MULTIPLIER_AFTER_A_SIGN = MULTIPLIER.replace("(?<mult>", "(?<mult>(?-i:L)(?![\\p{L}])|");
    private static final Pattern ESTIMATE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:оценк\\p{L}*|estimate[sd]?|estimation)[\\s—–:-]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SOUTH_ASIAN_MAGNITUDE = Pattern.compile("\\d[ \\u00A0]*(?:lakhs?|lacs?|crores?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String SYMBOL = "us\\$|\\$|€|£|₽|₹|rs\\.?|tk\\.?";
    private static final String CODE = "usd|eur|rub|gbp|rur|chf|cad|aud";
    /** Any other ISO 4217 code, in capitals as codes are written ("CAD 40,000"); ICU tells a code from a word. */
    private static final String ISO = "(?-i:[A-Z]{3})";
    private static final String WORD = "руб\\p{L}*\\.?|р\\.|dollars?|долл\\p{L}*\\.?|euros?|евро|pounds?|фунт\\p{L}*|"
            + "(?:swiss )?francs?|(?:швейцарск\\p{L}* )?франк\\p{L}*|rupees?|рупи\\p{L}*|r?oubles?|rubles?|тенге|тг\\.?|tenge|грн\\.?|бел\\.? ?руб\\p{L}*\\.?|бакс\\p{L}*|bucks|quid|(?-i:US)(?=[ \\u00A0]*(?:[.,;!?)]|$)|[ \\u00A0]+(?:tops|max|maximum|total|flat)(?![\\p{L}]))";
    private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    private static final String SP = "[ \\u00A0\\u202F]?";
    /** The other currencies, by ICU's signs and names for them: "R$", "₺", "Singapore dollars", "белорусских рублей". */
    private static final CurrencyNames OTHER_CURRENCIES = new CurrencyNames(Pattern.compile(SYMBOL + "|" + CODE + "|" + WORD,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).asMatchPredicate());

    /** A code before a lone digit is a version, no sum: "current stack (PHP 5?!)", "PHP 8.2" (but "PHP 5,000", "PHP 5 million"). */
    private static final String NO_VERSION_AFTER = "(?!" + SP + "\\d(?:\\.\\d{1,2})?(?![\\d,]|\\.\\d|" + SP + "(?:[kmкм](?!\\p{L})|bn|mn|mil|thousand|grand|lakh|crore|тыс|млн|миллион|тысяч)))";
    /** A sign before its figure; "$$" is money as a topic ("3) $$ 4) next steps"), no sum. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d$])(?<cur>" + OTHER_CURRENCIES.signs() + "|" + SYMBOL + "|" + CODE + "|" + ISO + NO_VERSION_AFTER + ")" + SP + NUMBER + UPPER + "(?:" + SP + MULTIPLIER_AFTER_A_SIGN + ")?"
                    + "(?:" + SP + "(?<code>" + ISO + "))?(?![\\p{L}\\d])" + RAISED_AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A local sign of letters before or after a sum: "R450 000", "RM 82,500", "R1.2m", "25 000 zł";
     * read only when the figure can only be money, grouped in thousands or with its magnitude.
     */
    private static final Pattern LOCAL_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d/])(?<cur>" + OTHER_CURRENCIES.localSigns() + ")" + SP + NUMBER + UPPER + "(?:" + SP + MULTIPLIER + ")?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOCAL_AFTER = Pattern.compile(
            "(?<![\\p{L}\\d.,])" + NUMBER + "(?:" + SP + MULTIPLIER + ")?" + SP + "(?<cur>" + OTHER_CURRENCIES.localSigns() + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** One of those signs as a word of its own: the two patterns above are tried only where one stands. */
    private static final Pattern LOCAL_SIGN = Pattern.compile(
            "(?<![\\p{L}])(?:" + OTHER_CURRENCIES.localSigns() + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GROUPED = Pattern.compile(GROUPED_DIGITS);
    /** A country's name before a currency's noun, tried only when the name and noun are not one name: "56,000 Ghana cedis". */
    private static final String COUNTRY_WORD = "(?:" + SP + "(?-i:\\p{Lu}\\p{Ll}+))??";
    /** People after a code make it a skill, not a currency: "4 PHP devs"; the work is no people ("180 000 ₽ разработка"). */
    private static final String NO_PEOPLE_AFTER = "(?!" + SP + "(?:devs?|developers?|engineers?|programmers?|coders?|разраб(?!отк)\\p{L}*|программист\\p{L}*))";
    private static final Pattern AFTER = Pattern.compile(
            "(?<![\\p{L}\\d.,])" + NUMBER + "(?:" + SP + MULTIPLIER + ",?)?" + COUNTRY_WORD + SP + "\\(?(?<cur>" + OTHER_CURRENCIES.all() + "|" + SYMBOL + "|" + CODE + "|" + ISO + "|" + WORD + ")"
                    + "(?:" + SP + "(?<code>" + ISO + "))?(?![\\p{L}\\d])" + NO_PEOPLE_AFTER + RAISED_AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A noun several currencies share, with the code or the country's name that says which:
     * "95,000 pesos (PHP)", "40 million Uganda shillings" ({@link CurrencyNames#sharedNounCode}).
     */
    private static final Pattern SHARED_AFTER = Pattern.compile(
            "(?<![\\p{L}\\d.,])" + NUMBER + "(?:" + SP + MULTIPLIER + ")?(?:" + SP + "(?<country>(?-i:\\p{Lu}\\p{Ll}+)))?" + SP
                    + "(?<noun>" + OTHER_CURRENCIES.sharedNouns() + ")(?:" + SP + "\\(?(?<code>" + ISO + ")\\)?)?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Millions (or lakhs, crores) and then thousands, as Russian and South Asian English say a sum:
     * "лям двести" (1,2 million), "1 млн 200 тыс. руб.", "2 миллиона 300 тысяч рублей", "Twenty-one
     * lakh fifty thousand taka"; read as money with the word for thousands, a currency,
     * or the slang "лям" ("2 млн 500 пользователей" is no money).
     */
    private static final Pattern MILLIONS_AND_THOUSANDS = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?:(?<num>\\d+(?:[.,]\\d+)?)" + SP + ")?(?<mult>лям\\p{L}*|млн\\.?|миллион\\p{L}*|millions?|lakhs?|lacs?|crores?)[ \\u00A0]+"
                    + "(?<thousands>\\d{1,3})(?![\\d.,]\\d)(?:" + SP + "(?<k>тыс\\.?|тысяч\\p{L}*|к|thousand))?"
                    + "(?:" + SP + "(?<cur>" + OTHER_CURRENCIES.all() + "|" + SYMBOL + "|" + CODE + "|" + WORD + "))?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Words raising a figure just said to a second one, the upper end of a range: "тысяч 300, может 350", "тысяч 400, ну 450 край",
     * "25 grand, maybe 30", "тысяч на 150, ну максимум 200".
     */
    private static final String RAISED = ",?\\s+(?:(?:ну|or|или)\\s+(?:максимум|max|at most)|может|возможно|или|ну|maybe|perhaps|possibly|or|максимум|max|at most)\\s+";
    /** "в"/"на"/"за" between an inverted multiplier and its number: "тысяч в сто" is about a hundred thousand, "тыщ за пятьдесят" fifty. */
    private static final String ROUGHLY = "(?:(?:в|на|за)[ \\u00A0]+)?";
    /**
     * The end of a clause right after "миллион двести": a million and hundreds of thousands said as
     * one sum, with nothing after it that it could count ("1 млн 200 пользователей" is none).
     */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("\\s*(?:$|[.,;:!?)…—–]|-\\s)");
    /**
     * The multiplier before the number, as spoken Russian puts it: "тысяч пятьдесят долларов", "тыщ в сто рублей",
     * "тысяч 200–250 рублей" (the upper end of a range), "тысяч в 300 рублей, ну может 350" (the figure raised after it).
     */
    private static final Pattern INVERTED = Pattern.compile(
            "(?<![\\p{L}\\d])(?<mult>тысяч\\p{L}*|тыщ\\p{L}*)" + SP + ROUGHLY + NUMBER + UPPER + SP + "(?<cur>" + OTHER_CURRENCIES.all() + "|" + SYMBOL + "|" + CODE + "|" + WORD + ")"
                    + "(?![\\p{L}\\d])" + RAISED_AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A sum with its magnitude and no currency, followed by the end of a clause or a word that cannot
     * be what it counts ("90K?", "3,2 млн с НДС", "25k flat"): "2 млн пользователей" is no money.
     * A larger figure raised in the same breath is the upper end of a range: "25 grand, maybe 30".
     */
    private static final Pattern UNWRITTEN = Pattern.compile(
            "(?<![\\p{L}\\d.,$€£₽])" + NUMBER + SP + MULTIPLIER + "(?:" + RAISED + "(?<upper>" + DIGITS + "))?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The multiplier before a number and no currency, as said of a rough figure: "тысяч 300",
     * "тысяч 600–700", "тысяч 300, может 350" (the upper end of a range); not "5 тысяч 300", which is one number.
     */
    private static final Pattern UNWRITTEN_INVERTED = Pattern.compile(
            "(?<![\\p{L}\\d])(?<!\\d[ \\u00A0])(?<mult>тысяч\\p{L}*|тыщ\\p{L}*|косар\\p{L}*)" + SP + ROUGHLY + NUMBER
                    + "(?:(?:" + SP + "[-–—]" + SP + "|" + RAISED + ")(?<upper>" + DIGITS + "))?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Thousands as Spanish and Portuguese say them, before their currency's noun: "60 mil pesos", "38 mil dólares"
     * ("1.2 mil" alone is an English million).
     */
    private static final Pattern SPANISH_THOUSANDS = Pattern.compile("(?<![\\p{L}\\d.,])" + NUMBER + SP + "mil" + SP
            + "(?<noun>d[oó]lares|euros|reais|soles|pesos)(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where "mil" is a thousand, as Portuguese and Spanish say it: "R$ 120 mil" is 120,000 reais ("$1.2 mil" is an English million). */
    private static final Set<String> MIL_IS_A_THOUSAND = Set.of("BRL", "ARS", "MXN", "COP", "CLP", "PEN", "UYU");
    private static final Map<String, String> SPANISH_NOUNS = Map.of("dólares", "USD", "dolares", "USD", "euros", "EUR", "reais", "BRL",
            "soles", "PEN");
    /** A figure grouped in thousands with a tax after it is money with no magnitude written: "инвойс в евро, 14 500 без НДС". */
    private static final Pattern TAXED = Pattern.compile("(?<![\\p{L}\\d.,$€£₽])(?<num>" + GROUPED_DIGITS + ")[ \\u00A0\\u202F]+"
            + "(?=(?:без|с|plus|\\+|excl\\.?|incl\\.?|ex|net of)[ \\u00A0]*(?:ндс|vat|gst)(?![\\p{L}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEXT_WORD = Pattern.compile("\\s*\\p{L}*");
    /** Words after a sum that cannot be what it counts; slang for money ("grand", "лям") needs none. */
    private static final Set<String> AFTER_A_SUM = Set.of("", "за", "с", "и", "или", "ровно", "максимум", "край", "потолок", "не", "для", "flat", "max",
            "tops", "total", "all", "and", "or", "not", "for", "to", "in", "on",
            // a condition after a raised figure: "тыщ 80, может 100 если прям хорошо сделаете", "25k, maybe 30 if it includes hosting"
            "если", "if",
            // a verb after it: "тысяч 500-600 можем отдать", "900k would work"
            "можем", "могу", "могли", "сможем", "осилим", "готовы", "готов", "есть", "выделим", "выделили", "устроит", "хватит", "потянем", "дадим",
            "заплатим", "отдадим", "отдать", "потратить", "сделать", "уложиться", "уложимся", "вписаться", "впишемся", "выйдет", "получится", "будет", "is", "would", "could", "should",
            "works", "will", "we", "i", "мы", "я", "можно", "согласовали", "утвердили", "одобрили", "согласован", "утвержден", "одобрен", "approved", "agreed",
            // a word of judging it: "85к норм?", "тысяч 150 наверное"
            "норм", "нормально", "ок", "пойдёт", "пойдет", "подойдёт", "подойдет", "наверное", "ok", "okay", "probably",
            // a tax after it: "2,4 млн без НДС", "90k plus VAT"
            "без", "включая", "plus", "vat", "net", "excl", "incl", "including", "excluding", "ex",
            // the figure it replaces after it: "530к вместо 640к"
            "вместо");
    /**
     * A word saying the sum after it is money, whatever follows it: "бюджет 3 млн. команда 6", "budget: 90k,
     * team 4", "бюджет 1,5–2 млн" (the upper end of a range), and the Russian "за" of a price ("а можно за 1,5 млн сделать?").
     */
    private static final Pattern MONEY_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:budget|бюджет\\p{L}*|price|цена|стоимост\\p{L}*|за|потратить|вложить|spend|по деньгам)\\s*[:=~–—-]?\\s*(?:около|примерно|порядка|до|about|around|up to|~)?"
                    + "\\s*(?:\\d[\\d.,]*\\s*[–—-]\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONEY_SLANG = Pattern.compile("grand|лям\\p{L}*|косар\\p{L}*|косых|кусков|тыр", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words right before a figure that make it the one replaced, or the other side's: see {@link #last(String, String)}. */
    private static final Pattern REPLACED = Pattern.compile("(?<![\\p{L}])(?:instead of|rather than|in place of|replacing|replaces|replaced|"
            + "previously|previous|earlier|original|originally|initial|initially|old|was|were|not|your|quoted|wanted|charged|asked for|"
            + "(?:down|up|reduced|increased|lowered|cut|raised) from|вместо|было|был|была|были|ранее|прежн\\p{L}*|предыдущ\\p{L}*|"
            + "первоначальн\\p{L}*|а не|не|ваш|ваша|ваши|вашу|вашей|вашего|вашем|ваших|просите|просили|просят|хотели)"
            + "(?:\\s+(?:the|our|my|a|an|of|price|quote|quoted|offer|total|figure|estimate|наш\\p{L}*|цен\\p{L}*|сумм\\p{L}*|смет\\p{L}*|"
            + "коммерческ\\p{L}*|предложени\\p{L}*|кп))*"
            + "[\\s(:]*$");
    /**
     * Words right before a figure that make it a part, an instalment or a conversion of the price
     * beside it: "(Phase 1 alone is 80 lakh)", "of which phase one is SAR 480,000", "an optional
     * $9,000 add-on", "i.e. roughly 54k EUR", "тремя траншами по $8,000".
     */
    private static final Pattern PART = Pattern.compile("(?<![\\p{L}])(?:of which|of that|including|incl\\.?|i\\.e\\.?|alone|optional|another|"
            + "из них|в том числе|в т\\.ч\\.|по|ещё|еще)(?:\\s+(?:is|are|roughly|about|around|add-on|phase \\S+))*[\\s(:~≈]*$");
    /** Words right after a figure that make it a fee by the month beside the project's price: "$1,200/mo", "60 000 руб./мес.". */
    private static final Pattern MONTHLY = Pattern.compile("^\\s*(?:/\\s*|per\\s+|a\\s+|an\\s+|в\\s+|за\\s+)(?:month|mo|mth|мес)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SIGN_AFTER_SPACED_FIGURE = Pattern.compile("\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:,\\d{1,2})?[ \\u00A0\\u202F]?\\$");
    /**
     * A bare figure instead of a sum takes the sum's magnitude and currency: "сделаем за 180 вместо 210 тысяч рублей" is
     * 180,000 rubles ("530к вместо 640к" names both).
     */
    private static final Pattern BARE_INSTEAD = Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,3}(?:[.,]\\d{1,2})?)[ \\u00A0]+(вместо|instead of|rather than)[ \\u00A0]+"
            + "(\\d{1,3}(?:[.,]\\d{1,2})?)([ \\u00A0]*" + MULTIPLIER.replace("(?<mult>", "(?:") + "(?:[ \\u00A0]*(?:" + SYMBOL + "|" + WORD + "))?)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A bare figure offered back as the price, its thousands left unsaid: "Ну вы загнули 😅 Давайте за 120, и по
     * рукам?", "could you do it for 90?" (numbers already in digits).
     */
    private static final Pattern BARE_COUNTER_OFFER = Pattern.compile("(?<![\\p{L}])(?:давайте|давай|а можно|сделаете|сделайте|"
            + "(?:could|can|would) you do (?:it|this|that)|would you take|will you take|would you accept)[ \\u00A0]+(?:за[ \\u00A0]+|for[ \\u00A0]+|at[ \\u00A0]+)?"
            + "(?<num>\\d{2,3})(?=[ \\u00A0]*(?:$|[,.;!?)]|[ \\u00A0](?:и|and)[ \\u00A0]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern US_DOLLAR_NAMED = Pattern.compile("us\\$|usd|dollar|долл", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A figure in brackets after another is that one converted or restated: "1.5 tỷ VND (~60k USD)". */
    private static final Pattern RESTATED = Pattern.compile("\\(\\s*(?:~|≈|approx\\.?|about|around|roughly|ca\\.?|примерно|около)?\\s*$");
    /** Words right after a figure that make it the one before in another currency: "6.900.000 ISK — about 46k in euros". */
    private static final Pattern CONVERTED = Pattern.compile("\\s*(?:in|в)\\s+(?<cur>euros?|dollars?|pounds?|rubles|roubles|евро|долларах|рублях|фунтах)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A figure added to the one before it ("previously $136K + $9K") shares its fate. */
    private static final Pattern JOINED = Pattern.compile("(?:\\+|plus|плюс|and|и)\\s*$");
    /** A currency named on its own: "Dollars, to be clear", "in euros". */
    private static final Pattern IN_CURRENCY = Pattern.compile("(?<![\\p{L}])(?:в|in)\\s+(?<cur>" + OTHER_CURRENCIES.all() + "|" + CODE + "|" + WORD + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A name of several words says which dollar or peso it is ("fifteen grand to play with, Aussie dollars"); a word alone may be another's. */
    private static final Pattern LONE_CURRENCY = Pattern.compile(
            "(?<![\\p{L}\\d])(?:" + OTHER_CURRENCIES.namesOfSeveralWords() + "|" + CODE + "|" + WORD + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A currency's name of several words: "Pakistani rupees", "Canadian dollars", "белорусских рублей". */
    private static final Pattern SEVERAL_WORDS = Pattern.compile("(?<![\\p{L}\\d])(?:" + OTHER_CURRENCIES.namesOfSeveralWords() + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The rupees of other countries than India, written "Rs." or "rupees" at home as well. */
    private static final Set<String> OTHER_RUPEES = Set.of("PKR", "LKR", "NPR", "MUR", "SCR");
    private static final Pattern RUPEE_WORD = Pattern.compile("(?<![\\p{L}])(?:rs\\.?|rupees?|рупи\\p{L}*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** How far before an amount a word making it a floor may stand ("from", "от", "at least"). */
    private static final int FLOOR_REACH = 3;
    /** Less than ten of any currency is no budget or price: "3 developers (2 PHP, 1 React)" names a language. */
    private static final BigDecimal NO_PRICE_BELOW = BigDecimal.TEN;

    private Amounts() {
    }

    /**
     * The text with every amount written as a floor taken out ("projects from $30k", "от 2 млн",
     * "at least €20,000"): a minimum the seller names is no budget and no price.
     */
    static String withoutFloors(String text, Phrases floors) {
        if (!floors.matches(text)) {
            return text;
        }
        // only where the sums stand matters here, so one without its currency is found in ISO's "no currency"
        List<Found> amounts = all(text, Objects.requireNonNullElse(usualIn(text), "XXX"));
        StringBuilder out = new StringBuilder(text);
        for (int i = amounts.size() - 1; i >= 0; i--) {
            Found amount = amounts.get(i);
            String[] before = text.substring(0, amount.position()).strip().split("\\s+");
            String near = String.join(" ", java.util.Arrays.asList(before).subList(Math.max(0, before.length - FLOOR_REACH), before.length));
            Optional<String> floor = floors.find(near).filter(words -> Phrases.normalise(near).endsWith(Phrases.normalise(words)));
            if (floor.isPresent() && !anEstimateFrom(before, floor.get())) {
                out.delete(amount.position(), amount.position() + amount.words().length());
            }
        }
        return out.toString();
    }

    /** "Предварительная оценка — от 6 200 000 руб.": the owner's estimate for the project, starting at its sum, is a price. */
    private static boolean anEstimateFrom(String[] wordsBefore, String floor) {
        int floorWords = floor.strip().split("\\s+").length;
        String rest = String.join(" ", java.util.Arrays.asList(wordsBefore).subList(Math.max(0, wordsBefore.length - floorWords - 3),
                Math.max(0, wordsBefore.length - floorWords)));
        return ESTIMATE_BEFORE.matcher(rest).find();
    }

    /** The first amount in the text, with the words it was read from. */
    static Optional<Found> first(String text) {
        return all(text, null).stream().findFirst();
    }

    /** As {@link #first(String)}, a sum without its currency read in {@code usual} (null: not read). */
    static Optional<Found> first(String text, String usual) {
        return all(text, usual).stream().findFirst();
    }

    /** The currency a sum without one is in by the language of the text: rubles in mostly Cyrillic text, else unknown. */
    static String usualIn(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            cyrillic += script == Character.UnicodeScript.CYRILLIC ? 1 : 0;
            latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
        }
        return cyrillic > latin ? "RUB" : null;
    }

    /** A bare figure offered back as the price ({@link #BARE_COUNTER_OFFER}), read as thousands of {@code currency}. */
    static Optional<Found> thousandsOfferedBack(String text, String currency) {
        Matcher offered = text == null ? null : BARE_COUNTER_OFFER.matcher(text);
        return offered == null || !offered.find() ? Optional.empty() : Optional.of(new Found(
                money(number(offered.group("num")).multiply(BigDecimal.valueOf(1_000)), currency), offered.group().strip(), offered.start()));
    }

    /**
     * The last amount in the text: in a counter-offer or a revised estimate the figure that stands
     * is written after the one it replaces ("$90k is above what we have; could we fit into $75k?"),
     * and a range ends with its upper value.
     */
    static Optional<Found> last(String text) {
        return last(text, null);
    }

    /** As {@link #last(String)}, a sum without its currency read in {@code usual} (null: not read). */
    /**
     * The figure a text leaves standing: the last one, less those it names as replaced or as the other
     * side's ("$24,000 instead of $27,500", "not £43,800", "(was 1.15M)", "against your $60k quote",
     * "вместо ваших 11 800") and less parts, instalments, conversions and monthly fees beside a price;
     * the last of all when every one is.
     */
    static Optional<Found> last(String written, String usual) {
        String text = written == null ? null : BARE_INSTEAD.matcher(written).replaceAll("$1$4 $2 $3$4");
        List<Found> all = all(text, usual);
        List<Found> notReplaced = new ArrayList<>();
        List<Found> standing = new ArrayList<>();
        boolean previousReplaced = false;
        for (Found amount : all) {
            String before = Phrases.normalise(text.substring(Math.max(0, amount.position() - 48), amount.position()));
            boolean replaced = REPLACED.matcher(before).find() || previousReplaced && JOINED.matcher(before).find();
            if (!replaced) {
                notReplaced.add(amount);
                String after = text.substring(Math.min(text.length(), amount.position() + amount.words().length()));
                boolean restated = notReplaced.size() > 1 && (RESTATED.matcher(before).find()
                        || convertedFrom(after, notReplaced.get(notReplaced.size() - 2)));
                if (!PART.matcher(before).find() && !MONTHLY.matcher(after).find() && !restated) {
                    standing.add(amount);
                }
            }
            previousReplaced = replaced;
        }
        List<Found> from = !standing.isEmpty() ? standing : !notReplaced.isEmpty() ? notReplaced : all;
        return from.isEmpty() ? Optional.empty() : Optional.of(from.get(from.size() - 1));
    }

    /** Whether the words after a figure name another currency than the figure's before it ("40 тысяч в евро, но можем и 45 тысяч в евро" is no conversion). */
    private static boolean convertedFrom(String after, Found before) {
        Matcher converted = CONVERTED.matcher(after);
        return converted.lookingAt() && !before.money().currency().equals(currency(converted.group("cur")));
    }

    /**
     * Every amount, in the order written; where the forms overlap the one starting first. A sum
     * without its currency takes the currency of a sum written in the text, else one named on its
     * own, else {@code usual}.
     */
    private static List<Found> all(String text, String given) {
        // every form of a sum below matches a digit (\d); most messages hold none
        if (text == null || !Words.holdsADigit(text)) {
            return List.of();
        }
        // Lakhs and crores count rupees: "4 lakh is possible, more we cannot" names no other currency.
        String usual = SOUTH_ASIAN_MAGNITUDE.matcher(text).find() && !otherRupee(given) ? "INR" : given;
        List<Found> found = new ArrayList<>();
        found.addAll(find(INVERTED, text));
        found.addAll(find(BEFORE, text));
        found.addAll(find(AFTER, text));
        if (LOCAL_SIGN.matcher(text).find()) {
            found.addAll(find(LOCAL_BEFORE, text));
            found.addAll(find(LOCAL_AFTER, text));
        }
        found.addAll(millionsAndThousands(text, usual));
        found.addAll(spanishThousands(text));
        found.addAll(sharedNouns(text));
        String written = found.isEmpty() ? null : found.get(found.size() - 1).money().currency();
        // "Ваши 12 000 $ для нас высоко. Давайте в тенге — 4,5 млн": the currency a sum is said to be in comes first
        Supplier<String> unwritten = () -> saidToBeIn(text).orElseGet(() -> written != null ? written : namedOnItsOwn(text).orElse(usual));
        found.addAll(unwritten(UNWRITTEN, text, unwritten));
        found.addAll(unwritten(UNWRITTEN_INVERTED, text, unwritten));
        found.addAll(taxed(text, unwritten));
        found.removeIf(amount -> amount.money().amount().compareTo(NO_PRICE_BELOW) < 0);
        found.sort(Comparator.comparingInt(Found::position));
        List<Found> apart = new ArrayList<>();
        int end = -1;
        for (Found amount : found) {
            if (amount.position() >= end) {
                apart.add(amount);
                end = amount.position() + amount.words().length();
            }
        }
        return nounsNamed(rupeesOf(given, dollarsNamed(canadianFrench(apart, text))), text);
    }

    private static boolean otherRupee(String currency) {
        return currency != null && OTHER_RUPEES.contains(currency);
    }

    /**
     * Rupees written without their country in a negotiation held in another country's rupee ("PKR 4.5 million", then
     * "Rs. 3,200,000") are that one; "₹" is India's alone.
     */
    private static List<Found> rupeesOf(String conversation, List<Found> amounts) {
        if (!otherRupee(conversation)) {
            return amounts;
        }
        return amounts.stream().map(a -> a.money().currency().equals("INR") && RUPEE_WORD.matcher(a.words()).find()
                ? a.in(conversation) : a).toList();
    }

    /**
     * A sum in a noun several currencies share, in a text that says which one by its name of several words ("We can
     * spend 25 lakh rupees. Pakistani rupees, I mean, not Indian"), is in that one.
     */
    private static List<Found> nounsNamed(List<Found> amounts, String text) {
        if (amounts.isEmpty()) {
            // the names' one alternation, tried at every letter of every message, was a quarter of the first board at a million activities
            return amounts;
        }
        Matcher named = SEVERAL_WORDS.matcher(text);
        List<Found> read = amounts;
        while (named.find()) {
            String name = Phrases.normalise(named.group());
            String noun = singular(name.substring(name.lastIndexOf(' ') + 1));
            String currency = currency(named.group());
            read = read.stream().map(a -> {
                String words = Phrases.normalise(a.words());
                boolean sameNoun = singular(words.substring(words.lastIndexOf(' ') + 1)).equals(noun) && !words.endsWith(name);
                return sameNoun ? a.in(currency) : a;
            }).toList();
        }
        return read;
    }

    private static String singular(String englishNoun) {
        return englishNoun.endsWith("s") ? englishNoun.substring(0, englishNoun.length() - 1) : englishNoun;
    }

    /**
     * A bare "$" in a text that names its dollar once ("$165K CAD is more than we can justify; we'd be
     * comfortable at $130K", "CA$141,000 (previously $136K)") is that dollar.
     */
    private static List<Found> dollarsNamed(List<Found> amounts) {
        String named = amounts.stream().filter(a -> a.words().contains("$") && !a.money().currency().equals("USD"))
                .map(a -> a.money().currency()).findFirst().orElse(null);
        if (named == null) {
            return amounts;
        }
        return amounts.stream().map(a -> a.money().currency().equals("USD") && a.words().contains("$") && !US_DOLLAR_NAMED.matcher(a.words()).find()
                ? a.in(named) : a).toList();
    }

    /**
     * A "$" after a figure grouped by spaces, in a text written in Latin letters, is written as French
     * Canada writes its dollars ("we go with you at 18 000 $"); English puts the sign before, and
     * Russian, which also writes it after, writes in Cyrillic.
     */
    private static List<Found> canadianFrench(List<Found> amounts, String text) {
        if (amounts.stream().noneMatch(a -> SIGN_AFTER_SPACED_FIGURE.matcher(a.words()).matches()) || "RUB".equals(usualIn(text))) {
            return amounts;
        }
        return amounts.stream().map(a -> a.money().currency().equals("USD") && SIGN_AFTER_SPACED_FIGURE.matcher(a.words()).matches()
                ? a.in("CAD") : a).toList();
    }

    record Found(Money money, String words, int position) {

        /** The same sum read in another currency, where the text says which one its sign or noun means. */
        Found in(String currency) {
            return new Found(new Money(money.amount(), currency), words, position);
        }
    }

    /** The currency a sum is said to be "in" ("в лари будет около 40 тысяч", "in euros … 70k"). */
    private static Optional<String> saidToBeIn(String text) {
        Matcher in = IN_CURRENCY.matcher(text);
        return in.find() ? Optional.of(currency(in.group("cur"))) : Optional.empty();
    }

    /** The first currency a text names apart from any figure ("… 72k. Dollars, to be clear"). */
    private static Optional<String> namedOnItsOwn(String text) {
        Matcher lone = LONE_CURRENCY.matcher(text);
        return lone.find() ? Optional.of(currency(lone.group())) : Optional.empty();
    }

    /** The sums a pattern of magnitude without currency finds, in {@code currency}, where the next word lets them be money. */
    private static List<Found> unwritten(Pattern pattern, String text, Supplier<String> currencyOfTheText) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        String currency = null;
        while (matcher.find()) {
            String upper = matcher.group("upper");
            boolean raised = upper != null && number(upper).compareTo(number(matcher.group("num"))) > 0
                    && moneyEndsAt(matcher, text, matcher.end("upper"));
            int end = raised ? matcher.end("upper") : Math.max(matcher.end("num"), matcher.end("mult"));
            if (!raised && !moneyEndsAt(matcher, text, end)) {
                continue;
            }
            // "250 тыр" is thousands of roubles, whatever else the text names
            currency = matcher.group("mult").equalsIgnoreCase("тыр") ? "RUB" : currency != null ? currency : currencyOfTheText.get();
            if (currency == null) {
                return found;
            }
            BigDecimal amount = figure(raised ? upper : matcher.group("num"), matcher.group("mult"));
            if (amount.signum() > 0) {
                found.add(new Found(money(amount, currency), text.substring(matcher.start(), end).strip(), matcher.start()));
            }
        }
        return found;
    }

    private static List<Found> taxed(String text, Supplier<String> currencyOfTheText) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = TAXED.matcher(text);
        while (matcher.find() && currencyOfTheText.get() != null) {
            found.add(new Found(money(number(matcher.group("num")), currencyOfTheText.get()), matcher.group("num"), matcher.start()));
        }
        return found;
    }

    /** Whether the sum {@code matcher} found, read up to {@code end}, is money by the word after it or the words around it. */
    private static boolean moneyEndsAt(Matcher matcher, String text, int end) {
        Matcher nextWord = NEXT_WORD.matcher(text).region(end, text.length());
        String next = nextWord.lookingAt() ? nextWord.group().strip() : "";
        // "1,5 млн. Ждут резюме": the abbreviation's point ends the sentence when a capital follows
        boolean sentenceEnds = matcher.group("mult").endsWith(".") && !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
        return AFTER_A_SUM.contains(Phrases.normalise(next)) || sentenceEnds
                || MONEY_SLANG.matcher(matcher.group("mult")).matches()
                || MONEY_BEFORE.matcher(text.substring(Math.max(0, matcher.start() - 24), matcher.start())).find();
    }

    /** A figure as written, times its magnitude when it has one ("25k", "1,5 млн"). */
    private static BigDecimal figure(String number, String multiplier) {
        BigDecimal amount = number(number);
        return multiplier == null ? amount : amount.multiply(multiplier(multiplier));
    }

    /** The sum in whole units as written: "25000", never "2.5E+4" or "25000.00". */
    private static Money money(BigDecimal amount, String currency) {
        BigDecimal plain = amount.stripTrailingZeros();
        return new Money(plain.setScale(Math.max(0, plain.scale())), currency);
    }

    private static List<Found> sharedNouns(String text) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = SHARED_AFTER.matcher(text);
        while (matcher.find()) {
            // a figure grouped in thousands is a sum's as a magnitude is: "28,000,000 won"
            String currency = OTHER_CURRENCIES.sharedNounCode(matcher.group("noun"), matcher.group("country"), matcher.group("code"),
                    matcher.group("mult") != null || GROUPED.matcher(matcher.group("num")).matches());
            BigDecimal amount = figure(matcher.group("num"), matcher.group("mult"));
            if (currency != null && amount.signum() > 0) {
                found.add(new Found(money(amount, currency), matcher.group().strip(), matcher.start()));
            }
        }
        return found;
    }

    /** A peso is the one the text names in full ("60 mil pesos for the web, mexican pesos"), else none. */
    private static List<Found> spanishThousands(String text) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = SPANISH_THOUSANDS.matcher(text);
        while (matcher.find()) {
            String noun = matcher.group("noun").toLowerCase(Locale.ROOT);
            Matcher named = LONE_CURRENCY.matcher(text);
            String currency = SPANISH_NOUNS.containsKey(noun) ? SPANISH_NOUNS.get(noun)
                    : named.find() && Phrases.normalise(named.group()).endsWith(" " + noun) ? currency(named.group()) : null;
            if (currency != null) {
                found.add(new Found(money(number(matcher.group("num")).multiply(BigDecimal.valueOf(1_000)), currency), matcher.group(), matcher.start()));
            }
        }
        return found;
    }

    private static List<Found> millionsAndThousands(String text, String usual) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = MILLIONS_AND_THOUSANDS.matcher(text);
        while (matcher.find()) {
            String written = matcher.group("cur");
            String currency = written != null ? currency(written) : usual;
            boolean money = written != null || matcher.group("k") != null || MONEY_SLANG.matcher(matcher.group("mult")).matches()
                    || CLAUSE_ENDS.matcher(text).region(matcher.end(), text.length()).lookingAt();
            if (money && currency != null) {
                BigDecimal large = matcher.group("num") == null ? BigDecimal.ONE : number(matcher.group("num"));
                BigDecimal amount = large.multiply(multiplier(matcher.group("mult")))
                        .add(new BigDecimal(matcher.group("thousands")).multiply(BigDecimal.valueOf(1_000)));
                found.add(new Found(money(amount, currency), matcher.group().strip(), matcher.start()));
            }
        }
        return found;
    }

    private static List<Found> find(Pattern pattern, String text) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String upper = pattern == BEFORE || pattern == LOCAL_BEFORE || pattern == INVERTED ? matcher.group("upper") : null;
            String multiplier = matcher.group("mult");
            if ((pattern == INVERTED || pattern == BEFORE || pattern == AFTER) && matcher.group("raised") != null) {
                upper = raised(matcher.group("num"), multiplier, matcher.group("raised")).orElse(upper);
            }
            boolean local = pattern == LOCAL_BEFORE || pattern == LOCAL_AFTER;
            if (local && multiplier == null && !GROUPED.matcher(matcher.group("num")).matches()) {
                continue;
            }
            String written = matcher.group("cur");
            if (pattern == AFTER && multiplier == null && CurrencyNames.standsForItsDollar(written)
                    && number(matcher.group("num")).compareTo(BigDecimal.valueOf(1_000)) < 0) {
                continue;
            }
            boolean unknownCode = !local && written.matches("[A-Z]{3}") && !ISO_CODES.contains(written) && !written.equals("RUR");
            // "75 000 $ CAD", "$80k AUD": the code after a sign says which dollar
            String code = pattern == AFTER || pattern == BEFORE ? matcher.group("code") : null;
            String currency = unknownCode ? null : code != null && ISO_CODES.contains(code) ? code : currency(written);
            BigDecimal amount = figure(upper != null ? upper : matcher.group("num"),
                    "mil".equalsIgnoreCase(multiplier) && MIL_IS_A_THOUSAND.contains(currency) ? "k" : multiplier);
            if (amount.signum() > 0 && !unknownCode) {
                found.add(new Found(money(amount, currency), matcher.group().strip(), matcher.start()));
            }
        }
        return found;
    }

    /**
     * The figure raised after a sum, when larger: "300к рублей, может 350" is 350 (thousands, as the sum's); "6.000 euro, maybe 7"
     * is 7,000, a bare figure after a sum written out in thousands counting thousands too (up to twice the sum).
     */
    private static Optional<String> raised(String num, String multiplier, String raised) {
        if (multiplier != null && GROUPED.matcher(raised).matches()) {
            return Optional.empty();
        }
        BigDecimal sum = number(num);
        BigDecimal more = number(raised);
        if (more.compareTo(sum) > 0) {
            return Optional.of(raised);
        }
        BigDecimal thousands = more.multiply(BigDecimal.valueOf(1_000));
        boolean inThousands = multiplier == null && GROUPED.matcher(num).matches();
        return inThousands && thousands.compareTo(sum) > 0 && thousands.compareTo(sum.multiply(BigDecimal.valueOf(2))) <= 0
                ? Optional.of(thousands.toPlainString()) : Optional.empty();
    }

    /**
     * A separator followed by exactly three digits groups thousands ("120,000", "85 000");
     * otherwise the last comma or dot is the decimal point ("3,5", "1.2").
     */
    static BigDecimal number(String written) {
        String digits = written.replaceAll("[ \\u00A0\\u202F'\u2019]", "");
        int lastSeparator = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
        if (lastSeparator < 0) {
            return new BigDecimal(digits);
        }
        boolean decimal = digits.length() - lastSeparator - 1 != 3;
        if (!decimal) {
            return new BigDecimal(digits.replaceAll("[,.]", ""));
        }
        String whole = digits.substring(0, lastSeparator).replaceAll("[,.]", "");
        return new BigDecimal(whole + "." + digits.substring(lastSeparator + 1));
    }

    private static BigDecimal multiplier(String word) {
        String w = Phrases.normalise(word);
        if (w.startsWith("k") || w.startsWith("к") || w.startsWith("т") || w.startsWith("tys") || w.startsWith("thousand") || w.equals("grand") || w.equals("bin")) {
            return BigDecimal.valueOf(1_000);
        }
        if (w.startsWith("bn") || w.startsWith("млрд") || w.startsWith("billion")) {
            return BigDecimal.valueOf(1_000_000_000);
        }
        if (w.startsWith("lakh") || w.startsWith("lac") || w.equals("l")) {
            return BigDecimal.valueOf(100_000);
        }
        if (w.startsWith("cr")) {
            return BigDecimal.valueOf(10_000_000);
        }
        return BigDecimal.valueOf(1_000_000);
    }

    private static String currency(String written) {
        String other = OTHER_CURRENCIES.code(written.replace('\u00A0', ' '));
        if (other != null) {
            return other;
        }
        String c = Phrases.normalise(written);
        if (c.contains("франк") || c.contains("franc")) {
            return "CHF";
        }
        if (written.length() == 3 && ISO_CODES.contains(written.toUpperCase(Locale.ROOT)) && !c.equals("rur")) {
            return written.toUpperCase(Locale.ROOT);
        }
        if (c.contains("$") || c.startsWith("usd") || c.startsWith("dollar") || c.startsWith("долл") || c.startsWith("бакс")
                || c.equals("bucks") || c.equals("us")) {
            return "USD";
        }
        if (c.equals("€") || c.equals("eur") || c.startsWith("euro") || c.equals("евро")) {
            return "EUR";
        }
        if (c.equals("£") || c.equals("gbp") || c.startsWith("pound") || c.startsWith("фунт") || c.equals("quid")) {
            return "GBP";
        }
        if (c.startsWith("rupee") || c.startsWith("рупи") || c.equals("₹") || c.startsWith("rs")) {
            return "INR";
        }
        if (c.startsWith("tk")) {
            return "BDT";
        }
        if (c.equals("тенге") || c.startsWith("тг") || c.equals("tenge")) {
            return "KZT";
        }
        if (c.startsWith("грн")) {
            return "UAH";
        }
        if (c.startsWith("бел")) {
            return "BYN";
        }
        return "RUB";
    }
}
