package tickler.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportCsvTest {

    @Test
    void aNameASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("'=HYPERLINK(\"http://x\")", ReportCsv.safe("=HYPERLINK(\"http://x\")"));
        assertEquals("'+7 495", ReportCsv.safe("+7 495"));
        assertEquals("'@SUM(A1)", ReportCsv.safe("@SUM(A1)"));
        assertEquals("Ромашка, ООО", ReportCsv.safe("Ромашка, ООО"));
        assertEquals("", ReportCsv.safe(null));
    }
}
