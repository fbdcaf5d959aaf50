package tickler.source.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.util.ByteSequence;
import org.apache.james.mime4j.util.CharsetUtil;
import org.apache.james.mime4j.util.ContentUtil;

import tickler.activity.Activity;
import tickler.activity.ActivityKeys;
import tickler.activity.ActivityKind;
import tickler.activity.Participant;
import tickler.activity.Role;

/**
 * Reads one RFC 822 message into an activity. Public because the Gmail sync feeds it the same
 * {@code raw} bytes the API returns, and the key must come out the same as from a Takeout mbox.
 */
public final class MessageReader {

    /** Enough for any human-written body; the rest of a huge part is skipped by the parser, not held. */
    static final int MAX_BODY_BYTES = 256 * 1024;
    /** RFC 5321's longest forward path: anything longer is not an address. */
    private static final int MAX_ADDRESS = 254;
    private static final Set<String> KEPT_HEADERS = Set.of("list-id", "list-unsubscribe", "precedence", "auto-submitted");
    private static final Map<String, String> HEADER_NAMES = Map.of("list-id", "List-Id",
            "list-unsubscribe", "List-Unsubscribe", "precedence", "Precedence", "auto-submitted", "Auto-Submitted");
    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>]+)>");
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>\\s\"\\\\,;]+@[^<>\\s\"\\\\,;@]+)>");
    private static final Pattern BARE_ADDRESS = Pattern.compile("(?<![^\\s,;])[^\\s<>\"\\\\,;:()]+@[^\\s<>\"\\\\,;:()@]+(?![^\\s,;])");
    /** Characters no address read from a header holds: what holds them is a misread display name. */
    private static final Pattern NOT_IN_ADDRESS = Pattern.compile("[\\s<>\"\\\\,;\\p{Cntrl}]");

    /**
     * Limits a hostile message cannot pass, yet wide enough that real mail (long base64 lines,
     * hundreds of Received headers) never trips them.
     */
    private static final int MAX_LINE_BYTES = 4 * 1024 * 1024;
    private static final int MAX_HEADER_FIELDS = 10_000;
    private static final int MAX_FIELD_BYTES = 256 * 1024;
    private static final MimeConfig CONFIG = MimeConfig.custom()
            .setStrictParsing(false)
            .setMalformedHeaderStartsBody(true)
            .setMaxLineLen(MAX_LINE_BYTES)
            .setMaxHeaderCount(MAX_HEADER_FIELDS)
            .setMaxHeaderLen(MAX_FIELD_BYTES)
            .setMaxContentLen(-1)
            .build();
    /** The header fields an activity is made of; the others are parsed past, never held. */
    private static final Set<String> READ_HEADERS = Set.of("from", "sender", "to", "cc", "bcc", "subject", "date",
            "message-id", "received", "x-gmail-labels", "x-gm-thrid", "list-id", "list-unsubscribe", "precedence",
            "auto-submitted");
    /** Values of one field name kept (Received repeats hundreds of times; the first few date a message). */
    private static final int MAX_VALUES_PER_FIELD = 20;
    /** Header text one message may hold in all, whatever its fields. */
    private static final int MAX_HEADER_CHARS = 1024 * 1024;

    private final String source;

    /** @param source the {@code source} tag of the activities read, e.g. "takeout" or "gmail" */
    public MessageReader(String source) {
        this.source = source;
    }

    /**
     * Reads one message.
     *
     * @param rfc822      the message bytes (streamed; large parts are skipped, not buffered)
     * @param labels      the message's Gmail labels by display name, or null to take them from an
     *                    {@code X-Gmail-Labels} header
     * @param threadIdHex the Gmail thread id in hex, or null to take it from {@code X-GM-THRID}
     * @throws MalformedMessageException the message has no usable sender or date, or cannot be parsed
     * @throws IOException               reading the stream failed
     */
    public Activity read(InputStream rfc822, Set<String> labels, String threadIdHex)
            throws MalformedMessageException, IOException {
        return read(rfc822, labels, threadIdHex, null);
    }

    /**
     * As {@link #read(InputStream, Set, String)}, for a message out of an mbox: its {@code envelope}
     * ("From " line) dates it when its own headers do not.
     */
    public Activity read(InputStream rfc822, Set<String> labels, String threadIdHex, String envelope)
            throws MalformedMessageException, IOException {
        Handler h = new Handler();
        MimeStreamParser parser = new MimeStreamParser(CONFIG, DecodeMonitor.SILENT,
                // The lenient parsers read a part's Content-Type and -Disposition without the strict ones'
                // generated grammar, whose every use allocated buffers of tens of kilobytes (a tenth of an import).
                new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), DecodeMonitor.SILENT));
        parser.setContentDecoding(true);
        parser.setNoRecurse();
        parser.setContentHandler(h);
        try {
            parser.parse(rfc822);
        } catch (MaxHeaderLengthLimitException e) {
            throw new MalformedMessageException("a header field longer than " + MAX_FIELD_BYTES / 1024
                    + " KB (the limit of one field): message not read", h.subjectOrId(), e);
        } catch (MaxHeaderLimitException e) {
            throw new MalformedMessageException("more than " + MAX_HEADER_FIELDS
                    + " header fields (the limit of one message): message not read", h.subjectOrId(), e);
        } catch (MaxLineLimitException e) {
            throw new MalformedMessageException("a line longer than " + MAX_LINE_BYTES / (1024 * 1024)
                    + " MB (the limit of one line): message not read", h.subjectOrId(), e);
        } catch (MimeException | RuntimeException e) {
            throw new MalformedMessageException("cannot parse message: " + e.getMessage(), h.subjectOrId(), e);
        }
        return h.toActivity(labels, threadIdHex, envelope);
    }

    private final class Handler extends AbstractContentHandler {
        private int headers;
        private boolean inTopHeader;
        private long headerChars;
        private boolean headersCut;
        private final Map<String, List<String>> fields = new LinkedHashMap<>();
        private String plain;
        private String html;
        private final List<String> attachments = new ArrayList<>();

        @Override
        public void startHeader() {
            headers++;
            inTopHeader = headers == 1;
        }

        @Override
        public void endHeader() {
            inTopHeader = false;
        }

        @Override
        public void field(Field field) {
            if (!inTopHeader || field.getName() == null) {
                return;
            }
            String name = field.getName().toLowerCase(Locale.ROOT);
            if (!READ_HEADERS.contains(name)) {
                return;
            }
            List<String> values = fields.computeIfAbsent(name, k -> new ArrayList<>());
            if (values.size() >= MAX_VALUES_PER_FIELD || headerChars >= MAX_HEADER_CHARS) {
                headersCut = true;
                return;
            }
            String value = rawValue(field);
            headerChars += value.length();
            values.add(value);
        }

        @Override
        public void body(BodyDescriptor bd, InputStream is) throws IOException {
            MaximalBodyDescriptor d = bd instanceof MaximalBodyDescriptor m ? m : null;
            String filename = d == null ? null : d.getContentDispositionFilename();
            if (filename == null && d != null) {
                filename = d.getContentTypeParameters().get("name");
            }
            String disposition = d == null ? null : d.getContentDispositionType();
            if (filename != null && !filename.isBlank()) {
                if (attachments.size() < Activity.MAX_ATTACHMENTS) {
                    attachments.add(decodeWords(filename).strip());
                }
                return;
            }
            if ("attachment".equalsIgnoreCase(disposition)) {
                return;
            }
            String mime = bd.getMimeType() == null ? "text/plain" : bd.getMimeType().toLowerCase(Locale.ROOT);
            String charset = d == null ? bd.getCharset() : d.getContentTypeParameters().get("charset");
            if (mime.equals("text/plain") && plain == null) {
                plain = decodeBody(is, charset);
            } else if (mime.equals("text/html") && html == null) {
                html = decodeBody(is, charset);
            }
        }

        String first(String name) {
            List<String> v = fields.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        String subjectOrId() {
            String subject = first("subject");
            if (subject != null && !subject.isBlank()) {
                return decodeWords(subject);
            }
            return first("message-id");
        }

        Activity toActivity(Set<String> labelsGiven, String threadGiven, String envelope)
                throws MalformedMessageException {
            String subject = first("subject") == null ? null : decodeWords(first("subject")).strip();
            List<Participant> participants = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            addAddresses(participants, seen, Role.FROM, fields.get("from"));
            if (participants.isEmpty()) {
                addAddresses(participants, seen, Role.FROM, fields.get("sender"));
            }
            if (participants.isEmpty()) {
                throw new MalformedMessageException(fields.isEmpty()
                        ? envelope == null ? "no message headers found" : "no message headers after the mbox line " + envelope
                        : "no sender address (From header missing or unreadable"
                                + (headersCut ? "; headers beyond " + MAX_HEADER_CHARS / 1024 + " KB were not read)" : ")"),
                        subjectOrId());
            }
            addAddresses(participants, seen, Role.TO, fields.get("to"));
            addAddresses(participants, seen, Role.CC, fields.get("cc"));
            addAddresses(participants, seen, Role.BCC, fields.get("bcc"));

            Instant at = MailDates.parseHeader(first("date"));
            if (at == null) {
                at = MailDates.parseEnvelope(envelope);
            }
            if (at == null) {
                at = receivedDate();
            }
            if (at == null) {
                throw new MalformedMessageException(first("date") == null ? "no Date header and no date in the mbox separator"
                        : "unreadable Date header: " + first("date"), subjectOrId());
            }

            String body = plain != null ? plain : html != null ? HtmlText.of(html) : "";
            String text = OwnWords.of(body);

            String threadId = threadGiven != null ? threadGiven.toLowerCase(Locale.ROOT) : threadFromHeader();
            Set<String> labels = labelsGiven != null ? labelsGiven : labelsFromHeader();
            Map<String, String> kept = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                String v = first(name);
                if (v != null && !v.isBlank()) {
                    kept.put(HEADER_NAMES.get(name), decodeWords(v).strip());
                }
            }
            String link = threadId == null ? null : "https://mail.google.com/mail/u/0/#all/" + threadId;
            return new Activity(key(text), ActivityKind.MESSAGE, at, null, false, subject, text, participants,
                    labels, threadId, attachments, kept, null, false, null, link, source);
        }

        private String key(String text) {
            String id = first("message-id");
            if (id != null) {
                Matcher m = ANGLE_ID.matcher(id);
                String bare = (m.find() ? m.group(1) : id).strip();
                if (!bare.isEmpty()) {
                    return ActivityKeys.message(bare);
                }
            }
            // Only headers a Gmail raw fetch carries too, so a live sync finds the same key.
            String content = String.join("\n", nz(first("date")), nz(first("from")), nz(first("to")),
                    nz(first("subject")), text);
            return ActivityKeys.messageByContent(content);
        }

        private Instant receivedDate() {
            List<String> received = fields.get("received");
            if (received == null) {
                return null;
            }
            for (String r : received) {
                int semi = r.lastIndexOf(';');
                if (semi >= 0) {
                    Instant at = MailDates.parseHeader(r.substring(semi + 1));
                    if (at != null) {
                        return at;
                    }
                }
            }
            return null;
        }

        private String threadFromHeader() {
            String v = first("x-gm-thrid");
            if (v == null) {
                return null;
            }
            try {
                return Long.toHexString(Long.parseUnsignedLong(v.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private Set<String> labelsFromHeader() {
            String v = first("x-gmail-labels");
            return v == null ? Set.of() : csv(decodeWords(v));
        }
    }

    private static void addAddresses(List<Participant> out, Set<String> seen, Role role, List<String> values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            AddressList list;
            try {
                // Parsed as UTF-8 bytes: the parser works on bytes, and given a String it lost the
                // tail of the address after raw UTF-8 in a display name (RFC 6532), or all of it.
                ByteSequence bytes = ContentUtil.encode(StandardCharsets.UTF_8, value);
                list = LenientAddressParser.DEFAULT.parseAddressList(bytes, new ParserCursor(0, bytes.length()));
            } catch (RuntimeException e) {
                continue;
            }
            boolean unreadable = false;
            for (Address a : list) {
                List<Mailbox> boxes = a instanceof Mailbox mb ? List.of(mb) : a instanceof Group g ? g.getMailboxes() : List.of();
                for (Mailbox mb : boxes) {
                    unreadable |= !add(out, seen, role, mb.getAddress(), mb.getName() == null ? null : decodeWords(mb.getName()));
                }
            }
            if (unreadable) {
                // A display name the parser misread (a stray quote or backslash) swallowed an address:
                // what is between angle brackets is still the address.
                // Without brackets ("Big Bug bb@bug.com"), the one word that is an address.
                Matcher m = ANGLE_ADDRESS.matcher(value);
                boolean found = false;
                while (m.find()) {
                    found |= add(out, seen, role, m.group(1), null);
                }
                for (Matcher bare = BARE_ADDRESS.matcher(value); !found && bare.find(); ) {
                    add(out, seen, role, bare.group(), null);
                }
            }
        }
    }

    /** @return false when {@code address} is not an address at all */
    private static boolean add(List<Participant> out, Set<String> seen, Role role, String address, String name) {
        if (address == null || address.indexOf('@') <= 0 || address.endsWith("@") || address.length() > MAX_ADDRESS
                || NOT_IN_ADDRESS.matcher(address).find()) {
            return false;
        }
        if (out.size() < Activity.MAX_PARTICIPANTS) {
            Participant p = new Participant(role, address, name);
            if (seen.add(role + " " + p.address())) {
                out.add(p);
            }
        }
        return true;
    }

    /** A header's value as written: raw UTF-8 (or Latin-1 when not UTF-8), unfolded. */
    private static String rawValue(Field field) {
        ByteSequence raw = field.getRaw();
        String value;
        if (raw != null) {
            String whole = decodeBytes(raw.toByteArray(), null);
            int colon = whole.indexOf(':');
            value = colon >= 0 ? whole.substring(colon + 1) : field.getBody();
        } else {
            value = field.getBody();
        }
        return value == null ? "" : value.replaceAll("\r?\n[ \t]*", " ").replace("\r", "").strip();
    }

    static String decodeWords(String s) {
        if (s == null || !s.contains("=?")) {
            return s;
        }
        try {
            return DecoderUtil.decodeEncodedWords(s, DecodeMonitor.SILENT);
        } catch (RuntimeException e) {
            return s;
        }
    }

    private static String decodeBody(InputStream is, String charset) throws IOException {
        byte[] bytes = is.readNBytes(MAX_BODY_BYTES);
        return decodeBytes(bytes, charset);
    }

    /**
     * Bytes in the declared charset; with none (or plain ASCII declared over 8-bit bytes, a common
     * lie) UTF-8 when the bytes are valid UTF-8, else windows-1252, so nothing ever fails to decode.
     */
    static String decodeBytes(byte[] bytes, String charset) {
        Charset declared = charset == null ? null : lookup(charset);
        if (declared != null && !declared.equals(StandardCharsets.US_ASCII)) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            Charset fallback = lookup("windows-1252");
            return new String(bytes, fallback == null ? StandardCharsets.ISO_8859_1 : fallback);
        }
    }

    private static Charset lookup(String name) {
        try {
            return CharsetUtil.lookup(name.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Splits an X-Gmail-Labels value: comma separated, double-quoted where a label holds a comma. */
    static Set<String> csv(String value) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < value.length() && value.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                addLabel(out, cur);
            } else {
                cur.append(c);
            }
        }
        addLabel(out, cur);
        return out;
    }

    private static void addLabel(Set<String> out, StringBuilder cur) {
        String label = cur.toString().strip();
        if (!label.isEmpty()) {
            out.add(label);
        }
        cur.setLength(0);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
