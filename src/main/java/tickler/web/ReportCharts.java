package tickler.web;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import tickler.lead.LeadSource;
import tickler.report.MonthlyReport;
import tickler.report.MonthlyReport.TrendPoint;

/**
 * The report's pictures: the month's funnel, the source mix of the leads first touched in it, and
 * the trend of the twelve months up to it. Colours differ in lightness too and every number is
 * written next to its shape, so a black-and-white print reads the same.
 */
public final class ReportCharts {

    /** @param trend null when the report version kept no trend */
    public record Charts(String funnel, String sources, String trend) {
    }

    private static final int WIDTH = 640;
    private static final String BLUE = "#2457d6";
    private static final String GREEN = "#1b7f4b";
    private static final String LIGHT_BLUE = "#9db7f0";
    private static final String OCHRE = "#c9a227";
    private static final String GRID = "#c9cedb";

    private ReportCharts() {
    }

    public static Charts of(MonthlyReport report) {
        return new Charts(funnel(report), sources(report), report.trend() == null ? null : trend(report.trend()));
    }

    static String funnel(MonthlyReport report) {
        String[] labels = {"Came in", "Turned into communication", "Won in the month"};
        int[] values = {report.incoming().count(), report.engaged().count(), report.won().count()};
        String[] colours = {BLUE, LIGHT_BLUE, GREEN};
        Svg svg = new Svg("funnel-chart", WIDTH, 3 * 36 + 4, "Funnel of " + report.month(),
                labels[0] + ": " + values[0] + ". " + labels[1] + ": " + values[1] + ". " + labels[2] + ": " + values[2]
                        + " (deals won may have come in earlier).");
        int max = Math.max(1, Math.max(values[0], Math.max(values[1], values[2])));
        double left = 190;
        double room = WIDTH - left - 60;
        for (int i = 0; i < labels.length; i++) {
            double y = 4 + i * 36;
            double width = values[i] * room / max;
            svg.text(left - 8, y + 19, "end", false, labels[i])
                    .rect(left, y, width, 28, colours[i], labels[i] + ": " + values[i])
                    .text(left + width + 6, y + 19, "start", true, Integer.toString(values[i]));
        }
        return svg.toString();
    }

    static String sources(MonthlyReport report) {
        List<LeadSource> order = List.of(LeadSource.INBOUND, LeadSource.REFERRAL, LeadSource.PARTNER, LeadSource.OUTBOUND);
        String[] colours = {BLUE, LIGHT_BLUE, GREEN, OCHRE};
        int[] counts = order.stream().mapToInt(source -> source == LeadSource.OUTBOUND ? report.outbound().count()
                : report.incoming().bySource().getOrDefault(source, 0)).toArray();
        int total = Arrays.stream(counts).sum();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            parts.add(name(order.get(i)) + " " + counts[i] + share(counts[i], total));
        }
        Svg svg = new Svg("sources-chart", WIDTH, 76, "Where the leads of " + report.month() + " came from",
                total == 0 ? "No lead was first touched in the month." : "Leads first touched in the month: " + String.join(", ", parts) + ".");
        if (total == 0) {
            svg.rect(0, 4, WIDTH, 30, "#eceef5", null).text(WIDTH / 2.0, 24, "middle", false, "No lead was first touched in the month");
        }
        double x = 0;
        for (int i = 0; i < order.size(); i++) {
            double width = total == 0 ? 0 : counts[i] * (double) WIDTH / total;
            if (width > 0) {
                svg.rect(x, 4, width, 30, colours[i], parts.get(i));
            }
            x += width;
            double legend = i * (WIDTH / 4.0);
            svg.rect(legend, 50, 12, 12, colours[i], null).text(legend + 18, 60, "start", false, parts.get(i));
        }
        return svg.toString();
    }

    /** Grouped bars rather than lines: small counts that often coincide would hide one line under another. */
    static String trend(List<TrendPoint> points) {
        String[] names = {"came in", "engaged", "won"};
        List<ToIntFunction<TrendPoint>> values = List.of(TrendPoint::incoming, TrendPoint::engaged, TrendPoint::won);
        String[] colours = {BLUE, LIGHT_BLUE, GREEN};
        String first = points.isEmpty() ? "" : points.get(0).month();
        String last = points.isEmpty() ? "" : points.get(points.size() - 1).month();
        StringBuilder description = new StringBuilder("Leads per month from " + first + " to " + last + ".");
        for (int s = 0; s < names.length; s++) {
            ToIntFunction<TrendPoint> value = values.get(s);
            description.append(' ').append(Character.toUpperCase(names[s].charAt(0))).append(names[s].substring(1)).append(": ")
                    .append(points.stream().map(p -> Integer.toString(value.applyAsInt(p))).collect(Collectors.joining(", ")))
                    .append('.');
        }
        int height = 230;
        double left = 36;
        double top = 34;
        double bottom = height - 34;
        double right = WIDTH - 4;
        Svg svg = new Svg("trend-chart", WIDTH, height, "Twelve months to " + last, description.toString());
        int max = Math.max(1, points.stream().mapToInt(p -> Math.max(p.incoming(), Math.max(p.engaged(), p.won()))).max().orElse(0));
        for (int tick : max == 1 ? new int[] {0, 1} : new int[] {0, max / 2, max}) {
            double y = bottom - tick * (bottom - top) / max;
            svg.line(left, y, right, y, GRID).text(left - 6, y + 4, "end", false, Integer.toString(tick));
        }
        double group = points.isEmpty() ? 0 : (right - left) / points.size();
        double bar = group / 4;
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            YearMonth month = YearMonth.parse(point.month());
            double x = left + i * group;
            for (int s = 0; s < names.length; s++) {
                int value = values.get(s).applyAsInt(point);
                double barHeight = value * (bottom - top) / max;
                svg.rect(x + bar / 2 + s * bar, bottom - barHeight, bar - 1, barHeight, colours[s],
                        point.month() + ": " + value + " " + names[s]);
            }
            svg.text(x + group / 2, bottom + 16, "middle", false, month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            if (i == 0 || month.getMonth() == Month.JANUARY) {
                svg.text(x + group / 2, bottom + 30, "middle", false, Integer.toString(month.getYear()));
            }
        }
        for (int s = 0; s < names.length; s++) {
            double legend = left + s * 130;
            svg.rect(legend, 6, 12, 12, colours[s], null).text(legend + 18, 16, "start", false, names[s]);
        }
        return svg.toString();
    }

    private static String name(LeadSource source) {
        return source.name().toLowerCase(Locale.ROOT);
    }

    private static String share(int count, int total) {
        return total == 0 ? "" : " (" + Math.round(count * 100.0 / total) + "%)";
    }
}
