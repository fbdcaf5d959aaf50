package tickler.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A phrase file of {@code quality/}: {@code [situation.lang]} headers, one phrasing a line, {@code #} comments. */
public final class PhraseFile {

    private PhraseFile() {
    }

    /** Phrasings by header ("won.en"), in the order written. */
    public static Map<String, List<String>> sections(Path file) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                current = out.computeIfAbsent(line.strip().substring(1, line.strip().length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line.strip());
            }
        }
        return out;
    }

    /** The phrasing with its people filled in. */
    public static String filled(String phrasing) {
        return phrasing.replace("{owner}", "Olga").replace("{name}", "Dana").replace("{org}", "Client");
    }

    /** The figures a bank's placeholders stand for, by language: what {@link #withFigures} writes. */
    public static final String AMOUNT_EN = "$48,000";
    public static final String AMOUNT_RU = "1 200 000 руб.";
    public static final int TEAM = 6;

    /**
     * A bank's phrasing with its people and figures filled in, and the figures it states: those its
     * placeholders stand for, or its annotation after {@code " || "} ({@code amount=90000 USD; n=4}).
     */
    public static Stated withFigures(String phrasing, boolean russian) {
        int at = phrasing.lastIndexOf(" || ");
        String text = at < 0 ? phrasing : phrasing.substring(0, at);
        String amount = text.contains("{amount}") ? (russian ? "1200000 RUB" : "48000 USD") : null;
        Integer team = text.contains("{n}") ? TEAM : null;
        if (at >= 0) {
            for (String fact : phrasing.substring(at + 4).split(";")) {
                String[] pair = fact.strip().split("=", 2);
                if (pair[0].equals("n")) {
                    team = Integer.parseInt(pair[1].strip());
                } else {
                    String[] money = pair[1].strip().split("\\s+");
                    amount = new java.math.BigDecimal(money[0]).stripTrailingZeros().toPlainString() + " " + money[1];
                }
            }
        }
        String filled = filled(text).replace("{amount}", russian ? AMOUNT_RU : AMOUNT_EN).replace("{n}", String.valueOf(TEAM));
        return new Stated(filled, amount, team);
    }

    /** A filled phrasing, the amount it states ("48000 USD") and the head count, either null. */
    public record Stated(String text, String amount, Integer team) {
    }
}
