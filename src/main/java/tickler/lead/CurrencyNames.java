package tickler.lead;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
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

/**
 * The currencies in use today by the signs and names English and Russian write them with, from
 * ICU's locale data (CLDR): "R$", "₺", "₦", "HK$", "Singapore dollars", "белорусских рублей",
 * "турецких лир", and "S$", which CLDR lacks. A sign or name several currencies share ("$", "kr", "¥") is left out, and so is
 * a sign of one to three letters alone ("R", "Kč", "TMT"): next to a figure those are as often
 * a word or an abbreviation as money (and a code is read as a code). The usual currencies, which {@link Amounts} reads by its own
 * patterns, are left to those.
 */
final class CurrencyNames {

    private static final List<ULocale> LANGUAGES = List.of(ULocale.ENGLISH, new ULocale("ru"));
    private static final List<String> PLURAL_FORMS = List.of("one", "few", "many", "other");
    private static final Pattern FEW_LETTERS = Pattern.compile("\\p{L}{1,3}\\.?");
    private static final Pattern SIGN = Pattern.compile("[^\\p{L}\\s]");
    /** Signs in common use that CLDR does not list for any currency. */
    private static final Map<String, String> BESIDES_CLDR = Map.of("s$", "SGD");

    private final Map<String, String> codes;

    /** @param readAlready a name the caller reads by its own rules: not taken from ICU */
    CurrencyNames(Predicate<String> readAlready) {
        Map<String, Set<String>> byName = new HashMap<>();
        Date today = new Date();
        for (Currency currency : Currency.getAvailableCurrencies()) {
            String code = currency.getCurrencyCode();
            if (!Currency.isAvailable(code, today, null)) {
                continue;
            }
            for (ULocale language : LANGUAGES) {
                for (int style : new int[] {Currency.SYMBOL_NAME, Currency.NARROW_SYMBOL_NAME, Currency.LONG_NAME}) {
                    add(byName, currency.getName(language, style, null), code);
                }
                for (String form : PLURAL_FORMS) {
                    add(byName, currency.getName(language, Currency.PLURAL_LONG_NAME, form, null), code);
                }
            }
        }
        BESIDES_CLDR.forEach((sign, code) -> add(byName, sign, code));
        this.codes = byName.entrySet().stream()
                .filter(named -> named.getValue().size() == 1)
                .filter(named -> !FEW_LETTERS.matcher(named.getKey()).matches())
                .filter(named -> !readAlready.test(named.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, named -> named.getValue().iterator().next()));
    }

    private static void add(Map<String, Set<String>> byName, String name, String code) {
        byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(code);
    }

    /** The ISO code of a sign or name, or null. */
    String code(String written) {
        return codes.get(written.toLowerCase(Locale.ROOT));
    }

    /** A regular expression for the signs (a name with a character that is no letter), longest first, as written before a figure. */
    String signs() {
        return alternatives(name -> SIGN.matcher(name).find());
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
        List<String> names = codes.keySet().stream().filter(which).sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        String first = names.stream().map(name -> String.format("\\x{%x}", name.codePointAt(0))).distinct()
                .collect(Collectors.joining());
        return "(?=[" + first + "])(?:" + names.stream().map(name -> Pattern.quote(name).replace(" ", "\\E[ \\u00A0]\\Q"))
                .collect(Collectors.joining("|")) + ")";
    }
}
