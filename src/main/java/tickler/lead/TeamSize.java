package tickler.lead;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "team of 4", "5 developers", "6 человек", "команда из 3": the phrases come from the vocabulary. */
final class TeamSize {

    private static final String WORD_CHAR = "[\\p{L}\\p{N}]";
    private static final int LARGEST = 100_000;

    private final Pattern before;
    private final Pattern after;

    TeamSize(Vocabulary vocabulary) {
        this.before = compile(vocabulary.teamSizeBefore().alternation(), true);
        this.after = compile(vocabulary.teamSizeAfter().alternation(), false);
    }

    record Found(int size, String words, int position) {
    }

    Optional<Found> first(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String normalised = Phrases.normalise(text);
        Found a = find(before, normalised, text);
        Found b = find(after, normalised, text);
        if (a == null || b == null) {
            return Optional.ofNullable(a != null ? a : b);
        }
        return Optional.of(a.position() <= b.position() ? a : b);
    }

    private static Pattern compile(String alternation, boolean numberAfterWords) {
        if (alternation == null) {
            return null;
        }
        String number = "(?<n>\\d{1,6})";
        String body = numberAfterWords
                ? alternation + "[\\s:]+" + number
                : number + "[\\s-]*" + alternation;
        return Pattern.compile("(?<!" + WORD_CHAR + ")" + body + "(?!" + WORD_CHAR + ")");
    }

    private static Found find(Pattern pattern, String normalised, String original) {
        if (pattern == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(normalised);
        while (matcher.find()) {
            int size = Integer.parseInt(matcher.group("n"));
            if (size > 0 && size <= LARGEST) {
                String source = normalised.length() == original.length() ? original : normalised;
                return new Found(size, source.substring(matcher.start(), matcher.end()), matcher.start());
            }
        }
        return null;
    }
}
