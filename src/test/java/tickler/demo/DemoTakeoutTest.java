package tickler.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tickler.lead.LeadSource;
import tickler.lead.Stage;
import tickler.testkit.DemoTruth;

public class DemoTakeoutTest {

    private static final Instant MONDAY = Instant.parse("2026-03-16T09:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-16T09:00:00Z", "2025-11-30T20:00:00Z", "2026-01-03T00:30:00Z"})
    void zipHoldsCalendarAndMailboxMatchingTheTruth(String nowText) throws Exception {
        Instant now = Instant.parse(nowText);
        Path zip = dir.resolve("demo.zip");
        DemoTruth truth = DemoTruth.of(DemoTakeout.write(zip, now, 7));

        Map<String, byte[]> entries = unzip(zip);
        assertTrue(entries.containsKey(DemoTakeout.CALENDAR_ENTRY), entries.keySet().toString());
        assertTrue(entries.containsKey(DemoTakeout.MBOX_ENTRY), entries.keySet().toString());

        List<byte[]> messages = splitMbox(entries.get(DemoTakeout.MBOX_ENTRY));
        assertEquals(truth.messages(), messages.size());
        for (byte[] raw : messages) {
            Message m = parse(raw);
            assertNotNull(m.getMessageId());
            assertNotNull(m.getDate());
            assertNotNull(m.getFrom());
            assertFalse(text(m).isBlank(), "no text in " + m.getSubject());
            assertFalse(text(m).contains("Content-Transfer-Encoding"), "MIME headers in the body of " + m.getSubject());
            assertTrue(m.getMimeType().startsWith("text/") || m.getMimeType().startsWith("multipart/"), m.getMimeType());
        }

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(entries.get(DemoTakeout.CALENDAR_ENTRY)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertTrue(events.size() > 40);
        assertTrue(truth.events() > events.size(), "the weekly series adds occurrences");
        assertEquals(truth.owner(), calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
    }

    @Test
    void sameSeedAndNowGiveTheSameBytes() throws IOException {
        DemoTakeout.write(dir.resolve("a.zip"), MONDAY, 42);
        DemoTakeout.write(dir.resolve("b.zip"), MONDAY, 42);
        DemoTakeout.write(dir.resolve("c.zip"), MONDAY, 43);
        byte[] a = Files.readAllBytes(dir.resolve("a.zip"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b.zip")));
        assertFalse(java.util.Arrays.equals(a, Files.readAllBytes(dir.resolve("c.zip"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-16T09:00:00Z", "2025-11-30T20:00:00Z", "2025-07-05T12:00:00Z"})
    void truthCoversEverySourceStageAndFlag(String nowText) {
        DemoTruth truth = DemoTruth.of(DemoTakeout.write(dir.resolve("demo.zip"), Instant.parse(nowText), 11));
        var leads = truth.leads().values();
        assertTrue(leads.size() >= 25 && leads.size() <= 35, "leads: " + leads.size());
        assertEquals(EnumSet.allOf(LeadSource.class), leads.stream().map(DemoTruth.ExpectedLead::source)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LeadSource.class))));
        assertEquals(EnumSet.allOf(Stage.class), leads.stream().map(DemoTruth.ExpectedLead::stage)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Stage.class))));
        assertTrue(leads.stream().anyMatch(DemoTruth.ExpectedLead::forgotten));
        assertTrue(leads.stream().anyMatch(DemoTruth.ExpectedLead::missingFollowUp));
        assertTrue(leads.stream().anyMatch(l -> l.budget() != null && l.budget().currency().equals("RUB")));
        assertTrue(leads.stream().anyMatch(l -> l.teamSize() != null));
        assertEquals(Set.of("bridgeagency.com"), truth.partnerDomains());
        assertTrue(truth.notable().size() >= 3, truth.notable().toString());
        for (var lead : leads) {
            assertFalse(truth.noise().contains(lead.key()), lead.key());
            assertTrue(lead.firstTouchAt().isBefore(truth.now()), lead.key());
            assertFalse(lead.contacts().isEmpty(), lead.key());
            lead.contacts().forEach(c -> assertFalse(truth.noise().contains(c), c));
        }
        var otkat = truth.leads().get("otkat.ru");
        assertEquals(LeadSource.OUTBOUND, otkat.source());
        assertTrue(otkat.contacts().contains("petr@mail.otkat.ru"));
        assertEquals(null, truth.leads().get("bigretail.com").budget(), "the screening template is no budget");
    }

    @Test
    void mailboxIsInTakeoutFormat() throws Exception {
        DemoTakeout.write(dir.resolve("demo.zip"), MONDAY, 7);
        String mbox = new String(unzip(dir.resolve("demo.zip")).get(DemoTakeout.MBOX_ENTRY), StandardCharsets.US_ASCII);
        assertTrue(mbox.startsWith("From "));
        assertTrue(mbox.matches("(?s)From \\d{19}@xxx \\w{3} \\w{3} \\d{2} \\d{2}:\\d{2}:\\d{2} \\+0000 \\d{4}\r\n.*"));
        assertFalse(mbox.replace("\r\n", "").contains("\n"), "bare LF");
        assertTrue(mbox.contains("\r\n>From our side"), "mboxrd escaping");
        assertTrue(mbox.contains("X-Gmail-Labels: Inbox,Important,Opened,\"Clients, 2025\""));
        assertTrue(mbox.contains("filename*=utf-8''%D0%9A"));
        assertTrue(mbox.contains("=?utf-8?B?"));
        assertTrue(mbox.contains("Content-Type: text/html; charset=utf-8"));
        assertTrue(mbox.contains("Precedence: bulk"));
        for (String line : mbox.split("\r\n")) {
            assertTrue(line.length() <= 998, line);
        }
        String ics = new String(unzip(dir.resolve("demo.zip")).get(DemoTakeout.CALENDAR_ENTRY), StandardCharsets.UTF_8);
        String unfolded = ics.replace("\r\n ", "");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(ics.contains("X-WR-TIMEZONE:Europe/Moscow"));
        assertTrue(unfolded.contains("CUTYPE=RESOURCE"), "resource");
        assertTrue(unfolded.contains("SUMMARY:Remind Vasya from Otkat Kontora vasya@otkat.ru"));
    }

    @Test
    void repliesQuoteAndThreadAndAttachmentsAreReadable() throws Exception {
        DemoTakeout.write(dir.resolve("demo.zip"), MONDAY, 7);
        List<Message> messages = new ArrayList<>();
        for (byte[] raw : splitMbox(unzip(dir.resolve("demo.zip")).get(DemoTakeout.MBOX_ENTRY))) {
            messages.add(parse(raw));
        }
        Message petr = messages.stream().filter(m -> m.getFrom().get(0).getAddress().equals("petr@mail.otkat.ru"))
                .findFirst().orElseThrow();
        Mailbox from = petr.getFrom().get(0);
        assertEquals("Пётр Сидоров", from.getName());
        assertNotNull(petr.getHeader().getField("In-Reply-To"));
        assertTrue(text(petr).contains("написал(а):"), text(petr));
        assertTrue(text(petr).contains("> "));
        List<String> attachments = messages.stream().filter(Message::isMultipart)
                .flatMap(m -> ((Multipart) m.getBody()).getBodyParts().stream())
                .map(Entity::getFilename).filter(java.util.Objects::nonNull).toList();
        assertTrue(attachments.contains("Коммерческое предложение Pocket Studio.pdf"), attachments.toString());
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Splits an mboxrd file into messages, undoing the "From " escaping. */
    public static List<byte[]> splitMbox(byte[] mbox) {
        List<byte[]> out = new ArrayList<>();
        String text = new String(mbox, StandardCharsets.ISO_8859_1);
        for (String chunk : text.split("(?m)^From (?=\\d+@xxx )")) {
            if (chunk.isEmpty()) {
                continue;
            }
            String message = chunk.substring(chunk.indexOf("\r\n") + 2).replaceAll("(?m)^>(>*From )", "$1");
            out.add(message.getBytes(StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    public static Message parse(byte[] raw) throws IOException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.STRICT);
        return builder.parseMessage(new ByteArrayInputStream(raw));
    }

    static String text(Entity e) throws IOException {
        if (e.getBody() instanceof TextBody body) {
            try (InputStream in = body.getInputStream()) {
                return new String(in.readAllBytes(), body.getMimeCharset() == null ? "utf-8" : body.getMimeCharset());
            }
        }
        if (e.getBody() instanceof Multipart mp) {
            StringBuilder sb = new StringBuilder();
            for (Entity part : mp.getBodyParts()) {
                if (part.getDispositionType() == null) {
                    sb.append(text(part));
                }
            }
            return sb.toString();
        }
        return "";
    }
}
