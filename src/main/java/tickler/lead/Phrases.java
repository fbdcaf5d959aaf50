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
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * A word list compiled for matching whole words in any letter case, ё read as е. A word ending
 * in {@code *} matches any ending; a Russian word of four letters or more tolerates case and
 * number endings by itself, so "коммерческое предложение" also finds "коммерческим предложением".
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
    private final Pattern pattern;
    /**
     * The literal pieces one of which begins every match ({@link #wordAnchors} of each phrase's first
     * word), or null when a phrase may begin with anything. The expression is tried only where one of
     * them stands: a list of hundreds of phrases tried at every letter of every sentence was two
     * thirds of the time a team's store took to be read.
     */
    private final Trie starts;
    /** Each phrase's own expression, in the alternation's order, where {@link #starts} is known. */
    private final List<Pattern> byPhrase;
    /**
     * For each literal piece, the phrases (indexes into {@link #byPhrase}, ascending) whose first word
     * can begin with it: at a place only those are tried, not the hundreds of the whole alternation.
     */
    private final Map<String, int[]> phrasesByPiece;

    private Phrases(List<String> phrases, List<String> alternatives, List<Set<String>> firstPieces) {
        this.phrases = phrases;
        this.alternation = alternatives.isEmpty() ? null : "(?:" + String.join("|", alternatives) + ")";
        this.pattern = alternation == null ? null : bounded(alternation);
        boolean anchored = !alternatives.isEmpty() && firstPieces.stream().noneMatch(Set::isEmpty);
        if (!anchored) {
            this.starts = null;
            this.byPhrase = List.of();
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
        this.byPhrase = alternatives.stream().map(Phrases::bounded).toList();
        this.phrasesByPiece = new HashMap<>();
        byPiece.forEach((piece, indexes) -> phrasesByPiece.put(piece, indexes.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static Pattern bounded(String regex) {
        return Pattern.compile("(?<!" + WORD_CHAR + ")" + regex + "(?!" + WORD_CHAR + ")");
    }

    public static Phrases of(List<String> phrases) {
        List<String> clean = phrases.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<String> alternatives = new ArrayList<>();
        List<Set<String>> firstPieces = new ArrayList<>();
        // Where two phrases begin at one place, the one of more words is tried first: "менеджер проекта"
        // is a role of its own, not "менеджер" followed by a word that ends the list.
        List<String> longestFirst = clean.stream().sorted(Comparator.comparingInt((String phrase) -> phrase.split("\\s+").length).reversed()).toList();
        for (String phrase : longestFirst) {
            alternatives.add(toRegex(normalise(phrase)));
            List<Set<String>> words = wordAnchors(phrase);
            firstPieces.add(words.isEmpty() ? Set.of() : words.get(0));
        }
        return new Phrases(clean, alternatives, firstPieces);
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
        if (pattern == null || text == null || text.isEmpty()) {
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
        return pattern != null && !normalised.isEmpty() && firstMatch(normalised) != null;
    }

    /**
     * The leftmost match, as the whole alternation's {@link Matcher#find} would find it: every match
     * begins where one of its phrase's first pieces stands, so at each such place, in their order,
     * the phrases that can begin there are tried in the alternation's order.
     */
    private MatchResult firstMatch(String normalised) {
        if (starts == null) {
            Matcher matcher = pattern.matcher(normalised);
            return matcher.find() ? matcher.toMatchResult() : null;
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
            MatchResult match = matchAt(place, normalised, byPlace.subList(first, last));
            if (match != null) {
                return match;
            }
            first = last;
        }
        return null;
    }

    private MatchResult matchAt(int place, String normalised, List<Emit> piecesHere) {
        int[] candidates = piecesHere.size() == 1 ? phrasesByPiece.get(piecesHere.get(0).getKeyword())
                : piecesHere.stream().flatMapToInt(piece -> Arrays.stream(phrasesByPiece.get(piece.getKeyword())))
                        .sorted().distinct().toArray();
        for (int phrase : candidates) {
            Matcher matcher = byPhrase.get(phrase).matcher(normalised);
            matcher.useTransparentBounds(true);
            matcher.region(place, normalised.length());
            if (matcher.lookingAt()) {
                return matcher.toMatchResult();
            }
        }
        return null;
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

    /** Lower case with ё as е and a typographic apostrophe as a plain one; keeps the length for the scripts Tickler reads. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\u2019', '\'');
    }

    private static String toRegex(String phrase) {
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
            regex.append(wordRegex(word));
            skip = false;
        }
        return regex.toString();
    }

    private static String wordRegex(String word) {
        if (word.contains("|")) {
            List<String> alternatives = new ArrayList<>();
            for (String alternative : word.split("\\|")) {
                if (!alternative.isEmpty()) {
                    alternatives.add(wordRegex(alternative));
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
            return Pattern.quote(stem) + "\\p{L}{0," + (word.length() - stem.length() + 2) + "}";
        }
        return Pattern.quote(word);
    }

    private static String russianStem(String word) {
        char[] letters = word.toCharArray();
        return word.substring(0, Math.max(3, RUSSIAN.stem(letters, letters.length)));
    }

    private static boolean isCyrillic(String word) {
        return word.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
