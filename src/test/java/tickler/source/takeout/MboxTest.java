package tickler.source.takeout;

import tickler.source.mail.MessageReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tickler.activity.Activity;
import tickler.activity.Participant;
import tickler.activity.Role;

class MboxTest {

    private final Collected mbox = read();

    private static Collected read() {
        try {
            return Collected.read(Collected.resource("takeout.mbox"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTakeoutSeparatorWithNoHeadersAfterItIsSkippedNotGluedToThePreviousMessage() throws Exception {
        String mboxText = "From 1700000000000000001@xxx Mon Oct 05 07:00:00 +0000 2026\r\n"
                + "Message-ID: <first@client.example>\r\nFrom: Вася <vasya@client.example>\r\nTo: owner@example.com\r\n"
                + "Date: Mon, 5 Oct 2026 10:00:00 +0300\r\nSubject: Смета\r\n\r\nПришлите смету до пятницы.\r\n"
                + "From 1700000000000000002@xxx Mon Oct 05 08:00:00 +0000 2026\r\n"
                + "\r\nWe signed the contract with you, budget $90k.\r\n"
                + "From 1700000000000000003@xxx Mon Oct 05 09:00:00 +0000 2026\r\n"
                + "Message-ID: <third@client.example>\r\nFrom: John <john@client.example>\r\nTo: owner@example.com\r\n"
                + "Date: Mon, 5 Oct 2026 12:00:00 +0300\r\nSubject: Call\r\n\r\nCall at noon?\r\n";
        java.nio.file.Path file = Files.createTempFile("separator-", ".mbox");
        Files.writeString(file, mboxText);
        Collected c = Collected.read(file);
        Files.delete(file);

        assertEquals(List.of("msg:first@client.example", "msg:third@client.example"),
                c.activities.stream().map(Activity::key).toList());
        assertFalse(c.byKey("msg:first@client.example").text().contains("contract"), c.activities.get(0).text());
        assertEquals(1, c.skipped.size(), c.skipped.toString());
        assertTrue(c.skipped.values().iterator().next().startsWith("no message headers after the mbox line From 1700000000000000002@xxx"),
                c.skipped.toString());
    }

    @Test
    void everyMessageIsReadOrSkipped() {
        assertEquals(5, mbox.activities.size(), mbox.activities.toString());
        assertEquals(1, mbox.skipped.size());
        Map.Entry<String, String> skip = mbox.skipped.entrySet().iterator().next();
        assertTrue(skip.getKey().startsWith("takeout.mbox#3"), skip.getKey());
        assertFalse(skip.getValue().isBlank());
    }

    @Test
    void takeoutHeadersThreadLabelsAndAddresses() {
        Activity a = mbox.byKey("msg:reply-1@otkat.example");
        assertEquals(Instant.parse("2026-01-05T07:00:00Z"), a.at());
        assertEquals("Re: Proposal", a.title());
        assertEquals(Long.toHexString(1277085061787347926L), a.threadId());
        assertEquals("https://mail.google.com/mail/u/0/#all/" + a.threadId(), a.link());
        assertEquals(Set.of("Sent,Important", "Inbox"), a.labels());
        assertEquals(new Participant(Role.FROM, "ivan@owner.example", "Иван Петров"), a.author());
        assertEquals(List.of("vasya@otkat.example", "anna@otkat.example", "oleg@otkat.example"),
                a.withRole(Role.TO).stream().map(Participant::address).toList());
        assertEquals("Petrov, Oleg", a.withRole(Role.TO).get(2).name());
        assertEquals("boss@owner.example", a.withRole(Role.CC).get(0).address());
        assertEquals("takeout", a.source());
        assertNull(a.end());
    }

    @Test
    void ownWordsOnlyAndMboxrdUnquoting() {
        Activity a = mbox.byKey("msg:reply-1@otkat.example");
        assertTrue(a.text().contains("$120,000"), a.text());
        assertTrue(a.text().contains("From the start we planned it so."), a.text());
        assertFalse(a.text().contains("1,000,000"), a.text());
        assertFalse(a.text().contains("wrote:"), a.text());
    }

    @Test
    void koi8rBodyAndSubject() {
        Activity a = mbox.byKey("msg:koi8@otkat.example");
        assertEquals("Коммерческое предложение", a.title());
        assertEquals("Вася", a.author().name());
        assertEquals("Добрый день!\nНас 12 человек, бюджет 3,5 млн руб.", a.text());
    }

    @Test
    void windows1251BodyAndRfc2231AttachmentName() {
        Activity a = mbox.byKey("msg:cp1251@owner.example");
        assertEquals("Смета", a.title());
        assertEquals("Смета во вложении.\nДоговор подписан.", a.text());
        assertEquals(List.of("Смета 2026.pdf"), a.attachments());
        assertEquals(Set.of("Sent"), a.labels());
    }

    @Test
    void htmlOnlyMessageAndListHeaders() {
        Activity a = mbox.byKey("msg:html@news.example");
        assertEquals("Café news", a.title());
        assertEquals("Hello there!\nSecond line", a.text());
        assertEquals(Map.of("List-Id", "<news.list.example>", "List-Unsubscribe", "<mailto:unsub@news.example>",
                "Precedence", "bulk"), a.headers());
    }

    @Test
    void messageWithoutMessageIdGetsAStableContentKey() throws Exception {
        Activity a = mbox.activities.stream().filter(x -> x.key().startsWith("msg:sha256:")).findFirst().orElseThrow();
        assertEquals("Не актуально", a.title());
        assertEquals("Спасибо, но уже не актуально.", a.text());
        // The same message as Gmail's raw format gives it: no mbox separator, no Takeout-only headers.
        String raw = "Date: Fri, 9 Jan 2026 12:00:00 +0300\r\nFrom: Vasya <vasya@otkat.example>\r\n"
                + "To: ivan@owner.example\r\nSubject: =?utf-8?B?0J3QtSDQsNC60YLRg9Cw0LvRjNC90L4=?=\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nСпасибо, но уже не актуально.\r\n\r\n"
                + "5 янв. 2026 г., в 10:00, Иван <ivan@owner.example> написал(а):\r\n> Наша смета 500 тыс. рублей.\r\n";
        Activity live = new MessageReader("gmail").read(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)),
                Set.of("INBOX"), "1A2B");
        assertEquals(a.key(), live.key());
        assertEquals("1a2b", live.threadId());
        assertEquals("gmail", live.source());
    }

    @Test
    void gmailRawFetchOfATakeoutMessageHasTheSameKey() throws Exception {
        byte[] all = Files.readAllBytes(Collected.resource("takeout.mbox"));
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("Message-ID: <reply-1@");
        int end = text.indexOf("From 1277085061787347927@xxx");
        // Gmail hands out the message as sent: no mboxrd ">From" quoting.
        byte[] raw = text.substring(start, end).replace("\r\n>From ", "\r\nFrom ").getBytes(StandardCharsets.ISO_8859_1);
        Activity live = new MessageReader("gmail").read(new ByteArrayInputStream(raw), Set.of(), null);
        Activity imported = mbox.byKey("msg:reply-1@otkat.example");
        assertEquals(imported.key(), live.key());
        assertEquals(imported.text(), live.text());
    }

    @Test
    void readingTwiceGivesEqualActivities() {
        assertEquals(mbox.activities, read().activities);
        assertEquals(mbox.skipped, read().skipped);
    }
}
