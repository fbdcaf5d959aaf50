package tickler.lead;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import tickler.activity.Activity;

/** Which words of an activity are its author's own, and when they were written. */
final class Words {

    private static final Pattern REPLY_OR_FORWARD = Pattern.compile(
            "^\\s*(re|fw|fwd|aw|wg|sv|vs|ответ|отв|пересл|пересылка)\\s*(\\[\\d+])?\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A full stop, question or exclamation mark that is not the dot of an abbreviation ("excl. VAT", "т.е. мы"), or an
     * emoji people end a sentence with instead ("Deal 🤝 Sent from my iPhone"). Java's look-behind does not match a
     * character beyond the 16-bit plane, where most emoji are, so one is seen by its second half (a low surrogate).
     */
    private static final String END_OF_SENTENCE =
            "(?<=[.!?\\u2600-\\u27BF\\uDC00-\\uDFFF])(?<!(?:^|[\\s(])(?iu:excl|incl|approx|vs|ca|e\\.g|i\\.e|искл|вкл|прим|т\\.е|т\\.к)\\.)";
    /**
     * A sentence ends before a capital, or at a line break: "500 тыс. рублей" stays whole, and so does
     * a sum of thousands or millions written short before the currency's code ("95 тыс. BYN").
     */
    private static final Pattern SENTENCE_BREAK = Pattern.compile(END_OF_SENTENCE
            + "(?!(?<=(?iu:тыс|млн|млрд|тис)\\.)\\s+\\p{Lu}{3}\\b)\\s+(?=\\p{Lu})|\\R");
    /**
     * Any end of a sentence, before a small letter too (people write "…от 1,5 млн руб. короч, выходит
     * $101,000"), but not the dot of thousands or millions written short ("от 300 тыс. рублей").
     */
    private static final Pattern LOOSE_SENTENCE_BREAK = Pattern.compile(
            END_OF_SENTENCE + "(?<!(?iu:тыс|млн|млрд|тис)\\.)\\s+(?=\\p{L})|\\R");

    private Words() {
    }

    /**
     * The author's own words: the text, and the title unless it is a reply's or a forward's subject,
     * which is usually the other side's words.
     */
    static String own(Activity activity) {
        String text = Objects.requireNonNullElse(activity.text(), "");
        String title = activity.title() == null ? "" : activity.title();
        if (activity.isMessage() && REPLY_OR_FORWARD.matcher(title).find()) {
            return text;
        }
        return title + "\n" + text;
    }

    /** Title and text, for what the salesperson writes anywhere (tags). */
    static String all(Activity activity) {
        return Objects.requireNonNullElse(activity.title(), "") + "\n" + Objects.requireNonNullElse(activity.text(), "");
    }

    /**
     * Whether the text holds a digit, as {@code \d} reads one: most messages name no number, and
     * the expressions of counts and sums, each matching a digit, are skipped for them (a fifth of
     * the first board's time at a million activities was spent trying them there).
     */
    static boolean holdsADigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The sentences of a text. */
    static String[] sentences(String text) {
        return SENTENCE_BREAK.split(text);
    }

    /** Where words a phrase list found stand in the text, whatever their case; -1 when they do not. */
    static int indexOf(String text, String found) {
        return text.toLowerCase(Locale.ROOT).indexOf(found.toLowerCase(Locale.ROOT));
    }

    /** The sentences of a text, a full stop before a small letter ending one too. */
    static String[] looseSentences(String text) {
        return LOOSE_SENTENCE_BREAK.split(text);
    }

    /**
     * The text without each thing found in it, sought again after each is taken out: "сервис аренды самокатов"
     * and every other phrase of the lead's own project, every decline of a message.
     */
    static String withoutEach(String text, Function<String, Optional<String>> find) {
        String rest = text;
        Optional<String> found = find.apply(rest);
        // found words not written as found (a letter whose lower case is longer) are left in: no endless loop
        while (found.isPresent() && rest.contains(found.get())) {
            rest = rest.replace(found.get(), " ");
            found = find.apply(rest);
        }
        return rest;
    }

    /** When the words were written: an event's creation where known, else when the activity happens. */
    static Instant writtenAt(Activity activity) {
        Instant created = activity.created();
        return activity.isEvent() && created != null && created.isBefore(activity.at()) ? created : activity.at();
    }
}
