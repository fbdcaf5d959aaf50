package tickler.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tickler.lead.Money;

/**
 * How a month's headline numbers and forecast moved from one version of its report to the next:
 * which leads joined or left "likely to close next month" and whose budget changed. What makes
 * the diary worth rereading.
 */
public final class ForecastHistory {

    /**
     * One version with its headline numbers and what moved since the version before.
     *
     * @param version        null for the report computed now
     * @param maturingBudget the maturing leads' budgets summed per currency, never converted
     */
    public record Entry(Integer version, ReportVersion.WrittenBy writtenBy, Instant generatedAt, int incoming,
                        int engaged, int won, List<Money> wonAmounts, int maturing, List<Money> maturingBudget,
                        List<Move> moves) {
    }

    /** A maturing lead that joined or left the forecast, or whose budget changed; before/after may be null. */
    public record Move(Kind kind, String lead, Money before, Money after) {
        public enum Kind {
            JOINED, LEFT, BUDGET
        }
    }

    private ForecastHistory() {
    }

    /** @param live the report computed now, shown after the versions; null to leave it out */
    public static List<Entry> of(List<ReportVersion> versions, MonthlyReport live) {
        List<Entry> entries = new ArrayList<>();
        MonthlyReport previous = null;
        for (ReportVersion version : versions) {
            entries.add(entry(version.number(), version.writtenBy(), version.report(), previous));
            previous = version.report();
        }
        if (live != null) {
            entries.add(entry(null, null, live, previous));
        }
        return entries;
    }

    private static Entry entry(Integer number, ReportVersion.WrittenBy writtenBy, MonthlyReport report,
                               MonthlyReport previous) {
        return new Entry(number, writtenBy, report.generatedAt(), report.incoming().count(), report.engaged().count(),
                report.won().count(), report.won().amounts(), report.maturing().size(),
                sum(report.maturing().stream().map(MonthlyReport.Maturing::budget).toList()),
                previous == null ? List.of() : moves(previous.maturing(), report.maturing()));
    }

    private static List<Move> moves(List<MonthlyReport.Maturing> before, List<MonthlyReport.Maturing> after) {
        Map<String, MonthlyReport.Maturing> was = byKey(before);
        Map<String, MonthlyReport.Maturing> is = byKey(after);
        List<Move> moves = new ArrayList<>();
        is.forEach((key, now) -> {
            MonthlyReport.Maturing then = was.get(key);
            if (then == null) {
                moves.add(new Move(Move.Kind.JOINED, now.lead().name(), null, now.budget()));
            } else if (!same(then.budget(), now.budget())) {
                moves.add(new Move(Move.Kind.BUDGET, now.lead().name(), then.budget(), now.budget()));
            }
        });
        was.forEach((key, then) -> {
            if (!is.containsKey(key)) {
                moves.add(new Move(Move.Kind.LEFT, then.lead().name(), then.budget(), null));
            }
        });
        return moves;
    }

    /** 120000 and 120000.00 are the same budget, whatever scale the stored JSON kept. */
    private static boolean same(Money a, Money b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
    }

    private static Map<String, MonthlyReport.Maturing> byKey(List<MonthlyReport.Maturing> maturing) {
        Map<String, MonthlyReport.Maturing> byKey = new LinkedHashMap<>();
        maturing.forEach(item -> byKey.put(item.lead().key(), item));
        return byKey;
    }

    private static List<Money> sum(List<Money> amounts) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        amounts.stream().filter(Objects::nonNull)
                .forEach(money -> sums.merge(money.currency(), money.amount(), BigDecimal::add));
        return sums.entrySet().stream().map(sum -> new Money(sum.getValue(), sum.getKey())).toList();
    }
}
