package tickler.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tickler.activity.Activity;
import tickler.activity.Chronology;
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
 * what the month before ended with: the pipeline as of its end, or that month's own report, which
 * was read from the same pipeline.
 */
public final class MonthlyReports {

    private static final Duration MATURING_ACTIVITY = Duration.ofDays(30);
    private static final Duration NOTABLE_LENGTH = Duration.ofHours(1);
    static final int TREND_MONTHS = 12;
    private static final List<LeadSource> INCOMING_SOURCES =
            List.of(LeadSource.INBOUND, LeadSource.REFERRAL, LeadSource.PARTNER);

    /** @param activities in {@link Chronology#ORDER} */
    public MonthlyReport build(YearMonth month, List<Activity> activities, LeadInference inference,
                               ZoneId zone, Instant generatedAt) {
        Period previous = Period.of(month.minusMonths(1), zone);
        return build(month, activities, inference, zone, generatedAt,
                MonthEnd.of(inference.inferFacts(activities, previous.asOf()), previous));
    }

    /**
     * The same report, reading what the month before ended with from that month's report computed
     * over the same activities, rather than inferring the leads as of its end again.
     *
     * @param activities in {@link Chronology#ORDER}
     */
    public MonthlyReport build(YearMonth month, List<Activity> activities, LeadInference inference,
                               ZoneId zone, Instant generatedAt, MonthlyReport monthBefore) {
        if (!monthBefore.month().equals(month.minusMonths(1).toString())) {
            throw new IllegalArgumentException(monthBefore.month() + " is not the month before " + month);
        }
        return build(month, activities, inference, zone, generatedAt, MonthEnd.of(monthBefore));
    }

    private MonthlyReport build(YearMonth month, List<Activity> activities, LeadInference inference,
                                ZoneId zone, Instant generatedAt, MonthEnd before) {
        Period current = Period.of(month, zone);
        Pipeline now = inference.inferFacts(activities, current.asOf());

        List<Lead> incoming = incoming(now, current);
        List<Lead> engaged = incoming.stream().filter(lead -> lead.engagedAt() != null).toList();
        List<Lead> won = won(now, current);
        List<Lead> outbound = firstTouched(now, current).stream()
                .filter(lead -> lead.source() == LeadSource.OUTBOUND).toList();

        MonthlyReport.MonthOverMonth change = new MonthlyReport.MonthOverMonth(
                month.minusMonths(1).toString(),
                MonthlyReport.Change.of(before.incoming(), incoming.size()),
                MonthlyReport.Change.of(before.engaged(), engaged.size()),
                MonthlyReport.Change.of(before.won(), won.size()));

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
                forecast(before.maturing(), won),
                change,
                trend(now, current));
    }

    /** What the next month's report reads of a month: its incoming, engaged and won counts and its maturing leads. */
    private record MonthEnd(int incoming, int engaged, int won, Set<String> maturing) {
        static MonthEnd of(Pipeline pipeline, Period period) {
            List<Lead> incoming = MonthlyReports.incoming(pipeline, period);
            return new MonthEnd(incoming.size(), (int) incoming.stream().filter(lead -> lead.engagedAt() != null).count(),
                    MonthlyReports.won(pipeline, period).size(),
                    MonthlyReports.maturing(pipeline, period).stream().map(Lead::key).collect(Collectors.toSet()));
        }

        static MonthEnd of(MonthlyReport report) {
            return new MonthEnd(report.incoming().count(), report.engaged().count(), report.won().count(),
                    report.maturing().stream().map(maturing -> maturing.lead().key()).collect(Collectors.toSet()));
        }
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
     * the report infers once for its trend, not twelve times: a month of the trend counts what is known at
     * the end of this one (a contact that became a lead later counts in its first month).
     */
    private static List<MonthlyReport.TrendPoint> trend(Pipeline pipeline, Period last) {
        YearMonth first = last.month().minusMonths(TREND_MONTHS - 1);
        int[] incoming = new int[TREND_MONTHS];
        int[] engaged = new int[TREND_MONTHS];
        int[] won = new int[TREND_MONTHS];
        for (Lead lead : pipeline.leads()) {
            int touched = monthIndex(first, lead.firstTouchAt(), last.zone());
            if (touched >= 0 && lead.source() != LeadSource.OUTBOUND) {
                incoming[touched]++;
                Instant touchedMonthEnd = Period.of(first.plusMonths(touched), last.zone()).end();
                if (lead.engagedAt() != null && lead.engagedAt().isBefore(touchedMonthEnd)) {
                    engaged[touched]++;
                }
            }
            int wonIn = lead.stage() == Stage.WON ? monthIndex(first, lead.evidence().get("stage").at(), last.zone()) : -1;
            if (wonIn >= 0) {
                won[wonIn]++;
            }
        }
        return IntStream.range(0, TREND_MONTHS)
                .mapToObj(i -> new MonthlyReport.TrendPoint(first.plusMonths(i).toString(), incoming[i], engaged[i], won[i]))
                .toList();
    }

    /** The month of the instant counted from {@code first}, or -1 when it is null or outside the trend's months. */
    private static int monthIndex(YearMonth first, Instant at, ZoneId zone) {
        if (at == null) {
            return -1;
        }
        long index = first.until(YearMonth.from(at.atZone(zone)), ChronoUnit.MONTHS);
        return index >= 0 && index < TREND_MONTHS ? (int) index : -1;
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
        List<Activity> events = Chronology.between(activities, period.start(), period.end()).stream()
                .filter(Activity::isEvent)
                .filter(a -> a.created() == null || !a.created().isAfter(period.asOf()))
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

    private static MonthlyReport.ForecastAccuracy forecast(Set<String> maturingBefore, List<Lead> wonNow) {
        int hits = (int) wonNow.stream().filter(lead -> maturingBefore.contains(lead.key())).count();
        Double ratio = maturingBefore.isEmpty() ? null : (double) hits / maturingBefore.size();
        return new MonthlyReport.ForecastAccuracy(maturingBefore.size(), hits, ratio);
    }

    private static List<MonthlyReport.LeadRef> refs(List<Lead> leads) {
        return leads.stream().map(MonthlyReport.LeadRef::of).toList();
    }
}
