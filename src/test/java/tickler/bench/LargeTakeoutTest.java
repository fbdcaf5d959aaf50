package tickler.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.james.mime4j.dom.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tickler.demo.DemoTakeoutTest;

class LargeTakeoutTest {

    @TempDir
    Path dir;

    @Test
    void writesAtLeastTheTargetAsParseableMessages() throws Exception {
        Path mbox = LargeTakeout.write(dir.resolve("a"), 3_000_000, 5);
        byte[] bytes = Files.readAllBytes(mbox);
        assertTrue(bytes.length >= 3_000_000);
        List<byte[]> messages = DemoTakeoutTest.splitMbox(bytes);
        assertTrue(messages.size() > 100, "messages: " + messages.size());
        String all = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(all.contains("charset=koi8-r") && all.contains("charset=windows-1251"));
        for (byte[] raw : messages) {
            Message m = DemoTakeoutTest.parse(raw);
            assertFalse(m.getFrom().isEmpty());
            assertTrue(m.getDate() != null && m.getMessageId() != null);
        }
        assertArrayEquals(bytes, Files.readAllBytes(LargeTakeout.write(dir.resolve("b"), 3_000_000, 5)));
    }
}
