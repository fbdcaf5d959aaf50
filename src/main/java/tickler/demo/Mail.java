package tickler.demo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One message as Gmail would export it, before encoding. Text is written with {@code \n} line
 * breaks; {@link MboxWriter} does the wire format (CRLF, transfer encodings, RFC 2047 headers).
 */
public final class Mail {

    /** An address with an optional display name (any script). */
    public record Address(String address, String name) {
    }

    public record Attachment(String filename, String contentType, byte[] content) {
    }

    public enum Transfer { QUOTED_PRINTABLE, BASE64 }

    /** How the text is offered: plain only, HTML only, or both as multipart/alternative. */
    public enum Body { PLAIN, HTML, ALTERNATIVE }

    long gmailId;
    long threadId;
    List<String> labels = List.of();
    String messageId;
    String inReplyTo;
    List<String> references = List.of();
    ZonedDateTime date;
    Address from;
    List<Address> to = List.of();
    List<Address> cc = List.of();
    String subject = "";
    String text = "";
    String quoteAttribution;
    String quoted;
    Body body = Body.PLAIN;
    Charset charset = StandardCharsets.UTF_8;
    Transfer transfer = Transfer.QUOTED_PRINTABLE;
    final List<Attachment> attachments = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();

    /** Gmail's message id (the number in the mbox "From " line) and its thread id (X-GM-THRID). */
    public Mail gmail(long gmailId, long threadId, List<String> labels) {
        this.gmailId = gmailId;
        this.threadId = threadId;
        this.labels = List.copyOf(labels);
        return this;
    }

    public Mail messageId(String messageId) {
        this.messageId = messageId;
        return this;
    }

    /** Makes this a reply: In-Reply-To is the last of the references. */
    public Mail replyTo(List<String> references) {
        this.references = List.copyOf(references);
        this.inReplyTo = references.isEmpty() ? null : references.get(references.size() - 1);
        return this;
    }

    public Mail date(ZonedDateTime date) {
        this.date = date;
        return this;
    }

    public Mail from(Address from) {
        this.from = from;
        return this;
    }

    public Mail to(List<Address> to) {
        this.to = List.copyOf(to);
        return this;
    }

    public Mail cc(List<Address> cc) {
        this.cc = List.copyOf(cc);
        return this;
    }

    public Mail subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** The author's own words. */
    public Mail text(String text) {
        this.text = text;
        return this;
    }

    /** The previous message quoted below the author's words, after an "On ... wrote:" line. */
    public Mail quote(String attribution, String quoted) {
        this.quoteAttribution = attribution;
        this.quoted = quoted;
        return this;
    }

    public Mail body(Body body) {
        this.body = body;
        return this;
    }

    public Mail encoding(Charset charset, Transfer transfer) {
        this.charset = charset;
        this.transfer = transfer;
        return this;
    }

    public Mail attach(Attachment attachment) {
        attachments.add(attachment);
        return this;
    }

    /** An extra header written as is (List-Id, Precedence, ...); the value must be ASCII. */
    public Mail header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public String messageId() {
        return messageId;
    }

    public ZonedDateTime date() {
        return date;
    }

    public Address from() {
        return from;
    }

    /** The plain-text rendering a reply quotes: own words, then this message's own quote. */
    public String plainText() {
        if (quoted == null) {
            return text;
        }
        return text + "\n\n" + quoteAttribution + "\n" + Mime.quoteLines(quoted);
    }
}
