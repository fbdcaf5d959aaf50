package tickler.lead;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts as people write them: "$120,000", "120k USD", "USD 85 000", "€50 000",
 * "3,5 млн руб", "500 тыс. рублей", "1.2M RUB", "₽900 000", "120 thousand dollars". The currency must be written;
 * a bare number is never money.
 */
final class Amounts {

    private static final String NUMBER = "(?<num>\\d{1,3}(?:[ \\u00A0\\u202F,.]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?)";
    private static final String MULTIPLIER =
            "(?<mult>k|к|тыс\\.?|тысяч\\p{L}*|thousands?|млн\\.?|миллион\\p{L}*|mln|million|millions|m|bn|млрд\\.?|billion)";
    private static final String SYMBOL = "us\\$|\\$|€|£|₽";
    private static final String CODE = "usd|eur|rub|gbp|rur";
    private static final String WORD = "руб\\p{L}*\\.?|р\\.|dollars?|долл\\p{L}*\\.?|euros?|евро|pounds?";
    private static final String SP = "[ \\u00A0\\u202F]?";

    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d])(?<cur>" + SYMBOL + "|" + CODE + ")" + SP + NUMBER + "(?:" + SP + MULTIPLIER + ")?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AFTER = Pattern.compile(
            "(?<![\\p{L}\\d.,])" + NUMBER + "(?:" + SP + MULTIPLIER + ")?" + SP + "(?<cur>" + SYMBOL + "|" + CODE + "|" + WORD + ")"
                    + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Amounts() {
    }

    /** The first amount in the text, with the words it was read from. */
    static Optional<Found> first(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Found before = find(BEFORE, text);
        Found after = find(AFTER, text);
        if (before == null || after == null) {
            return Optional.ofNullable(before != null ? before : after);
        }
        return Optional.of(before.position() <= after.position() ? before : after);
    }

    record Found(Money money, String words, int position) {
    }

    private static Found find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            BigDecimal amount = number(matcher.group("num"));
            String multiplier = matcher.group("mult");
            if (multiplier != null) {
                amount = amount.multiply(multiplier(multiplier));
            }
            if (amount.signum() > 0) {
                BigDecimal plain = amount.stripTrailingZeros();
                Money money = new Money(plain.setScale(Math.max(0, plain.scale())), currency(matcher.group("cur")));
                return new Found(money, matcher.group().strip(), matcher.start());
            }
        }
        return null;
    }

    /**
     * A separator followed by exactly three digits groups thousands ("120,000", "85 000");
     * otherwise the last comma or dot is the decimal point ("3,5", "1.2").
     */
    static BigDecimal number(String written) {
        String digits = written.replaceAll("[ \\u00A0\\u202F]", "");
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
        if (w.startsWith("k") || w.startsWith("к") || w.startsWith("тыс") || w.startsWith("thousand")) {
            return BigDecimal.valueOf(1_000);
        }
        if (w.startsWith("bn") || w.startsWith("млрд") || w.startsWith("billion")) {
            return BigDecimal.valueOf(1_000_000_000);
        }
        return BigDecimal.valueOf(1_000_000);
    }

    private static String currency(String written) {
        String c = Phrases.normalise(written);
        if (c.contains("$") || c.startsWith("usd") || c.startsWith("dollar") || c.startsWith("долл")) {
            return "USD";
        }
        if (c.equals("€") || c.equals("eur") || c.startsWith("euro") || c.equals("евро")) {
            return "EUR";
        }
        if (c.equals("£") || c.equals("gbp") || c.startsWith("pound")) {
            return "GBP";
        }
        return "RUB";
    }
}
