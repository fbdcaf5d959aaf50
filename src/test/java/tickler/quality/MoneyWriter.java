package tickler.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongFunction;
import tickler.lead.Money;

/** Money as people in the synthetic world write it, in many formats; none of them converted. */
final class MoneyWriter {

    private final Random random;
    private final long seed;

    MoneyWriter(Random random, long seed) {
        this.random = random;
        this.seed = seed;
    }

    /** A plausible project budget: rubles for most Russian leads, dollars, euros or pounds otherwise. */
    Money budget(boolean russian) {
        int roll = random.nextInt(100);
        String currency = russian
                ? (roll < 75 ? "RUB" : roll < 90 ? "USD" : "EUR")
                : (roll < 60 ? "USD" : roll < 85 ? "EUR" : "GBP");
        long amount = currency.equals("RUB")
                ? 50_000L * (6 + random.nextInt(240))
                : (random.nextInt(20) == 0 ? 100_000L * (10 + random.nextInt(30)) : 1_000L * (8 + random.nextInt(390)));
        return new Money(BigDecimal.valueOf(amount), currency);
    }

    /** The owner's screening amount, written but never anyone's budget. */
    String screening(boolean russian) {
        return russian ? "300 тыс. рублей" : List.of("$15,000", "$20k", "€10,000").get(random.nextInt(3));
    }

    String write(Money money, boolean russian) {
        long n = money.amount().longValueExact();
        List<LongFunction<String>> formats = new ArrayList<>();
        List<LongFunction<String>> heldOut = new ArrayList<>();
        switch (money.currency()) {
            case "USD" -> {
                formats.add(v -> "$" + grouped(v, ","));
                formats.add(v -> russian ? grouped(v, " ") + " долларов" : grouped(v, " ") + " USD");
                formats.add(v -> "USD " + grouped(v, ","));
                if (v1000(n)) {
                    formats.add(v -> "$" + v / 1000 + "k");
                    formats.add(v -> v / 1000 + "k USD");
                    heldOut.add(v -> russian ? v / 1000 + " тыс. долларов" : v / 1000 + " thousand dollars");
                }
                heldOut.add(v -> "US$" + grouped(v, ","));
                heldOut.add(v -> grouped(v, ",") + " dollars");
                if (n >= 1_000_000 && n % 100_000 == 0) {
                    formats.add(v -> "$" + millions(v, ".") + "M");
                    heldOut.add(v -> millions(v, ".") + " million dollars");
                }
            }
            case "EUR" -> {
                formats.add(v -> "€" + grouped(v, ","));
                formats.add(v -> "€" + grouped(v, " "));
                formats.add(v -> grouped(v, " ") + " EUR");
                formats.add(v -> "EUR " + grouped(v, "."));
                if (v1000(n)) {
                    formats.add(v -> "€" + v / 1000 + "k");
                    heldOut.add(v -> v / 1000 + "k euros");
                }
                heldOut.add(v -> grouped(v, " ") + " евро");
            }
            case "GBP" -> {
                formats.add(v -> "£" + grouped(v, ","));
                formats.add(v -> v / 1000 + "k GBP");
                heldOut.add(v -> grouped(v, ",") + " pounds");
            }
            default -> {
                formats.add(v -> "₽" + grouped(v, " "));
                formats.add(v -> grouped(v, " ") + " руб.");
                formats.add(v -> v / 1000 + " тыс. рублей");
                formats.add(v -> v / 1000 + " тыс. руб.");
                heldOut.add(v -> grouped(v, " ") + " ₽");
                heldOut.add(v -> grouped(v, " ") + " рублей");
                heldOut.add(v -> v / 1000 + " тысяч рублей");
                if (n >= 1_000_000 && n % 100_000 == 0) {
                    formats.add(v -> millions(v, ",") + " млн руб");
                    formats.add(v -> millions(v, ".") + "M RUB");
                    heldOut.add(v -> millions(v, ",") + " млн ₽");
                }
            }
        }
        if (seed >= Bank.HOLDOUT_SEEDS) {
            formats.addAll(heldOut);
        }
        return formats.get(random.nextInt(formats.size())).apply(n);
    }

    private static boolean v1000(long n) {
        return n % 1000 == 0;
    }

    private static String grouped(long n, String separator) {
        String digits = Long.toString(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** 3500000 → "3,5" or "3.5"; 2000000 → "2". */
    private static String millions(long n, String point) {
        long whole = n / 1_000_000;
        long tenths = (n % 1_000_000) / 100_000;
        return tenths == 0 ? Long.toString(whole) : whole + point + tenths;
    }
}
