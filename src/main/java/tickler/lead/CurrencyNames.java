package tickler.lead;

import com.ibm.icu.text.CurrencyMetaInfo;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * The currencies in use today by the signs and names English and Russian write them with, from
 * ICU's locale data (CLDR): "R$", "₺", "₦", "HK$", "Singapore dollars", "белорусских рублей",
 * "турецких лир", and "S$", which CLDR lacks. Besides a currency's full name, the noun it counts
 * in stands for it alone ("5 million yen", "1.2 million lira", "150 млн сумов", "20 000 драмов").
 * A sign or name several currencies share ("kr", "peso", "dirham") is left out, unless it is
 * one currency's own sign and only the narrow sign of others ("¥" is the yen's, "CN¥" the yuan's);
 * so is a sign of one to three letters alone ("R", "Kč", "TMT"): next to a figure those are as often
 * a word or an abbreviation as money (and a code is read as a code), and so is a noun that is
 * also an ordinary word ("the 100k mark", "2 пула серверов"). The signs of letters a currency has
 * at home ("R" in South Africa, "RM", "Rp", "zł") are kept apart, {@link #localSigns()}, for
 * figures that can only be money. The usual currencies, which
 * {@link Amounts} reads by its own patterns, are left to those.
 */
final class CurrencyNames {

    private static final List<ULocale> LANGUAGES = List.of(ULocale.ENGLISH, new ULocale("ru"));
    private static final List<String> PLURAL_FORMS = List.of("one", "few", "many", "other");
    private static final Pattern FEW_LETTERS = Pattern.compile("\\p{L}{1,3}\\.?");
    private static final Pattern SIGN = Pattern.compile("[^\\p{L}\\s]");
    /** Signs and names in common use that CLDR does not list for any currency (see also {@link #DOLLAR_ADJECTIVES}). */
    private static final Map<String, String> BESIDES_CLDR = Map.ofEntries(Map.entry("s$", "SGD"), Map.entry("au$", "AUD"),
            Map.entry("kiwi dollars", "NZD"), Map.entry("kiwi dollar", "NZD"), Map.entry("aussie dollars", "AUD"), Map.entry("lev", "BGN"),
            Map.entry("leva", "BGN"), Map.entry("n$", "NAD"), Map.entry("francs cfa", "XOF"), Map.entry("franc cfa", "XOF"),
            Map.entry("złotych", "PLN"), Map.entry("zlotych", "PLN"), Map.entry("złoty", "PLN"),
            Map.entry("pesos mexicanos", "MXN"), Map.entry("pesos colombianos", "COP"), Map.entry("pesos chilenos", "CLP"),
            Map.entry("pesos argentinos", "ARS"), Map.entry("pesos filipinos", "PHP"));
    /**
     * The adjective that stands for its dollar after a figure, not in CLDR either: money only after a magnitude or a figure
     * of thousands ("25 thousand Canadian", "85 тысяч сингапурских"; "100 сингапурских клиентов" is none).
     */
    private static final Map<String, String> DOLLAR_ADJECTIVES = Map.of("canadian", "CAD", "australian", "AUD", "канадских", "CAD",
            "австралийских", "AUD", "сингапурских", "SGD", "новозеландских", "NZD", "гонконгских", "HKD");
    /** Shared nouns read as one currency after a magnitude only: "30 million won"; "we won" is no money. */
    private static final Map<String, String> SHARED_WITH_A_MAGNITUDE = Map.of("won", "KRW", "вон", "KRW");
    /** Signs CLDR gives a currency that another writes them with far more often: "C$" is Canadian, not the córdoba. */
    private static final Map<String, String> USUALLY = Map.of("c$", "CAD");
    /**
     * Nouns several currencies share, read as the one clients writing that language mostly pay in:
     * in Russian the Azerbaijani manat ("25 000 манат"), the UAE dirham ("70 тысяч дирхамов") and the
     * Moldovan leu ("70 000 леев"); in English the Romanian leu ("250.000 lei"), the UAE dirham and the Zambian kwacha
     * (Malawi's is the smaller economy).
     */
    private static final Map<String, String> SHARED_READ_AS = Map.of("манат", "AZN", "дирхам", "AED", "лей", "MDL", "леев", "MDL",
            "леи", "MDL", "lei", "RON", "leu", "RON", "dirham", "AED", "kwacha", "ZMW");
    /**
     * Signs of letters in use at home that CLDR does not give: "TL" for the Turkish lira, "CFA" for
     * the West African franc (of eight countries; the Central African one of six is written "FCFA"),
     * "лв" for the Bulgarian lev, "S/" (and the older "S/.") for the Peruvian sol.
     */
    private static final Map<String, String> LOCAL_BESIDES_CLDR = Map.of("tl", "TRY", "cfa", "XOF", "лв", "BGN", "s/", "PEN", "s/.", "PEN");
    /** Currency nouns that are ordinary words as well, in the forms CLDR gives them. */
    private static final Set<String> ORDINARY_WORDS = Set.of("mark", "marks", "real", "reals", "gold", "марка", "марки",
            "марок", "драма", "соль", "соля", "пул", "пула", "кип", "кипа", "тал", "таки", "сома", "добр", "добра", "добры");
    /** Endings of Russian adjectives: the noun of "узбекских сумов" is the word without one. */
    private static final Pattern RUSSIAN_ADJECTIVE = Pattern.compile(".*(?:ий|ый|ой|ая|яя|их|ых|ого|его|ие|ые|ое|ую)");
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,}.*");

    /** Local signs that are also words or abbreviations in English or Russian mail ("5,000 ft", "120 km"). */
    private static final Set<String> ORDINARY_ABBREVIATIONS = Set.of("ft", "km", "км", "den", "da", "le", "um", "ar", "cf", "fc",
            "fg", "db", "dt", "s", "d", "e", "g", "p", "q");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+\\.?");

    private final Map<String, String> codes;
    private final Map<String, String> localSigns;
    /** Nouns several currencies share ("pesos", "shillings"), with the codes of those currencies. */
    private final Map<String, Set<String>> shared;
    /** Countries by their names in English and Russian ("Uganda", "Уганда"), with the currency each pays in today. */
    private final Map<String, String> countryCurrencies;

    /** @param readAlready a name the caller reads by its own rules: not taken from ICU */
    CurrencyNames(Predicate<String> readAlready) {
        Map<String, Set<String>> own = new HashMap<>();
        Map<String, Set<String>> lesser = new HashMap<>();
        Set<String> tender = Set.copyOf(CurrencyMetaInfo.getInstance().currencies(CurrencyMetaInfo.CurrencyFilter.onDate(new Date()).withTender()));
        for (String code : tender) {
            Currency currency = Currency.getInstance(code);
            for (ULocale language : LANGUAGES) {
                add(own, currency.getName(language, Currency.SYMBOL_NAME, null), code);
                add(lesser, currency.getName(language, Currency.NARROW_SYMBOL_NAME, null), code);
                List<String> names = new ArrayList<>(List.of(currency.getName(language, Currency.LONG_NAME, null)));
                PLURAL_FORMS.forEach(form -> names.add(currency.getName(language, Currency.PLURAL_LONG_NAME, form, null)));
                for (String name : names) {
                    add(own, name, code);
                    String noun = noun(name, language);
                    if (noun != null) {
                        add(lesser, noun, code);
                    }
                }
            }
        }
        BESIDES_CLDR.forEach((sign, code) -> add(own, sign, code));
        DOLLAR_ADJECTIVES.forEach((adjective, code) -> add(own, adjective, code));
        USUALLY.forEach((sign, code) -> own.put(sign, new HashSet<>(Set.of(code))));
        SHARED_READ_AS.forEach((stem, code) -> lesser.replaceAll((noun, codes) ->
                noun.startsWith(stem) && codes.contains(code) ? new HashSet<>(Set.of(code)) : codes));
        lesser.keySet().removeAll(own.keySet());
        lesser.keySet().removeAll(ORDINARY_WORDS);
        Set<String> nounsOfThreeLetters = lesser.keySet().stream().filter(CurrencyNames::isWordOfThree).collect(Collectors.toSet());
        own.putAll(lesser);
        Map<String, Set<String>> sharedNouns = lesser.entrySet().stream()
                .filter(named -> named.getValue().size() > 1 && !FEW_LETTERS.matcher(named.getKey()).matches() && !readAlready.test(named.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, named -> Set.copyOf(named.getValue())));
        SHARED_WITH_A_MAGNITUDE.forEach((noun, code) -> sharedNouns.put(noun, Set.of(code)));
        this.shared = Map.copyOf(sharedNouns);
        this.countryCurrencies = countryCurrencies(tender);
        this.codes = own.entrySet().stream()
                .filter(named -> named.getValue().size() == 1)
                .filter(named -> !FEW_LETTERS.matcher(named.getKey()).matches() || nounsOfThreeLetters.contains(named.getKey()))
                .filter(named -> !readAlready.test(named.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, named -> named.getValue().iterator().next()));
        this.localSigns = localSigns(tender, readAlready);
    }

    private static Map<String, String> countryCurrencies(Set<String> tender) {
        Map<String, String> byName = new HashMap<>();
        for (String country : ULocale.getISOCountries()) {
            Currency currency = Currency.getInstance(new ULocale("und", country));
            if (currency != null && tender.contains(currency.getCurrencyCode())) {
                for (ULocale language : LANGUAGES) {
                    byName.put(new ULocale("", country).getDisplayCountry(language).toLowerCase(Locale.ROOT), currency.getCurrencyCode());
                }
            }
        }
        return Map.copyOf(byName);
    }

    /**
     * The signs of letters a currency is written with at home, by ICU's data for the countries that
     * use it ("R" in South Africa, "RM" in Malaysia, "Rp", "zł", "Kč", "KSh"): one currency's only,
     * and none that is also a common abbreviation.
     */
    private Map<String, String> localSigns(Set<String> tender, Predicate<String> readAlready) {
        Map<String, Set<String>> byName = new HashMap<>();
        for (ULocale home : ULocale.getAvailableLocales()) {
            Currency currency = home.getCountry().isEmpty() ? null : Currency.getInstance(home);
            if (currency != null && tender.contains(currency.getCurrencyCode())) {
                String sign = currency.getName(home, Currency.SYMBOL_NAME, null);
                if (LETTERS.matcher(sign).matches() && !sign.equalsIgnoreCase(currency.getCurrencyCode())) {
                    add(byName, sign, currency.getCurrencyCode());
                }
            }
        }
        LOCAL_BESIDES_CLDR.forEach((sign, code) -> byName.put(sign, new HashSet<>(Set.of(code))));
        return byName.entrySet().stream()
                .filter(named -> named.getValue().size() == 1 && !codes.containsKey(named.getKey())
                        && !ORDINARY_ABBREVIATIONS.contains(named.getKey()) && !readAlready.test(named.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, named -> named.getValue().iterator().next()));
    }

    /**
     * The noun a currency's name of several words counts in: the last word in English ("lira" of
     * "Turkish lira"), in Russian the first that is no adjective ("сумов" of "узбекских сумов",
     * "доллар" of "доллар США", "злотых" of "польских злотых"); null for a name of one word, a code or
     * a name with a remark.
     */
    private static String noun(String name, ULocale language) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || name.contains("(")) {
            return null;
        }
        if (language.equals(ULocale.ENGLISH)) {
            String last = words[words.length - 1];
            return ABBREVIATION.matcher(last).matches() ? null : last;
        }
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!ABBREVIATION.matcher(word).matches() && !RUSSIAN_ADJECTIVE.matcher(lower).matches()) {
                return word;
            }
        }
        // "польских злотых": a noun declined as an adjective is the last word
        String last = words[words.length - 1];
        return ABBREVIATION.matcher(last).matches() ? null : last;
    }

    /**
     * A currency's noun of three letters reads as money ("yen", "сом", "сум") unless it is a
     * function word (Lucene's stop lists: "так", the taka's genitive plural) or an ordinary one.
     */
    private static boolean isWordOfThree(String noun) {
        return noun.length() == 3 && noun.chars().allMatch(Character::isLetter)
                && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(noun) && !RussianAnalyzer.getDefaultStopSet().contains(noun);
    }

    private static void add(Map<String, Set<String>> byName, String name, String code) {
        byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(code);
    }

    /** Whether the name is an adjective standing for its dollar ({@link #DOLLAR_ADJECTIVES}). */
    static boolean standsForItsDollar(String written) {
        return DOLLAR_ADJECTIVES.containsKey(written.toLowerCase(Locale.ROOT));
    }

    /** The ISO code of a sign or name, local signs included, or null. */
    String code(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        return codes.getOrDefault(lower, localSigns.get(lower));
    }

    /**
     * The currency a noun several currencies share stands for where the words beside it say which:
     * a code after it ("95,000 pesos (PHP)") or a country's name before it ("40 million Uganda
     * shillings"), or a magnitude before a noun that is an ordinary word alone but, after millions,
     * only one currency that clients pay in ("30 million won", "12 млн вон" are South Korean); null otherwise.
     */
    String sharedNounCode(String noun, String country, String code, boolean withMagnitude) {
        String lower = noun.toLowerCase(Locale.ROOT);
        Set<String> candidates = shared.getOrDefault(lower, Set.of());
        if (code != null && candidates.contains(code)) {
            return code;
        }
        String ofCountry = country == null ? null : countryCurrencies.get(country.toLowerCase(Locale.ROOT));
        if (ofCountry != null && candidates.contains(ofCountry)) {
            return ofCountry;
        }
        return withMagnitude ? SHARED_WITH_A_MAGNITUDE.get(lower) : null;
    }

    /** A regular expression for the nouns several currencies share, longest first. */
    String sharedNouns() {
        return alternatives(shared.keySet());
    }

    /**
     * A regular expression for the local signs of letters, longest first: read only beside a figure
     * that can only be money ({@link Amounts}), as "R450 000" is and "Q3" is not.
     */
    String localSigns() {
        return alternatives(localSigns.keySet());
    }

    /** A regular expression for the signs (a name with a character that is no letter), longest first, as written before a figure. */
    String signs() {
        return alternatives(name -> SIGN.matcher(name).find());
    }

    /** A regular expression for the names of several words ("Aussie dollars", "Mexican pesos"), longest first. */
    String namesOfSeveralWords() {
        return alternatives(name -> name.contains(" "));
    }

    /** A regular expression for every sign and name, longest first, as written after a figure. */
    String all() {
        return alternatives(name -> true);
    }

    /**
     * The names as alternatives, behind a look-ahead for their first characters: an expression
     * tried at every position of a text then tries the alternatives only where one may begin.
     */
    private String alternatives(Predicate<String> which) {
        return alternatives(codes.keySet().stream().filter(which).collect(Collectors.toSet()));
    }

    private static String alternatives(Set<String> which) {
        List<String> names = which.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        String first = names.stream().map(name -> String.format("\\x{%x}", name.codePointAt(0))).distinct()
                .collect(Collectors.joining());
        return "(?=[" + first + "])(?:" + names.stream().map(name -> Pattern.quote(name).replace(" ", "\\E[ \\u00A0]\\Q"))
                .collect(Collectors.joining("|")) + ")";
    }
}
