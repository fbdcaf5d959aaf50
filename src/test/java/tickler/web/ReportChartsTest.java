package tickler.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tickler.lead.LeadSource;
import tickler.report.MonthlyReport;

class ReportChartsTest {

    static MonthlyReport report(List<MonthlyReport.TrendPoint> trend) {
        return new MonthlyReport("2026-10", Instant.parse("2026-11-01T00:00:00Z"),
                new MonthlyReport.Incoming(10, Map.of(LeadSource.INBOUND, 6, LeadSource.REFERRAL, 3, LeadSource.PARTNER, 1), List.of()),
                new MonthlyReport.Engaged(7, List.of()),
                new MonthlyReport.Won(2, List.of(), List.of()),
                List.of(),
                new MonthlyReport.Outbound(5, 2, List.of()),
                new MonthlyReport.Activities(0, 0, List.of()),
                Map.of(), new MonthlyReport.ForecastAccuracy(0, 0, null), null, trend);
    }

    static List<MonthlyReport.TrendPoint> year() {
        List<MonthlyReport.TrendPoint> points = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            points.add(new MonthlyReport.TrendPoint(YearMonth.of(2026, 10).minusMonths(i).toString(), 12 - i, (12 - i) / 2, i % 3));
        }
        return points;
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyTextIsEscapedSoAStrangersWordsCannotBecomeMarkup() throws Exception {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Ромашка&quot;",
                Svg.escape("<script>alert('x')</script> & \"Ромашка\""));
        String svg = new Svg("t\"><script>", 100, 50, "<b>title</b>", "a & b")
                .text(1, 2, "start", false, "</text><script>alert(1)</script>")
                .rect(0, 0, 10, 10, "#000\" onload=\"alert(1)", "tip <i>")
                .toString();
        Document document = parse(svg);
        assertEquals(0, document.getElementsByTagName("script").getLength());
        assertEquals("</text><script>alert(1)</script>", document.getElementsByTagName("text").item(0).getTextContent());
        assertEquals("", ((Element) document.getElementsByTagName("rect").item(0)).getAttribute("onload"));
        assertEquals("<b>title</b>", document.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void eachPictureIsWellFormedNamedForScreenReadersAndStyledWithoutStyleAttributes() throws Exception {
        ReportCharts.Charts charts = ReportCharts.of(report(year()));
        for (String svg : List.of(charts.funnel(), charts.sources(), charts.trend())) {
            Element root = parse(svg).getDocumentElement();
            assertEquals("img", root.getAttribute("role"));
            String[] names = root.getAttribute("aria-labelledby").split(" ");
            assertEquals(2, names.length);
            assertFalse(svg.contains("style="), "a strict CSP refuses style attributes");
            assertEquals(svg.indexOf("http"), svg.lastIndexOf("http"), "no address but the SVG namespace");
        }
        Document funnel = parse(charts.funnel());
        assertTrue(funnel.getElementsByTagName("desc").item(0).getTextContent()
                .startsWith("Came in: 10. Turned into communication: 7. Won in the month: 2"));
        assertTrue(parse(charts.sources()).getElementsByTagName("desc").item(0).getTextContent()
                .contains("inbound 6 (40%), referral 3 (20%), partner 1 (7%), outbound 5 (33%)"));
    }

    @Test
    void theTrendDrawsTwelveMonthsOfThreeSeriesWithTheirNumbers() throws Exception {
        Document trend = parse(ReportCharts.trend(year()));
        List<String> bars = new ArrayList<>();
        NodeList rects = trend.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            if (rects.item(i).hasChildNodes()) {
                bars.add(rects.item(i).getTextContent());
            }
        }
        assertEquals(36, bars.size(), "three bars a month, each with its number");
        assertEquals(List.of("2025-11: 1 came in", "2025-11: 0 engaged", "2025-11: 2 won"), bars.subList(0, 3));
        assertEquals("2026-10: 12 came in", bars.get(33));
        String labels = trend.getDocumentElement().getTextContent();
        assertTrue(labels.contains("Nov") && labels.contains("2025") && labels.contains("2026"), labels);
    }

    @Test
    void aMonthWithoutLeadsSaysSoAndAVersionWithoutTrendDrawsNone() throws Exception {
        MonthlyReport empty = new MonthlyReport("2026-10", Instant.parse("2026-11-01T00:00:00Z"),
                new MonthlyReport.Incoming(0, Map.of(), List.of()), new MonthlyReport.Engaged(0, List.of()),
                new MonthlyReport.Won(0, List.of(), List.of()), List.of(), new MonthlyReport.Outbound(0, 0, List.of()),
                new MonthlyReport.Activities(0, 0, List.of()), Map.of(), null, null, null);
        ReportCharts.Charts charts = ReportCharts.of(empty);
        assertEquals(null, charts.trend());
        assertTrue(parse(charts.sources()).getDocumentElement().getTextContent().contains("No lead was first touched"));
        parse(charts.funnel());
    }
}
