package tickler.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tickler.activity.Activity;
import tickler.activity.Participant;
import tickler.identity.Identity;
import tickler.lead.Lead;
import tickler.lead.LeadInference;
import tickler.lead.LeadSource;
import tickler.lead.Money;
import tickler.lead.Pipeline;
import tickler.lead.Stage;

/**
 * Builds the monthly report of docs/definitions.md ("The monthly report"): every section is read from
 * the pipeline as of the end of the month, the forecast and the month-over-month change also from
 * the pipeline as of the end of the month before.
 */
public final class MonthlyReports {

    private static final Duration MATURING_ACTIVITY = Duration.ofDays(30);
    private static final Duration NOTABLE_LENGTH = Duration.ofHours(1);
    static final int TREND_MONTHS = 12;
    private static final List<LeadSource> INCOMING_SOURCES =
            List.of(LeadSource.INBOUND, LeadSource.REFERRAL, LeadSource.PARTNER);

    public MonthlyReport build(YearMonth month, List<Activity> activities, LeadInference inference,
                               ZoneId zone, Instant generatedAt) {
        Period current = Period.of(month, zone);
        Period previous = Period.of(month.minusMonths(1), zone);
        Pipeline now = inference.infer(activities, current.asOf());
        Pipeline before = inference.infer(activities, previous.asOf());

        List<Lead> incoming = incoming(now, current);
        List<Lead> engaged = incoming.stream().filter(lead -> lead.engagedAt() != null).toList();
        List<Lead> won = won(now, current);
        List<Lead> outbound = firstTouched(now, current).stream()
                .filter(lead -> lead.source() == LeadSource.OUTBOUND).toList();

        List<Lead> incomingBefore = incoming(before, previous);
        MonthlyReport.MonthOverMonth change = new MonthlyReport.MonthOverMonth(
                month.minusMonths(1).toString(),
                MonthlyReport.Change.of(incomingBefore.size(), incoming.size()),
                MonthlyReport.Change.of((int) incomingBefore.stream().filter(l -> l.engagedAt() != null).count(),
                        engaged.size()),
                MonthlyReport.Change.of(won(before, previous).size(), won.size()));

        return new MonthlyReport(
                month.toString(),
                generatedAt,
                new MonthlyReport.Incoming(incoming.size(), bySource(incoming), refs(incoming)),
                new MonthlyReport.Engaged(engaged.size(), refs(engaged)),
                new MonthlyReport.Won(won.size(), amounts(won), refs(won)),
                maturing(now, current).stream()
                        .map(lead -> new MonthlyReport.Maturing(MonthlyReport.LeadRef.of(lead), lead.budget(), lead.teamSize()))
                        .toList(),
                new MonthlyReport.Outbound(outbound.size(),
                        (int) outbound.stream().filter(lead -> lead.engagedAt() != null).count(), refs(outbound)),
                activities(activities, now, inference, current, zone),
                conversion(now),
                forecast(maturing(before, previous), won),
                change,
                trend(now, current));
    }

    /** A month in the owner's zone; as of its end means the last instant before the next month. */
    private record Period(YearMonth month, ZoneId zone, Instant start, Instant end) {
        static Period of(YearMonth month, ZoneId zone) {
            return new Period(month, zone, month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        }

        Period next() {
            return Period.of(month.plusMonths(1), zone);
        }

        Instant asOf() {
            return end.minusNanos(1);
        }

        boolean contains(Instant instant) {
            return instant != null && !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    /**
     * Read from the one pipeline as of the end of the month rather than a pipeline per month, so
     * the report infers twice, not fourteen times: a month of the trend counts what is known at
     * the end of this one (a contact that became a lead later counts in its first month).
     */
    private static List<MonthlyReport.TrendPoint> trend(Pipeline pipeline, Period last) {
        return IntStream.range(0, TREND_MONTHS)
                .mapToObj(i -> Period.of(last.month().minusMonths(TREND_MONTHS - 1 - i), last.zone()))
                .map(period -> {
                    List<Lead> incoming = incoming(pipeline, period);
                    int engaged = (int) incoming.stream()
                            .filter(lead -> lead.engagedAt() != null && lead.engagedAt().isBefore(period.end()))
                            .count();
                    return new MonthlyReport.TrendPoint(period.month().toString(), incoming.size(), engaged,
                            won(pipeline, period).size());
                })
                .toList();
    }

    private static List<Lead> firstTouched(Pipeline pipeline, Period period) {
        return pipeline.leads().stream().filter(lead -> period.contains(lead.firstTouchAt())).toList();
    }

    private static List<Lead> incoming(Pipeline pipeline, Period period) {
        return firstTouched(pipeline, period).stream().filter(lead -> lead.source() != LeadSource.OUTBOUND).toList();
    }

    /** The stage evidence of a WON lead is its first WON signal. */
    private static List<Lead> won(Pipeline pipeline, Period period) {
        return pipeline.leads().stream()
                .filter(lead -> lead.stage() == Stage.WON && period.contains(lead.evidence().get("stage").at()))
                .toList();
    }

    private static List<Lead> maturing(Pipeline pipeline, Period period) {
        Instant recent = period.asOf().minus(MATURING_ACTIVITY);
        Period next = period.next();
        return pipeline.leads().stream()
                .filter(lead -> lead.stage() == Stage.PROPOSAL)
                .filter(lead -> (lead.lastActivityAt() != null && lead.lastActivityAt().isAfter(recent))
                        || next.contains(lead.nextStepAt()))
                .toList();
    }

    private static Map<LeadSource, Integer> bySource(List<Lead> leads) {
        Map<LeadSource, Integer> counts = new EnumMap<>(LeadSource.class);
        INCOMING_SOURCES.forEach(source -> counts.put(source, 0));
        leads.forEach(lead -> counts.merge(lead.source(), 1, Integer::sum));
        return counts;
    }

    private static List<Money> amounts(List<Lead> won) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        won.stream().map(Lead::budget).filter(Objects::nonNull)
                .forEach(budget -> sums.merge(budget.currency(), budget.amount(), BigDecimal::add));
        return sums.entrySet().stream().map(sum -> new Money(sum.getValue(), sum.getKey())).toList();
    }

    private static MonthlyReport.Activities activities(List<Activity> activities, Pipeline pipeline,
                                                       LeadInference inference, Period period, ZoneId zone) {
        List<Activity> events = activities.stream()
                .filter(a -> a.isEvent() && period.contains(a.at()))
                .filter(a -> a.created() == null || !a.created().isAfter(period.asOf()))
                .sorted(Comparator.comparing(Activity::at).thenComparing(Activity::key))
                .toList();
        int meetings = (int) events.stream().filter(pipeline::isMeeting).count();
        int calls = (int) events.stream()
                .filter(a -> !pipeline.leadKeysOf(a).isEmpty())
                .filter(a -> inference.vocabulary().call().matches(a.title()))
                .count();
        List<MonthlyReport.Notable> notable = events.stream()
                .filter(a -> pipeline.leadKeysOf(a).isEmpty())
                .filter(a -> a.allDay() || (a.end() != null && Duration.between(a.at(), a.end()).compareTo(NOTABLE_LENGTH) >= 0))
                .filter(a -> !(a.recurring() && amongOwnSide(a, inference.identity())))
                .map(a -> new MonthlyReport.Notable(a.at().atZone(zone).toLocalDate().toString(), a.title()))
                .toList();
        return new MonthlyReport.Activities(meetings, calls, notable);
    }

    /** Only the owner, colleagues and calendar resources take part: a routine internal meeting. */
    private static boolean amongOwnSide(Activity event, Identity identity) {
        return event.participants().stream().map(Participant::address)
                .allMatch(address -> identity.isInternal(address) || identity.isAutomated(address));
    }

    private static Map<LeadSource, MonthlyReport.Conversion> conversion(Pipeline pipeline) {
        Map<LeadSource, MonthlyReport.Conversion> conversion = new EnumMap<>(LeadSource.class);
        for (LeadSource source : LeadSource.values()) {
            List<Lead> leads = pipeline.leads().stream().filter(lead -> lead.source() == source).toList();
            conversion.put(source, new MonthlyReport.Conversion(leads.size(),
                    (int) leads.stream().filter(lead -> lead.engagedAt() != null).count(),
                    (int) leads.stream().filter(lead -> lead.stage() == Stage.WON).count()));
        }
        return conversion;
    }

    private static MonthlyReport.ForecastAccuracy forecast(List<Lead> maturingBefore, List<Lead> wonNow) {
        Set<String> wonKeys = wonNow.stream().map(Lead::key).collect(Collectors.toSet());
        int hits = (int) maturingBefore.stream().filter(lead -> wonKeys.contains(lead.key())).count();
        Double ratio = maturingBefore.isEmpty() ? null : (double) hits / maturingBefore.size();
        return new MonthlyReport.ForecastAccuracy(maturingBefore.size(), hits, ratio);
    }

    private static List<MonthlyReport.LeadRef> refs(List<Lead> leads) {
        return leads.stream().map(MonthlyReport.LeadRef::of).toList();
    }
}
