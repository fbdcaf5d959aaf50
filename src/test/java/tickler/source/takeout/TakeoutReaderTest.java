package tickler.source.takeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tickler.activity.Activity;

class TakeoutReaderTest {

    @TempDir
    Path tmp;

    private Path takeoutZip() throws IOException {
        Path zip = tmp.resolve("takeout-20260110.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            put(z, "Takeout/Calendar/owner@example.com.ics", Files.readAllBytes(Collected.resource("calendar.ics")));
            put(z, "Takeout/Mail/All mail Including Spam and Trash.mbox", Files.readAllBytes(Collected.resource("takeout.mbox")));
            put(z, "Takeout/archive_browser.html", "<html>ignored</html>".getBytes(StandardCharsets.UTF_8));
        }
        return zip;
    }

    private static void put(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(bytes);
        z.closeEntry();
    }

    @Test
    void zipWithCalendarAndMailAtAnyDepth() throws IOException {
        List<String> items = new ArrayList<>();
        long[] last = new long[2];
        Collected c = new Collected();
        new TakeoutReader(Collected.OPTIONS).read(takeoutZip(), c, new Progress() {
            @Override
            public void advanced(long bytesRead, long totalBytes) {
                last[0] = bytesRead;
                last[1] = totalBytes;
            }

            @Override
            public void item(String name) {
                items.add(name);
            }
        });
        assertEquals(List.of("Takeout/Calendar/owner@example.com.ics", "Takeout/Mail/All mail Including Spam and Trash.mbox"), items);
        long size = Files.size(Collected.resource("calendar.ics")) + Files.size(Collected.resource("takeout.mbox"));
        assertEquals(size, last[0]);
        assertEquals(size, last[1]);
        assertEquals(7 + 5, c.activities.size());
        assertEquals(2, c.skipped.size(), c.skipped.toString());
        assertTrue(c.skipped.keySet().stream().anyMatch(k -> k.startsWith("Takeout/Mail/All mail Including Spam and Trash.mbox#3")));
        c.byKey("msg:koi8@otkat.example");
        c.byKey("evt:allday1@google.com/2026-01-10");
    }

    @Test
    void importingTheSameZipTwiceGivesTheSameActivities() throws IOException {
        Path zip = takeoutZip();
        Collected first = Collected.read(zip);
        Collected second = Collected.read(zip);
        assertEquals(first.activities, second.activities);
        assertEquals(first.activities.size(), first.activities.stream().map(Activity::key).distinct().count());
    }

    @Test
    void directoryIsWalked() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("Takeout/Calendar"));
        Files.copy(Collected.resource("broken-event.ics"), dir.resolve("Work.ics"));
        Files.writeString(dir.resolve("notes.json"), "{}");
        Collected c = Collected.read(tmp);
        assertEquals(2, c.activities.size());
    }

    @Test
    void contentIsSniffedWhenTheExtensionSaysNothing() throws IOException {
        Path eml = tmp.resolve("message");
        Files.writeString(eml, "From - Tue Oct 02 00:26:47 2007\r\nFrom: a@b.example\r\nDate: Tue, 2 Oct 2007 00:26:47 +0000\r\n"
                + "Subject: hi\r\n\r\nbody\r\n");
        Path ics = tmp.resolve("calendar.txt");
        Files.copy(Collected.resource("broken-event.ics"), ics);
        Path empty = Files.createFile(tmp.resolve("empty.eml"));
        assertEquals("hi", Collected.read(eml).activities.get(0).title());
        assertEquals(2, Collected.read(ics).activities.size());
        assertEquals("empty file", Collected.read(empty).skipped.get("empty.eml"));
    }
}
