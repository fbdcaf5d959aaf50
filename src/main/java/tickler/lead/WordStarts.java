package tickler.lead;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a text's words begin (their first three letters, hashed into 256 bits), kept for every event:
 * when an organisation gets a name, only the events whose words can begin as its names do are read
 * again. Reading every event of two years for one new correspondent's name took two seconds at a
 * team's million activities, nearly all of it reading their words from the store.
 * <p>
 * A phrase matches only where a word begins ({@link Phrases}), and every match of a name's word holds
 * one of its literal pieces ({@link Phrases#wordAnchors}) from that word's start; so a text that holds
 * the name has a word beginning with the piece's first three letters. Shorter beginnings say nothing
 * (a piece "ab" may begin the word "abc") and let every text through.
 */
final class WordStarts {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int LETTERS = 3;
    private static final int BITS = 256;

    private final long[] bits = new long[BITS / Long.SIZE];

    private WordStarts() {
    }

    static WordStarts of(String text) {
        WordStarts starts = new WordStarts();
        if (text != null) {
            Matcher word = WORD.matcher(Phrases.normalise(text));
            while (word.find()) {
                if (word.end() - word.start() >= LETTERS) {
                    starts.set(bit(word.group().substring(0, LETTERS)));
                }
            }
        }
        return starts;
    }

    /**
     * Which of a text's word beginnings any of the names needs: for each name, the pieces of its word
     * that tells most (the fewest pieces, each of three letters or more). Empty when some name has no
     * such word, and every text must then be read.
     */
    static Optional<List<Set<String>>> neededBy(Collection<String> names) {
        List<Set<String>> needed = new ArrayList<>();
        for (String name : names) {
            Optional<Set<String>> telling = Phrases.wordAnchors(name).stream()
                    .filter(pieces -> !pieces.isEmpty() && pieces.stream().allMatch(piece -> beginning(piece) != null))
                    .min(Comparator.comparingInt(Set::size));
            if (telling.isEmpty()) {
                return Optional.empty();
            }
            needed.add(telling.get());
        }
        return Optional.of(needed);
    }

    /** Whether the text may hold one of the names whose needed pieces these are. */
    boolean mayHold(List<Set<String>> needed) {
        for (Set<String> pieces : needed) {
            for (String piece : pieces) {
                if (isSet(bit(beginning(piece)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The piece's first three letters, when it begins with at least three letters or digits. */
    private static String beginning(String piece) {
        Matcher word = WORD.matcher(piece);
        return word.lookingAt() && word.end() >= LETTERS ? piece.substring(0, LETTERS) : null;
    }

    private static int bit(String beginning) {
        int hash = beginning.hashCode();
        return (hash ^ (hash >>> 16)) & (BITS - 1);
    }

    private void set(int bit) {
        bits[bit / Long.SIZE] |= 1L << (bit % Long.SIZE);
    }

    private boolean isSet(int bit) {
        return (bits[bit / Long.SIZE] & (1L << (bit % Long.SIZE))) != 0;
    }
}
