package tickler.demo;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes messages as Google Takeout does: a {@code From <id>@xxx <date>} line, Gmail's
 * {@code X-GM-THRID}/{@code X-Gmail-Labels}, CRLF line ends, and mboxrd escaping of body lines
 * that begin with "From ". Public because the benchmark generator reuses it.
 */
public final class MboxWriter implements Closeable {

    private static final DateTimeFormatter SEPARATOR_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC5322 =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);
    private static final Pattern FROM_LINE = Pattern.compile("^(>*From )", Pattern.MULTILINE);
    private static final String CRLF = Mime.CRLF;

    private final OutputStream out;
    private long bytes;
    private long messages;

    /** Does not buffer: pass a buffered stream. */
    public MboxWriter(OutputStream out) {
        this.out = out;
    }

    public void write(Mail m) throws IOException {
        String message = FROM_LINE.matcher(headers(m) + body(m)).replaceAll(">$1");
        String separator = "From " + Long.toUnsignedString(m.gmailId) + "@xxx "
                + SEPARATOR_DATE.format(m.date) + CRLF;
        byte[] data = (separator + message + CRLF).getBytes(StandardCharsets.US_ASCII);
        out.write(data);
        bytes += data.length;
        messages++;
    }

    /** Bytes written so far. */
    public long bytes() {
        return bytes;
    }

    public long messages() {
        return messages;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static String headers(Mail m) {
        StringBuilder h = new StringBuilder();
        h.append("X-GM-THRID: ").append(Long.toUnsignedString(m.threadId)).append(CRLF);
        h.append("X-Gmail-Labels: ").append(Mime.labels(m.labels)).append(CRLF);
        h.append("MIME-Version: 1.0").append(CRLF);
        h.append("Date: ").append(RFC5322.format(m.date)).append(CRLF);
        if (!m.references.isEmpty()) {
            h.append("References: ").append(String.join(CRLF + " ", m.references)).append(CRLF);
            h.append("In-Reply-To: ").append(m.inReplyTo).append(CRLF);
        }
        h.append("Message-ID: ").append(m.messageId).append(CRLF);
        h.append(Mime.unstructured("Subject", m.subject, m.charset));
        h.append(Mime.addressList("From", List.of(m.from), m.charset));
        h.append(Mime.addressList("To", m.to, m.charset));
        if (!m.cc.isEmpty()) {
            h.append(Mime.addressList("Cc", m.cc, m.charset));
        }
        m.headers.forEach((name, value) -> h.append(name).append(": ").append(value).append(CRLF));
        return h.toString();
    }

    private static String body(Mail m) {
        if (m.attachments.isEmpty()) {
            return textBody(m, boundary(m, 'a'));
        }
        String boundary = boundary(m, 'm');
        StringBuilder sb = new StringBuilder();
        sb.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append('"').append(CRLF).append(CRLF);
        sb.append("--").append(boundary).append(CRLF).append(textBody(m, boundary(m, 'a')));
        for (Mail.Attachment a : m.attachments) {
            String filename = Mime.isAscii(a.filename()) && !a.filename().contains("\"")
                    ? "filename=\"" + a.filename() + '"'
                    : "filename*=" + Mime.extendedValue(a.filename());
            sb.append(CRLF).append("--").append(boundary).append(CRLF)
                    .append("Content-Type: ").append(a.contentType()).append(CRLF)
                    .append("Content-Disposition: attachment;").append(CRLF).append(' ').append(filename).append(CRLF)
                    .append("Content-Transfer-Encoding: base64").append(CRLF)
                    .append(CRLF)
                    .append(Mime.base64(a.content())).append(CRLF);
        }
        return sb.append("--").append(boundary).append("--").append(CRLF).toString();
    }

    /** A text part, or the two alternatives of one, with its own headers. */
    private static String textBody(Mail m, String boundary) {
        return switch (m.body) {
            case PLAIN -> part(m, "text/plain", m.plainText());
            case HTML -> part(m, "text/html", Mime.html(m));
            case ALTERNATIVE -> "Content-Type: multipart/alternative; boundary=\"" + boundary + '"' + CRLF + CRLF
                    + "--" + boundary + CRLF + part(m, "text/plain", m.plainText()) + CRLF
                    + "--" + boundary + CRLF + part(m, "text/html", Mime.html(m)) + CRLF
                    + "--" + boundary + "--" + CRLF;
        };
    }

    private static String part(Mail m, String type, String text) {
        String charset = m.charset.name().toLowerCase(Locale.ROOT);
        boolean base64 = m.transfer == Mail.Transfer.BASE64;
        String encoded = base64 ? Mime.base64Text(text, m.charset) : Mime.quotedPrintable(text, m.charset);
        return "Content-Type: " + type + "; charset=" + charset + CRLF
                + "Content-Transfer-Encoding: " + (base64 ? "base64" : "quoted-printable") + CRLF
                + CRLF + encoded + (encoded.endsWith(CRLF) ? "" : CRLF);
    }

    /** Gmail-like boundaries, derived from the message so the output is reproducible. */
    private static String boundary(Mail m, char kind) {
        return String.format("000000000000%016x%c", m.gmailId, kind);
    }
}
