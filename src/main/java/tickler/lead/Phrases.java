package tickler.lead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * A word list compiled for matching whole words in any letter case, ё read as е. A word ending
 * in {@code *} matches any ending; a Russian word of four letters or more tolerates case and
 * number endings by itself, so "коммерческое предложение" also finds "коммерческим предложением":
 * the written word must share the phrase word's stem, by Lucene's light stemmer or by Snowball's
 * (which knows verbs), so "статьи" does not find "статусы" nor "начинаем" "начиная".
 * A word may offer alternatives with {@code |}: "went|go|gone with another vendor*|agenc*" is one
 * phrase, so a list stays short while covering how people actually vary a sentence. A {@code ...}
 * between two words lets up to {@value #MAX_SKIPPED} other words stand between them: "signed ...
 * contract" finds "signed and returned the contract". A word ending in {@code !} matches that form
 * only: "направлю!" (a promise) is not "направляю" (sending now).
 */
public final class Phrases {

    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final String GAP = "[^\\p{L}\\p{N}#]+";
    private static final String SKIP = "...";
    /** After a word: this form only, no Russian ending tolerated ("пришлю!" is not "присылаю"). */
    private static final String EXACT = "!";
    private static final int MAX_SKIPPED = 4;
    private static final String SKIPPED = "(?:" + WORD_CHAR + "+" + GAP + "){0," + MAX_SKIPPED + "}";
    /** Lucene's light Russian stemmer: it only cuts endings, so its stem is a prefix of the word. */
    private static final RussianLightStemmer RUSSIAN = new RussianLightStemmer();

    private final List<String> phrases;
    private final String alternation;
    /** Each phrase's own expression, longest first, as the alternation orders them. */
    private final List<PhrasePattern> byPhrase;
    /**
     * The literal pieces one of which begins every match ({@link #wordAnchors} of each phrase's first
     * word), or null when a phrase may begin with anything. The phrases are tried only where one of
     * them stands: a list of hundreds of phrases tried at every letter of every sentence was two
     * thirds of the time a team's store took to be read.
     */
    private final Trie starts;
    /**
     * For each literal piece, the phrases (indexes into {@link #byPhrase}, ascending) whose first word
     * can begin with it: at a place only those are tried, not the hundreds of the whole list.
     */
    private final Map<String, int[]> phrasesByPiece;

    /**
     * A phrase's expression, with one capturing group per Russian word read with its endings
     * tolerated, and those words in the groups' order, for the stem check after a match.
     */
    private record PhrasePattern(Pattern pattern, List<StemmedWord> inflected) {
    }

    /** A phrase's Russian word by its two stems: the written word must share one of them. */
    private record StemmedWord(String light, String snowball) {

        static StemmedWord of(String word) {
            return new StemmedWord(russianStem(word), snowballStem(word));
        }

        boolean sharedBy(String written) {
            return russianStem(written).equals(light) || snowballStem(written).equals(snowball);
        }
    }

    private Phrases(List<String> phrases, List<String> alternatives, List<PhrasePattern> byPhrase, List<Set<String>> firstPieces,
            boolean anchorable) {
        this.phrases = phrases;
        this.alternation = alternatives.isEmpty() ? null : "(?:" + String.join("|", alternatives) + ")";
        this.byPhrase = byPhrase;
        boolean anchored = anchorable && !alternatives.isEmpty() && firstPieces.stream().noneMatch(Set::isEmpty);
        if (!anchored) {
            this.starts = null;
            this.phrasesByPiece = Map.of();
            return;
        }
        Map<String, List<Integer>> byPiece = new HashMap<>();
        for (int phrase = 0; phrase < firstPieces.size(); phrase++) {
            for (String piece : firstPieces.get(phrase)) {
                byPiece.computeIfAbsent(piece, p -> new ArrayList<>()).add(phrase);
            }
        }
        this.starts = Trie.builder().addKeywords(byPiece.keySet()).build();
        this.phrasesByPiece = new HashMap<>();
        byPiece.forEach((piece, indexes) -> phrasesByPiece.put(piece, indexes.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static Pattern bounded(String regex) {
        return Pattern.compile("(?<!" + WORD_CHAR + ")" + regex + "(?!" + WORD_CHAR + ")");
    }

    public static Phrases of(List<String> phrases) {
        return compile(phrases, true);
    }

    /** The same list tried at every place of a text, which {@link #of} must find alike only faster. */
    static Phrases triedEverywhere(List<String> phrases) {
        return compile(phrases, false);
    }

    private static Phrases compile(List<String> phrases, boolean anchorable) {
        List<String> clean = phrases.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<String> alternatives = new ArrayList<>();
        List<PhrasePattern> byPhrase = new ArrayList<>();
        List<Set<String>> firstPieces = new ArrayList<>();
        // Where two phrases begin at one place, the one of more words is tried first: "менеджер проекта"
        // is a role of its own, not "менеджер" followed by a word that ends the list.
        List<String> longestFirst = clean.stream().sorted(Comparator.comparingInt((String phrase) -> phrase.split("\\s+").length).reversed()).toList();
        for (String phrase : longestFirst) {
            alternatives.add(toRegex(normalise(phrase), null));
            List<StemmedWord> inflected = new ArrayList<>();
            byPhrase.add(new PhrasePattern(bounded(toRegex(normalise(phrase), inflected)), List.copyOf(inflected)));
            List<Set<String>> words = wordAnchors(phrase);
            firstPieces.add(words.isEmpty() ? Set.of() : words.get(0));
        }
        return new Phrases(clean, alternatives, byPhrase, firstPieces, anchorable);
    }

    public List<String> phrases() {
        return phrases;
    }

    /** The phrases as one regular expression group over {@link #normalise normalised} text, or null when empty. */
    String alternation() {
        return alternation;
    }

    /** The first matching words as written in the text. */
    public Optional<String> find(String text) {
        if (byPhrase.isEmpty() || text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String normalised = normalise(text);
        MatchResult match = firstMatch(normalised);
        if (match == null) {
            return Optional.empty();
        }
        boolean sameLength = normalised.length() == text.length();
        return Optional.of((sameLength ? text : normalised).substring(match.start(), match.end()));
    }

    public boolean matches(String text) {
        return find(text).isPresent();
    }

    /** {@link #matches} over text already {@link #normalise normalised}, so one text is normalised once for many lists. */
    boolean matchesNormalised(String normalised) {
        return !byPhrase.isEmpty() && !normalised.isEmpty() && firstMatch(normalised) != null;
    }

    /**
     * Whether one of the phrases may stand in normalised text, for an expression built on {@link
     * #alternation}: false only where no literal piece a phrase's first word begins with stands at all.
     */
    boolean mayStandIn(String normalised) {
        return !byPhrase.isEmpty() && (starts == null || starts.containsMatch(normalised));
    }

    /**
     * The leftmost match: at each place where a word begins, the phrases that can begin there are
     * tried in the list's order. Where every phrase's first word needs a literal piece, only the
     * places where one stands are tried, and there only the phrases it can begin.
     */
    private MatchResult firstMatch(String normalised) {
        if (starts == null) {
            int[] everyPhrase = IntStream.range(0, byPhrase.size()).toArray();
            for (int place = 0; place < normalised.length(); place++) {
                MatchResult match = matchAt(place, normalised, everyPhrase);
                if (match != null) {
                    return match;
                }
            }
            return null;
        }
        Collection<Emit> emits = starts.parseText(normalised);
        if (emits.isEmpty()) {
            return null;
        }
        List<Emit> byPlace = new ArrayList<>(emits);
        byPlace.sort(Comparator.comparingInt(Emit::getStart));
        for (int first = 0; first < byPlace.size(); ) {
            int place = byPlace.get(first).getStart();
            int last = first;
            while (last < byPlace.size() && byPlace.get(last).getStart() == place) {
                last++;
            }
            List<Emit> piecesHere = byPlace.subList(first, last);
            int[] candidates = piecesHere.size() == 1 ? phrasesByPiece.get(piecesHere.get(0).getKeyword())
                    : piecesHere.stream().flatMapToInt(piece -> Arrays.stream(phrasesByPiece.get(piece.getKeyword())))
                            .sorted().distinct().toArray();
            MatchResult match = matchAt(place, normalised, candidates);
            if (match != null) {
                return match;
            }
            first = last;
        }
        return null;
    }

    private MatchResult matchAt(int place, String normalised, int[] candidates) {
        for (int phrase : candidates) {
            PhrasePattern own = byPhrase.get(phrase);
            Matcher matcher = own.pattern().matcher(normalised);
            matcher.useTransparentBounds(true);
            matcher.region(place, normalised.length());
            if (matcher.lookingAt() && inflectedWordsShareStems(matcher, own.inflected())) {
                return matcher.toMatchResult();
            }
        }
        return null;
    }

    /**
     * The expression lets a Russian word run a few letters past its stem, which also reads other
     * words of that stem ("стат" of "статьи" in "статусы"); each such word as written must share
     * the phrase word's stem.
     */
    private static boolean inflectedWordsShareStems(Matcher matcher, List<StemmedWord> inflected) {
        for (int group = 1; group <= inflected.size(); group++) {
            String written = matcher.group(group);
            if (written != null && !inflected.get(group - 1).sharedBy(written)) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each word of the phrase, the literal pieces of normalised text of which every match of
     * that word contains one; an empty set when a match of the word needs none, e.g. a lone {@code *}.
     */
    static List<Set<String>> wordAnchors(String phrase) {
        List<Set<String>> anchors = new ArrayList<>();
        for (String word : normalise(phrase.strip()).split("\\s+")) {
            if (!word.equals(SKIP)) {
                anchors.add(wordLiterals(word));
            }
        }
        return anchors;
    }

    /** What {@link #wordRegex} requires literally: one of these strings, or nothing when the set is empty. */
    private static Set<String> wordLiterals(String word) {
        if (word.contains("|")) {
            Set<String> literals = new LinkedHashSet<>();
            for (String alternative : word.split("\\|")) {
                if (!alternative.isEmpty()) {
                    Set<String> own = wordLiterals(alternative);
                    if (own.isEmpty()) {
                        return Set.of();
                    }
                    literals.addAll(own);
                }
            }
            return literals;
        }
        String literal = word.endsWith("*") || word.endsWith(EXACT) ? word.substring(0, word.length() - 1)
                : word.length() >= 4 && isCyrillic(word) ? russianStem(word)
                : word;
        return literal.isEmpty() ? Set.of() : Set.of(literal);
    }

    /**
     * Lower case with ё as е and a typographic apostrophe as a plain one; keeps the length, on which positions found in
     * it rely: a dotted capital I ("İstanbul"), two characters in lower case, is read as I.
     */
    static String normalise(String text) {
        return text.replace('\u0130', 'I').toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\u2019', '\'');
    }

    /**
     * The phrase as a regular expression; where {@code inflected} is given, each Russian word read
     * with its endings is a capturing group, and the word is added to it in the groups' order.
     */
    private static String toRegex(String phrase, List<StemmedWord> inflected) {
        StringBuilder regex = new StringBuilder();
        boolean skip = false;
        for (String word : phrase.split("\\s+")) {
            if (word.equals(SKIP)) {
                skip = regex.length() > 0;
                continue;
            }
            if (regex.length() > 0) {
                regex.append(GAP).append(skip ? SKIPPED : "");
            }
            regex.append(wordRegex(word, inflected));
            skip = false;
        }
        return regex.toString();
    }

    private static String wordRegex(String word, List<StemmedWord> inflected) {
        if (word.contains("|")) {
            List<String> alternatives = new ArrayList<>();
            for (String alternative : word.split("\\|")) {
                if (!alternative.isEmpty()) {
                    alternatives.add(wordRegex(alternative, inflected));
                }
            }
            return "(?:" + String.join("|", alternatives) + ")";
        }
        if (word.endsWith("*")) {
            return Pattern.quote(word.substring(0, word.length() - 1)) + WORD_CHAR + "*";
        }
        if (word.endsWith(EXACT) && word.length() > 1) {
            return Pattern.quote(word.substring(0, word.length() - 1));
        }
        if (word.length() >= 4 && isCyrillic(word)) {
            String stem = russianStem(word);
            String endings = Pattern.quote(stem) + "\\p{L}{0," + (word.length() - stem.length() + 2) + "}";
            if (inflected == null) {
                return endings;
            }
            inflected.add(StemmedWord.of(word));
            return "(" + endings + ")";
        }
        return Pattern.quote(word);
    }

    private static String russianStem(String word) {
        char[] letters = word.toCharArray();
        return word.substring(0, Math.max(3, RUSSIAN.stem(letters, letters.length)));
    }

    /** Snowball's Russian stemmer keeps state, so one per word. */
    private static String snowballStem(String word) {
        RussianStemmer stemmer = new RussianStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean isCyrillic(String word) {
        return word.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
