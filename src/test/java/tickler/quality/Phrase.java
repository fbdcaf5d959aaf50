package tickler.quality;

import java.math.BigDecimal;
import tickler.lead.Money;

/**
 * One phrasing of a bank and the literal figures it states: a phrase written with figures rather
 * than placeholders carries them after {@code " || "}, as {@code amount=1500000 RUB}, {@code n=7}
 * or {@code amount=90000 USD; n=4} (a team range annotated with its upper value).
 */
record Phrase(String text, Money amount, Integer team) {

    private static final String ANNOTATION = " || ";

    static Phrase of(String written) {
        int at = written.lastIndexOf(ANNOTATION);
        if (at < 0) {
            return new Phrase(written, null, null);
        }
        Money amount = null;
        Integer team = null;
        for (String fact : written.substring(at + ANNOTATION.length()).split(";")) {
            String[] pair = fact.strip().split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("not a figure: " + fact);
            }
            switch (pair[0].strip()) {
                case "amount" -> {
                    String[] value = pair[1].strip().split("\\s+");
                    amount = new Money(new BigDecimal(value[0]), value[1]);
                }
                case "n" -> team = Integer.parseInt(pair[1].strip());
                default -> throw new IllegalArgumentException("unknown figure: " + fact);
            }
        }
        return new Phrase(written.substring(0, at).strip(), amount, team);
    }
}
