package tickler.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tickler.lead.Money;
import tickler.report.MonthlyReport;
import tickler.report.MonthlyReport.LeadRef;

/**
 * The monthly report as CSV: one row per lead per section, then the counts, for a spreadsheet.
 * Names and titles come from strangers' mail, so a cell a spreadsheet would read as a formula is
 * written as text.
 */
final class ReportCsv {

    private static final String[] HEADER = {"month", "section", "lead id", "name", "key", "source", "stage",
        "amount", "currency", "team size", "count"};

    private ReportCsv() {
    }

    /** The CSV as a download named after its month. */
    static Response download(MonthlyReport report) {
        return Response.ok(of(report), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"tickler-report-" + report.month() + ".csv\"")
                .build();
    }

    static String of(MonthlyReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            leads(csv, report, "incoming", report.incoming().leads());
            leads(csv, report, "engaged", report.engaged().leads());
            leads(csv, report, "won", report.won().leads());
            for (MonthlyReport.Maturing maturing : report.maturing()) {
                lead(csv, report, "maturing", maturing.lead(), maturing.budget(), maturing.teamSize());
            }
            leads(csv, report, "outbound", report.outbound().leads());
            for (MonthlyReport.Notable notable : report.activities().notable()) {
                csv.printRecord(report.month(), "notable " + notable.date(), "", safe(notable.title()), "", "", "", "", "", "", "");
            }
            count(csv, report, "incoming", report.incoming().count());
            report.incoming().bySource().forEach((source, n) -> count(csv, report, "incoming " + source, n));
            count(csv, report, "engaged", report.engaged().count());
            count(csv, report, "won", report.won().count());
            for (Money amount : report.won().amounts()) {
                csv.printRecord(report.month(), "won amount", "", "", "", "", "", amount.amount().toPlainString(),
                        amount.currency(), "", "");
            }
            count(csv, report, "maturing", report.maturing().size());
            count(csv, report, "outbound", report.outbound().count());
            count(csv, report, "outbound engaged", report.outbound().engaged());
            count(csv, report, "meetings", report.activities().meetings());
            count(csv, report, "calls", report.activities().calls());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void leads(CSVPrinter csv, MonthlyReport report, String section, List<LeadRef> leads) throws IOException {
        for (LeadRef lead : leads) {
            lead(csv, report, section, lead, null, null);
        }
    }

    private static void lead(CSVPrinter csv, MonthlyReport report, String section, LeadRef lead, Money budget,
                             Integer teamSize) throws IOException {
        csv.printRecord(report.month(), section, lead.id(), safe(lead.name()), safe(lead.key()),
                lead.source() == null ? "" : lead.source(), lead.stage(),
                budget == null ? "" : budget.amount().toPlainString(), budget == null ? "" : budget.currency(),
                teamSize == null ? "" : teamSize, "");
    }

    private static void count(CSVPrinter csv, MonthlyReport report, String what, int count) {
        try {
            csv.printRecord(report.month(), what, "", "", "", "", "", "", "", "", count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A leading = + - @ (or tab, carriage return) makes a spreadsheet evaluate the cell. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
