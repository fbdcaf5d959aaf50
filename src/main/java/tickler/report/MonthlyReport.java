package tickler.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tickler.lead.Lead;
import tickler.lead.LeadSource;
import tickler.lead.Money;
import tickler.lead.Stage;

/**
 * The monthly report (docs/definitions.md, "The monthly report"); component names are the JSON contract of
 * {@code GET /api/reports/monthly/{yyyy-MM}} (the README's JSON API). An immutable snapshot.
 *
 * @param month              "yyyy-MM" in the owner's time zone
 * @param conversionBySource every lead first touched by the end of the month, by source: how many
 *                           engaged and how many were won by then (a cohort of one month is too
 *                           young to have been won)
 * @param forecastAccuracy   how many of last month's maturing leads were won this month
 * @param monthOverMonth     incoming, engaged and won counts against the month before
 * @param trend              the twelve months up to this one, oldest first, as known at this month's
 *                           end (null in versions written before trends were kept)
 */
public record MonthlyReport(
        String month,
        Instant generatedAt,
        Incoming incoming,
        Engaged engaged,
        Won won,
        List<Maturing> maturing,
        Outbound outbound,
        Activities activities,
        Map<LeadSource, Conversion> conversionBySource,
        ForecastAccuracy forecastAccuracy,
        MonthOverMonth monthOverMonth,
        List<TrendPoint> trend) {

    /** A lead inside a section. */
    public record LeadRef(String id, String name, String key, LeadSource source, Stage stage) {
        static LeadRef of(Lead lead) {
            return new LeadRef(lead.id(), lead.name(), lead.key(), lead.source(), lead.stage());
        }
    }

    /** Leads not OUTBOUND first touched in the month; bySource has INBOUND, REFERRAL and PARTNER. */
    public record Incoming(int count, Map<LeadSource, Integer> bySource, List<LeadRef> leads) {
    }

    /** The incoming leads engaged by the end of the month. */
    public record Engaged(int count, List<LeadRef> leads) {
    }

    /** Leads whose first WON signal is in the month; amounts summed per currency, never converted. */
    public record Won(int count, List<Money> amounts, List<LeadRef> leads) {
    }

    public record Maturing(LeadRef lead, Money budget, Integer teamSize) {
    }

    /** OUTBOUND leads first touched in the month, and how many of them engaged by its end. */
    public record Outbound(int count, int engaged, List<LeadRef> leads) {
    }

    /**
     * @param meetings events of the month with a lead among the attendees
     * @param calls    events of the month linked to a lead (meetings or reminders) whose title has a
     *                 call word ("call", "созвон", "звонок"...); calls with attendees are meetings too
     * @param notable  the owner's events linked to no lead, all-day or at least an hour long, except
     *                 recurring ones among the owner, colleagues and calendar resources
     */
    public record Activities(int meetings, int calls, List<Notable> notable) {
    }

    /** @param date "yyyy-MM-dd" in the owner's time zone */
    public record Notable(String date, String title) {
    }

    public record Conversion(int leads, int engaged, int won) {
    }

    /** @param ratio won / maturing, null when nothing was maturing */
    public record ForecastAccuracy(int maturingLastMonth, int wonThisMonth, Double ratio) {
    }

    public record MonthOverMonth(String previousMonth, Change incoming, Change engaged, Change won) {
    }

    /**
     * One month of the trend: leads that came in (not OUTBOUND, first touched in the month), how
     * many of them engaged by the month's end, and deals won in the month.
     */
    public record TrendPoint(String month, int incoming, int engaged, int won) {
    }

    public record Change(int previous, int current, int delta) {
        static Change of(int previous, int current) {
            return new Change(previous, current, current - previous);
        }
    }
}
