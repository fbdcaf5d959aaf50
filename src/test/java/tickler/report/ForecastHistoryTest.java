package tickler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tickler.lead.LeadSource;
import tickler.lead.Money;
import tickler.lead.Stage;

class ForecastHistoryTest {

    static MonthlyReport report(Instant at, int won, MonthlyReport.Maturing... maturing) {
        return new MonthlyReport("2026-01", at,
                new MonthlyReport.Incoming(3, Map.of(LeadSource.INBOUND, 3), List.of()),
                new MonthlyReport.Engaged(2, List.of()),
                new MonthlyReport.Won(won, List.of(), List.of()),
                List.of(maturing),
                new MonthlyReport.Outbound(0, 0, List.of()),
                new MonthlyReport.Activities(0, 0, List.of()),
                Map.of(), new MonthlyReport.ForecastAccuracy(0, 0, null), null, null);
    }

    static MonthlyReport.Maturing maturing(String name, String amount, String currency) {
        return new MonthlyReport.Maturing(new MonthlyReport.LeadRef(name, name, name + ".example", LeadSource.INBOUND,
                Stage.PROPOSAL), amount == null ? null : new Money(new BigDecimal(amount), currency), null);
    }

    @Test
    void theOptimistOfJanuaryTurnsRealistVersionByVersion() {
        Instant january = Instant.parse("2026-02-01T00:00:00Z");
        MonthlyReport first = report(january, 0, maturing("Otkat", "120000", "USD"), maturing("Ромашка", "3500000", "RUB"),
                maturing("Vasya", null, null));
        MonthlyReport second = report(january.plusSeconds(86_400 * 30), 1, maturing("Otkat", "80000.00", "USD"),
                maturing("Vasya", null, null), maturing("Newcomer", "10000", "EUR"));
        MonthlyReport live = report(january.plusSeconds(86_400 * 300), 1, maturing("Otkat", "80000", "USD"),
                maturing("Vasya", null, null), maturing("Newcomer", "10000", "EUR"));

        List<ForecastHistory.Entry> entries = ForecastHistory.of(List.of(
                new ReportVersion("2026-01", 1, ReportVersion.WrittenBy.MONTH_END, january, first),
                new ReportVersion("2026-01", 2, ReportVersion.WrittenBy.REQUEST, second.generatedAt(), second)), live);

        assertEquals(3, entries.size());
        assertEquals(List.of(), entries.get(0).moves());
        assertEquals(List.of(new Money(new BigDecimal("3500000"), "RUB"), new Money(new BigDecimal("120000"), "USD")),
                entries.get(0).maturingBudget(), "summed per currency, never converted");
        assertEquals(List.of(
                new ForecastHistory.Move(ForecastHistory.Move.Kind.BUDGET, "Otkat",
                        new Money(new BigDecimal("120000"), "USD"), new Money(new BigDecimal("80000.00"), "USD")),
                new ForecastHistory.Move(ForecastHistory.Move.Kind.JOINED, "Newcomer", null,
                        new Money(new BigDecimal("10000"), "EUR")),
                new ForecastHistory.Move(ForecastHistory.Move.Kind.LEFT, "Ромашка",
                        new Money(new BigDecimal("3500000"), "RUB"), null)), entries.get(1).moves());
        assertEquals(List.of(), entries.get(2).moves(), "80000.00 and 80000 are the same budget");
        assertNull(entries.get(2).version(), "the report computed now comes last, without a number");
        assertEquals(1, entries.get(2).won());
    }
}
