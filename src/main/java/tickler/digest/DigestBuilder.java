package tickler.digest;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tickler.activity.Activity;
import tickler.lead.Evidence;
import tickler.lead.Lead;
import tickler.lead.LeadSource;
import tickler.lead.Money;
import tickler.lead.Pipeline;
import tickler.lead.Stage;
import tickler.report.MonthlyReport;

/** What a digest says, from the pipeline, the month's report and sync health. Pure. */
final class DigestBuilder {

    /** A meeting older than this without a follow-up is the board's business: the lead shows as forgotten soon. */
    static final Duration RECENT_MEETINGS = Duration.ofDays(14);
    /** As the report's "maturing": a proposal with activity this recent is likely to close. */
    static final Duration RECENT_ACTIVITY = Duration.ofDays(30);
    static final String PRIVACY_NOTE = "Privacy mode: Gmail is read as headers only. Budgets, team sizes and "
            + "proposal, won or lost signals written in message bodies are not available; calendar notes and tags still count.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Links links;
    private final ReportLinks reportLinks;
    private final ZoneId zone;

    DigestBuilder(Links links, ReportLinks reportLinks, ZoneId zone) {
        this.links = links;
        this.reportLinks = reportLinks;
        this.zone = zone;
    }

    /**
     * The daily or weekly digest.
     *
     * @param now     the pipeline's moment
     * @param before  the pipeline as of the previous digest ({@code period.since()}): what is new is
     *                what it did not have
     */
    Digest leads(Period period, Pipeline now, Pipeline before, List<GoogleSyncView.AccountHealth> sync, boolean privacy) {
        boolean daily = period.kind() == Kind.DAILY;
        Instant at = now.asOf();
        Instant horizon = daily ? period.day().plusDays(1).atStartOfDay(zone).toInstant() : at.plus(Duration.ofDays(7));
        List<Digest.Section> sections = new ArrayList<>();
        section(sections, daily ? "Next steps today" : "Next steps this week", nextSteps(now, at, horizon, daily));
        section(sections, "New leads since the last digest", newLeads(now, before));
        section(sections, "Became forgotten: no next step, quiet for two weeks", becameForgotten(now, before));
        section(sections, "Meetings still without a follow-up", followUps(now, at));
        section(sections, "Likely to close this month", closing(now, at));
        section(sections, "Google sync", sync(sync));
        String title = (daily ? "Daily digest, " : "Weekly summary, ") + DAY.format(period.day());
        return new Digest(period.kind(), period, title, sections, privacy ? PRIVACY_NOTE : null, links.board());
    }

    /** The monthly digest: the headline numbers of the month's report, and the link to it. */
    Digest monthly(Period period, MonthlyReport report, boolean privacy) {
        YearMonth month = YearMonth.parse(report.month());
        String url = reportLinks.monthly(month);
        MonthlyReport.Incoming incoming = report.incoming();
        List<Digest.Item> numbers = List.of(
                number("Leads in", incoming.count() + bySource(incoming), url),
                number("Turned into communication", report.engaged().count() + " of " + incoming.count(), url),
                number("Won", report.won().count() + amounts(report.won().amounts()), url),
                number("Likely to close next month", String.valueOf(report.maturing().size()), url),
                number("Outbound", report.outbound().count() + ", " + report.outbound().engaged() + " engaged", url),
                new Digest.Item(null, "Open the report", null, null, url, false));
        boolean news = incoming.count() + report.won().count() + report.maturing().size() + report.outbound().count()
                + report.activities().meetings() > 0;
        String title = "Monthly report, " + MONTH.format(month);
        return new Digest(period.kind(), period, title, List.of(new Digest.Section(MONTH.format(month) + " in numbers",
                numbers, news)), privacy ? PRIVACY_NOTE : null, links.board());
    }

    private static void section(List<Digest.Section> sections, String heading, List<Digest.Item> items) {
        if (!items.isEmpty()) {
            sections.add(new Digest.Section(heading, items, false));
        }
    }

    private static Digest.Item number(String label, String value, String reportUrl) {
        return new Digest.Item(null, label, null, value, reportUrl, false);
    }

    private List<Digest.Item> nextSteps(Pipeline pipeline, Instant now, Instant horizon, boolean daily) {
        record Step(Activity activity, Lead lead) {
        }
        List<Step> steps = new ArrayList<>();
        for (Lead lead : pipeline.leads()) {
            for (Activity activity : pipeline.timeline(lead.key())) {
                if (activity.isEvent() && !activity.at().isBefore(now) && activity.at().isBefore(horizon)) {
                    steps.add(new Step(activity, lead));
                }
            }
        }
        return steps.stream()
                .sorted(Comparator.comparing((Step s) -> s.activity().at()).thenComparing(s -> s.lead().key()))
                .map(s -> new Digest.Item(s.activity().allDay() ? (daily ? "all day" : DATE.format(s.activity().at().atZone(zone)))
                        : (daily ? TIME : DATE_TIME).format(s.activity().at().atZone(zone)),
                        s.lead().name(), s.activity().title(), pipeline.isMeeting(s.activity()) ? "meeting" : "reminder",
                        links.lead(s.lead().id()), true))
                .toList();
    }

    private List<Digest.Item> newLeads(Pipeline now, Pipeline before) {
        return now.leads().stream()
                .filter(lead -> before.byKey(lead.key()).isEmpty())
                .sorted(Comparator.comparing(Lead::firstTouchAt))
                .map(lead -> new Digest.Item(DATE.format(lead.firstTouchAt().atZone(zone)), lead.name(),
                        evidenceTitle(lead, "source"), source(lead.source()), links.lead(lead.id()), true))
                .toList();
    }

    private List<Digest.Item> becameForgotten(Pipeline now, Pipeline before) {
        return now.leads().stream()
                .filter(lead -> lead.forgotten() && !before.byKey(lead.key()).map(Lead::forgotten).orElse(false))
                .map(lead -> new Digest.Item(null, lead.name(), evidenceTitle(lead, "forgotten"),
                        lead.lastActivityAt() == null ? null : "quiet since " + DATE.format(lead.lastActivityAt().atZone(zone)),
                        links.lead(lead.id()), true))
                .toList();
    }

    private List<Digest.Item> followUps(Pipeline pipeline, Instant now) {
        Instant recent = now.minus(RECENT_MEETINGS);
        List<Digest.Item> items = new ArrayList<>();
        for (Lead lead : pipeline.leads()) {
            if (lead.stage().isOpen()) {
                lead.missingFollowUps().stream().filter(m -> m.meetingAt().isAfter(recent))
                        .forEach(m -> items.add(new Digest.Item(DATE.format(m.meetingAt().atZone(zone)), lead.name(),
                                m.title(), "no message since", links.lead(lead.id()), true)));
            }
        }
        return items;
    }

    private List<Digest.Item> closing(Pipeline pipeline, Instant now) {
        Instant monthEnd = YearMonth.from(now.atZone(zone)).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant recent = now.minus(RECENT_ACTIVITY);
        return pipeline.leads().stream()
                .filter(lead -> lead.stage() == Stage.PROPOSAL)
                .filter(lead -> (lead.lastActivityAt() != null && lead.lastActivityAt().isAfter(recent))
                        || (lead.nextStepAt() != null && lead.nextStepAt().isBefore(monthEnd)))
                .map(lead -> new Digest.Item(null, lead.name(), null, facts(lead), links.lead(lead.id()), false))
                .toList();
    }

    private List<Digest.Item> sync(List<GoogleSyncView.AccountHealth> accounts) {
        return accounts.stream().map(a -> {
            String skipped = a.skipped() == 0 ? null : a.skipped() + " messages skipped: they could not be read";
            if (a.problem() != null) {
                return new Digest.Item(null, a.email(), a.problem() + (a.lastError() == null ? "" : " (" + a.lastError() + ")"),
                        skipped, links.sync(), true);
            }
            return new Digest.Item(null, a.email(), a.lagSeconds() == null ? "first sync running" : "synced " + ago(a.lagSeconds()),
                    skipped, links.sync(), false);
        }).toList();
    }

    private static String evidenceTitle(Lead lead, String fact) {
        Evidence evidence = lead.evidence().get(fact);
        return evidence == null || evidence.title() == null || evidence.title().isBlank() ? null : evidence.title();
    }

    private static String source(LeadSource source) {
        return source == null ? null : source.name().toLowerCase(Locale.ROOT);
    }

    private static String facts(Lead lead) {
        List<String> facts = new ArrayList<>();
        facts.add(lead.budget() == null ? "budget unknown" : "budget " + money(lead.budget()));
        if (lead.teamSize() != null) {
            facts.add("team " + lead.teamSize());
        }
        return String.join(", ", facts);
    }

    private static String bySource(MonthlyReport.Incoming incoming) {
        if (incoming.count() == 0) {
            return "";
        }
        return ": " + incoming.bySource().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> source(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String amounts(List<Money> amounts) {
        return amounts.isEmpty() ? "" : ": " + amounts.stream().map(DigestBuilder::money).collect(Collectors.joining(", "));
    }

    /** "2,500,000 RUB": grouped digits, the currency as written, never converted. */
    private static String money(Money money) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(money.amount())
                + " " + money.currency();
    }

    private static String ago(long seconds) {
        long minutes = seconds / 60;
        if (minutes < 1) {
            return "just now";
        }
        return minutes < 60 ? minutes + " min ago" : minutes < 1440 ? minutes / 60 + " h ago" : minutes / 1440 + " days ago";
    }
}
