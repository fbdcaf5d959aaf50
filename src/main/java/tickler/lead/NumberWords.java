package tickler.lead;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * Numbers written in words, English and Russian ("seven", "ninety thousand", "двадцать пять",
 * "пяти", "пятеро"), rewritten as digits so the quantity grammar reads one form. The words and
 * their values come from ICU's spell-out rules (every case and gender of the Russian cardinals);
 * only counting nouns such as "dozen" or "полтора" come from the vocabulary.
 */
final class NumberWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");
    /** What may stand between two number words of one number: "one hundred and twenty", "twenty five". */
    private static final Pattern JOINER = Pattern.compile("(?:[ \\u00A0]+(?:and[ \\u00A0]+)?)");
    private static final int LARGEST_SMALL = 10;
    private static final Pattern SCALE = Pattern.compile(
            "(?<thousand>thousand|тысяч\\p{L}*)|(?<million>million|миллион\\p{L}*)|(?<billion>billion|миллиард\\p{L}*)");

    private static final Speller ENGLISH = new Speller(ULocale.ENGLISH);
    private static final Speller RUSSIAN = new Speller(new ULocale("ru"));

    /** "два с половиной миллиона", "two and a half million": the half joins the number before the scale. */
    private static final Pattern AND_A_HALF = Pattern.compile(
            "(?<![\\d.,])(?<n>\\d{1,3})[ \\u00A0]+(?:с половиной|and a half)[ \\u00A0]+(?=(?:thousand|million|billion|тысяч|миллион|миллиард|тыс|млн|млрд|лям|грант|grand|lakh|crore))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A scale word in the singular with no number before it is one of it: "около миллиона", "a
     * million dollars"; "thanks a million" counts nothing.
     */
    private static final Pattern LONE_SCALE = Pattern.compile(
            "(?<!\\d[ \\u00A0.,]{0,2})(?<![\\p{L}\\d])(?<!thanks[ \\u00A0])(?<!thanks[ \\u00A0]a[ \\u00A0])(?:a[ \\u00A0]+)?(?<scale>million|billion|миллиона?|миллиарда?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The article "a" standing for "one" before a number word: "a hundred", "a thousand". */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?<![\\p{L}])a $");
    /** "пол-ляма", "полмиллиона", "до полумиллиона": half of a scale word written as one word with it. */
    private static final Pattern HALF_OF_SCALE = Pattern.compile("(?<![\\p{L}])полу?-?(?=(?:ляма|лимона|миллиона|миллиарда)(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FRACTION = Pattern.compile("(?:a )?(half|quarter)(?: of)? a ");
    private static final Set<String> FRACTION_STARTS = Set.of("a", "half", "quarter");
    /** The scale words {@link #LONE_SCALE} reads, folded. */
    private static final List<String> SCALE_WORDS = List.of("million", "billion", "миллион", "миллиард");
    private final Map<String, BigDecimal> countingWords;

    /** @param countingWords nouns that count ("dozen" 12, "десяток" 10, "полтора" 1.5), lower case */
    NumberWords(Map<String, BigDecimal> countingWords) {
        this.countingWords = Map.copyOf(countingWords);
    }

    /** "word=value" entries of the vocabulary. */
    static NumberWords of(List<String> entries) {
        Map<String, BigDecimal> words = new HashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                words.put(Phrases.normalise(entry.substring(0, equals).strip()), new BigDecimal(entry.substring(equals + 1).strip()));
            }
        }
        return new NumberWords(words);
    }

    /** The text with every number written in words replaced by its digits; everything else as it was. */
    String digits(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String lower = Phrases.normalise(text);
        Matcher word = WORD.matcher(lower);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (word.find(from)) {
            Replacement replacement = numberAt(lower, word);
            if (replacement == null) {
                from = word.end();
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, replacement.start()).append(replacement.digits());
            copied = replacement.end();
            from = replacement.end();
        }
        String written = out == null ? text : out.append(text, copied, text.length()).toString();
        String folded = folded(written);
        String halves = folded.contains("с половиной") || folded.contains("and a half")
                ? AND_A_HALF.matcher(written).replaceAll("${n}.5 ") : written;
        if (folded.contains("пол")) {
            halves = HALF_OF_SCALE.matcher(halves).replaceAll("0.5 ");
        }
        return SCALE_WORDS.stream().anyMatch(folded::contains) ? LONE_SCALE.matcher(halves).replaceAll("1 ${scale}") : halves;
    }

    /**
     * The text as case-insensitive expressions compare it, letter by letter: the words an
     * expression needs are looked for in it before the expression is tried at every letter of
     * every message (most name no number at all).
     */
    private static String folded(String text) {
        char[] letters = new char[text.length()];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(letters);
    }

    /**
     * Whether a number may begin at this word: one of the words each reading below starts with, so
     * that the other words of a message are passed over without trying each reading in turn.
     */
    private boolean mayStartNumber(String word) {
        return word.indexOf('-') >= 0 || FRACTION_STARTS.contains(word) || countingWords.containsKey(word)
                || ENGLISH.startsNumber(word) || RUSSIAN.startsNumber(word) || RUSSIAN.collective(word).isPresent();
    }

    private record Replacement(int start, int end, String digits) {
    }

    /**
     * "half a dozen" is 6, "half a million" and "a quarter of a million" leave their multiplier to
     * the amount grammar: "0.5 million", "0.25 million".
     */
    private Replacement fraction(String lower, Matcher word) {
        Matcher spoken = FRACTION.matcher(lower).region(word.start(), lower.length());
        if (!spoken.lookingAt() || (word.start() > 0 && Character.isLetter(lower.charAt(word.start() - 1)))) {
            return null;
        }
        BigDecimal share = spoken.group(1).equals("half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
        Matcher after = WORD.matcher(lower);
        if (after.find(spoken.end()) && after.start() == spoken.end() && countingWords.containsKey(after.group())) {
            return new Replacement(word.start(), after.end(),
                    countingWords.get(after.group()).multiply(share).stripTrailingZeros().toPlainString());
        }
        return new Replacement(word.start(), spoken.end(), share.toPlainString() + " ");
    }

    private Replacement numberAt(String lower, Matcher word) {
        String first = word.group();
        if (!mayStartNumber(first)) {
            return null;
        }
        Replacement fraction = fraction(lower, word);
        if (fraction != null) {
            return fraction;
        }
        BigDecimal counting = countingWords.get(first);
        if (counting != null) {
            int start = word.start();
            if (start >= 2 && lower.startsWith("a ", start - 2) && (start == 2 || !Character.isLetter(lower.charAt(start - 3)))) {
                start -= 2;
            }
            // "a couple of devs", "a dozen of them": the count stands before the noun, as "2 devs"
            int end = lower.startsWith(" of ", word.end()) ? word.end() + 3 : word.end();
            return new Replacement(start, end, counting.stripTrailingZeros().toPlainString());
        }
        Replacement countedRange = countedRange(first, word);
        if (countedRange != null) {
            return countedRange;
        }
        Speller speller = first.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                ? RUSSIAN : ENGLISH;
        Optional<String> collective = speller == RUSSIAN ? RUSSIAN.collectives(first) : Optional.empty();
        if (collective.isPresent()) {
            // A collective numeral counts people: standing without its noun ("трое, не больше",
            // "рассчитываем на семерых") it is read as "3 человек"; "трое суток" keeps its noun.
            Matcher following = WORD.matcher(lower);
            boolean nounFollows = following.find(word.end()) && lower.substring(word.end(), following.start()).isBlank()
                    && !RussianAnalyzer.getDefaultStopSet().contains(following.group());
            return new Replacement(word.start(), word.end(), collective.get() + (nounFollows ? "" : " человек"));
        }
        if (!speller.startsNumber(first)) {
            return range(first, word, speller);
        }
        int end = word.end();
        Matcher next = WORD.matcher(lower);
        while (true) {
            Matcher joiner = JOINER.matcher(lower).region(end, lower.length());
            if (!joiner.lookingAt() || !next.find(joiner.end()) || next.start() != joiner.end()
                    || !speller.continuesNumber(next.group())) {
                break;
            }
            end = next.end();
        }
        String words = lower.substring(word.start(), end);
        Optional<ParsedNumber> parsed = speller.parse(words);
        if (parsed.isEmpty() && speller == ENGLISH && ARTICLE_BEFORE.matcher(lower).region(0, word.start()).find()) {
            // "a hundred and fifty thousand": the article is the "one" ICU's rules need to begin with
            int start = word.start() - 2;
            return speller.parse("one " + words)
                    .map(number -> scaled(lower, start, new ParsedNumber(number.value(), number.length() - 2)))
                    .orElse(null);
        }
        return parsed.map(number -> scaled(lower, word.start(), number)).orElse(null);
    }

    /** Two counting nouns joined by a hyphen, a range: "пару-тройку" is "2-3". */
    private Replacement countedRange(String first, Matcher word) {
        String[] ends = first.split("-");
        if (ends.length != 2 || !countingWords.containsKey(ends[0]) || !countingWords.containsKey(ends[1])
                || countingWords.get(ends[0]).compareTo(countingWords.get(ends[1])) >= 0) {
            return null;
        }
        return new Replacement(word.start(), word.end(), countingWords.get(ends[0]).stripTrailingZeros().toPlainString() + "-"
                + countingWords.get(ends[1]).stripTrailingZeros().toPlainString());
    }

    /**
     * Two numbers joined by a hyphen, a range: "пять-шесть" is "5-6", "two-three" "2-3"; a number
     * joined to a word is that number: "a four-person team" is "a 4-person team".
     */
    private static Replacement range(String first, Matcher word, Speller speller) {
        String[] ends = first.split("-");
        if (ends.length != 2 || !speller.startsNumber(ends[0])) {
            return null;
        }
        if (!speller.startsNumber(ends[1])) {
            return speller.parse(ends[0]).filter(number -> number.length() == ends[0].length())
                    .map(number -> new Replacement(word.start(), word.start() + ends[0].length(), Long.toString(number.value())))
                    .orElse(null);
        }
        Optional<ParsedNumber> low = speller.parse(ends[0]);
        Optional<ParsedNumber> high = speller.parse(ends[1]);
        if (low.isEmpty() || high.isEmpty() || low.get().length() != ends[0].length() || high.get().length() != ends[1].length()
                || low.get().value() >= high.get().value()) {
            return null;
        }
        return new Replacement(word.start(), word.end(), low.get().value() + "-" + high.get().value());
    }

    /**
     * The number's digits; a number ending in its scale keeps the word ("twenty-five thousand" is
     * "25 thousand", "пять миллионов" "5 миллионов"): a magnitude says a sum as "25k" does, where
     * "25000" alone would say nothing.
     */
    private static Replacement scaled(String lower, int start, ParsedNumber parsed) {
        int end = start + parsed.length();
        int lastWord = lower.lastIndexOf(' ', end - 1) + 1;
        if (lastWord > start) {
            Matcher scale = SCALE.matcher(lower).region(lastWord, end);
            if (scale.matches()) {
                long unit = scale.group("thousand") != null ? 1_000L : scale.group("million") != null ? 1_000_000L : 1_000_000_000L;
                if (parsed.value() % unit == 0) {
                    return new Replacement(start, lastWord, parsed.value() / unit + " ");
                }
            }
        }
        return new Replacement(start, end, Long.toString(parsed.value()));
    }

    /** One language's spell-out rules, and every word they write. */
    private static final class Speller {

        private final RuleBasedNumberFormat format;
        /** Words that write a number below a thousand, so they may start one ("thousand" alone may not). */
        private final Set<String> starting = new HashSet<>();
        private final Set<String> all = new HashSet<>();
        /** The small cardinals (2 to 10) in every form, for the Russian collectives ("пятеро"). */
        private final Map<String, Integer> small = new HashMap<>();
        /** Words as ICU spells them ("трёх") by their normalised form ("трех"). */
        private final Map<String, String> spelling = new HashMap<>();

        Speller(ULocale locale) {
            this.format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
            for (String ruleSet : format.getRuleSetNames()) {
                if (!ruleSet.startsWith("%spellout-cardinal") && !ruleSet.startsWith("%spellout-numbering")
                        || ruleSet.contains("year")) {
                    continue;
                }
                for (int n = 0; n <= 1000; n = n < 100 ? n + 1 : n + 100) {
                    String written = remember(format.format(n, ruleSet));
                    if (n < 1000) {
                        addWords(written, starting);
                    }
                    addWords(written, all);
                    if (n >= 2 && n <= LARGEST_SMALL) {
                        small.put(written, n);
                    }
                }
                for (long power : new long[] {1_000, 1_000_000, 1_000_000_000}) {
                    for (int times : new int[] {1, 2, 5}) {
                        addWords(remember(format.format(power * times, ruleSet)), all);
                    }
                }
            }
        }

        /** The normalised form, noting how ICU spells each of its words. */
        private String remember(String written) {
            String lower = written.toLowerCase(Locale.ROOT);
            for (String part : lower.split("[\\s\\u00A0-]+")) {
                spelling.put(Phrases.normalise(part), part);
            }
            return Phrases.normalise(lower);
        }

        private static void addWords(String written, Set<String> words) {
            for (String part : written.split("[\\s\\u00A0]+")) {
                words.add(part);
                words.addAll(List.of(part.split("-")));
            }
        }

        boolean startsNumber(String word) {
            return starting.contains(word);
        }

        boolean continuesNumber(String word) {
            return all.contains(word);
        }

        /** The longest start of the words that ICU reads as a whole number. */
        synchronized Optional<ParsedNumber> parse(String normalised) {
            Matcher word = WORD.matcher(normalised);
            StringBuilder spelled = new StringBuilder();
            int copied = 0;
            while (word.find()) {
                spelled.append(normalised, copied, word.start());
                for (String part : word.group().split("-", -1)) {
                    spelled.append(spelling.getOrDefault(part, part)).append('-');
                }
                spelled.setLength(spelled.length() - 1);
                copied = word.end();
            }
            String words = spelled.append(normalised.substring(copied)).toString();
            ParsePosition position = new ParsePosition(0);
            Number value = format.parse(words, position);
            if (position.getIndex() == 0 || value == null || value.doubleValue() <= 0
                    || value.doubleValue() != Math.rint(value.doubleValue())) {
                return Optional.empty();
            }
            int length = position.getIndex();
            while (length > 0 && !Character.isLetter(words.charAt(length - 1))) {
                length--;
            }
            return Optional.of(new ParsedNumber(value.longValue(), length));
        }

        /** A Russian collective numeral in digits, or a range of two: "двое" is "2", "двое-трое" "2-3". */
        Optional<String> collectives(String word) {
            String[] ends = word.split("-");
            if (ends.length != 2) {
                return collective(word).map(String::valueOf);
            }
            Optional<Integer> low = collective(ends[0]);
            Optional<Integer> high = collective(ends[1]);
            return low.isPresent() && high.isPresent() && low.get() < high.get()
                    ? Optional.of(low.get() + "-" + high.get()) : Optional.empty();
        }

        /**
         * A Russian collective numeral ("двое", "трое", "пятеро", "пятерых") by the cardinal it
         * derives from: the small cardinal sharing all but at most one letter of its stem.
         */
        Optional<Integer> collective(String word) {
            String stem;
            if (word.endsWith("еро") || word.endsWith("оих")) {
                stem = word.substring(0, word.length() - 3);
            } else if (word.endsWith("ерых")) {
                stem = word.substring(0, word.length() - 4);
            } else if (word.endsWith("ое") && word.length() == 4) {
                stem = word.substring(0, 2);
            } else {
                return Optional.empty();
            }
            int best = 0;
            Integer value = null;
            for (Map.Entry<String, Integer> cardinal : small.entrySet()) {
                int common = commonPrefix(stem, cardinal.getKey());
                if (common > best) {
                    best = common;
                    value = cardinal.getValue();
                }
            }
            return best >= 2 && best >= stem.length() - 1 ? Optional.ofNullable(value) : Optional.empty();
        }

        private static int commonPrefix(String a, String b) {
            int n = 0;
            while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
                n++;
            }
            return n;
        }
    }

    private record ParsedNumber(long value, int length) {
    }
}
