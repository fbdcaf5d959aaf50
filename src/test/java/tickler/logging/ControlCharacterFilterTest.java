package tickler.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class ControlCharacterFilterTest {

    private final ControlCharacterFilter filter = new ControlCharacterFilter();

    @Test
    void aZipEntryNamedWithALineFeedCannotForgeALogLine() {
        ExtLogRecord r = new ExtLogRecord(Level.INFO, "Importing %s: %d%%", ExtLogRecord.FormatStyle.PRINTF,
                ControlCharacterFilterTest.class.getName());
        r.setParameters(new Object[] {"Takeout/a.ics\n12:00:00 ERROR [ti.so.ta.TakeoutImport] forged\r", 40});
        assertTrue(filter.isLoggable(r));
        assertEquals("Importing Takeout/a.ics\\n12:00:00 ERROR [ti.so.ta.TakeoutImport] forged\\r: 40%",
                r.getFormattedMessage());
    }

    @Test
    void otherControlsAndUnicodeLineSeparatorsAreEscapedRussianTextIsNot() {
        assertEquals("Письмо \\u001b[31m \\u0085 \\u2028 \\u0000 конец\ttab",
                ControlCharacterFilter.escape("Письмо \u001b[31m \u0085 \u2028 \u0000 конец\ttab"));
    }

    @Test
    void aPlainJavaUtilLoggingRecordIsEscapedToo() {
        LogRecord r = new LogRecord(Level.WARNING, "Error loading {0}");
        r.setParameters(new Object[] {"x\ny"});
        filter.isLoggable(r);
        assertEquals("Error loading x\\ny", r.getMessage());
    }
}
