package tickler.source.takeout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Splits an mbox into messages without holding more than one buffer of it.
 *
 * <p>A line starting with {@code From } is a separator only when the next line looks like a
 * header field. Takeout does not put a blank line before its separators, and the old Thunderbird
 * format leaves {@code From } lines in bodies unescaped, so neither "after a blank line" nor
 * "any From line" would split them right; "followed by a header" splits every variant we have
 * seen (Takeout {@code From 123@xxx date}, Thunderbird {@code From - date}, mboxrd, bare
 * {@code From }). mboxrd {@code >From} quoting is undone by one level.
 */
final class MboxSplitter {

    /** How far ahead a line is looked at; a separator line and the header after it fit easily. */
    private static final int PEEK = 4096;
    private static final Pattern TAKEOUT_SEPARATOR = Pattern.compile(
            "From \\d{1,20}@xxx [A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\\d \\d{2}:\\d{2}:\\d{2} [+-]\\d{4} \\d{4}\\s*$");

    private final InputStream in;
    private final boolean single;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;

    private boolean started;
    private boolean nextAvailable;
    private String nextEnvelope;
    private MessageStream current;

    /** One message: the envelope line (null when there was none) and its bytes. */
    record Part(String envelope, InputStream body) {
    }

    /**
     * @param single the input is one message (an .eml): a leading envelope line is dropped but
     *               nothing else splits it
     */
    MboxSplitter(InputStream in, boolean single) {
        this.in = in;
        this.single = single;
    }

    /** The next message, or null at the end. The previous message's stream is skipped to its end. */
    Part next() throws IOException {
        if (current != null) {
            current.skipToEnd();
            current = null;
        }
        if (!started) {
            started = true;
            skipBlankLines();
            ensure(1);
            if (pos >= limit) {
                return null;
            }
            nextEnvelope = startsWithFrom() ? readLine() : null;
            nextAvailable = true;
        }
        if (!nextAvailable) {
            return null;
        }
        nextAvailable = false;
        current = new MessageStream();
        return new Part(nextEnvelope, current);
    }

    private void skipBlankLines() throws IOException {
        while (true) {
            ensure(1);
            if (pos >= limit || (buf[pos] != '\r' && buf[pos] != '\n')) {
                return;
            }
            pos++;
        }
    }

    private void ensure(int n) throws IOException {
        if (limit - pos >= n || eof) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (limit < n && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
    }

    private boolean startsWithFrom() throws IOException {
        ensure(5);
        return limit - pos >= 5 && buf[pos] == 'F' && buf[pos + 1] == 'r' && buf[pos + 2] == 'o'
                && buf[pos + 3] == 'm' && buf[pos + 4] == ' ';
    }

    private int lineEnd(int from) {
        int max = Math.min(limit, from + PEEK);
        for (int i = from; i < max; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean separatorAhead() throws IOException {
        if (!startsWithFrom()) {
            return false;
        }
        ensure(PEEK);
        int end = lineEnd(pos);
        if (end < 0) {
            return false;
        }
        // Takeout's own separator is a separator even with no header after it: that entry is then
        // skipped as having no headers, instead of being glued onto the previous message's text.
        return looksLikeHeader(end + 1) || isTakeoutSeparator(end);
    }

    /** {@code From <digits>@xxx <date>}, the line Takeout writes before every message and nowhere else. */
    private boolean isTakeoutSeparator(int lineEnd) {
        String line = new String(buf, pos, lineEnd - pos, StandardCharsets.ISO_8859_1);
        return TAKEOUT_SEPARATOR.matcher(line).lookingAt();
    }

    private boolean looksLikeHeader(int from) {
        int i = from;
        while (i < limit && i - from < 200) {
            byte b = buf[i];
            if (b == ':') {
                return i > from;
            }
            if (b < 33 || b > 126) {
                return false;
            }
            i++;
        }
        return false;
    }

    /** Consumes the line at pos (which is known to end within the buffer) and returns it without its line break. */
    private String readLine() throws IOException {
        ensure(PEEK);
        int end = lineEnd(pos);
        if (end < 0) {
            end = Math.min(limit, pos + PEEK) - 1;
        }
        int stop = end;
        while (stop > pos && (buf[stop] == '\n' || buf[stop] == '\r')) {
            stop--;
        }
        String line = new String(buf, pos, stop - pos + 1, StandardCharsets.ISO_8859_1);
        pos = end + 1;
        return line.strip();
    }

    private final class MessageStream extends InputStream {
        private boolean atLineStart = true;
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            if (atLineStart) {
                if (!single && separatorAhead()) {
                    nextEnvelope = readLine();
                    nextAvailable = true;
                    done = true;
                    return -1;
                }
                unquoteFrom();
                atLineStart = false;
            }
            ensure(1);
            if (pos >= limit) {
                done = true;
                return -1;
            }
            // Copies on across line ends as long as the next line cannot be a separator or a
            // quoted ">From": only lines starting with 'F' or '>' need a closer look.
            byte[] bytes = buf;
            int filled = limit;
            int start = pos;
            int end = Math.min(filled, pos + len);
            int i = start;
            while (i < end) {
                if (bytes[i++] == '\n' && (i >= filled || bytes[i] == 'F' || bytes[i] == '>')) {
                    atLineStart = true;
                    break;
                }
            }
            System.arraycopy(bytes, start, b, off, i - start);
            pos = i;
            return i - start;
        }

        private void unquoteFrom() throws IOException {
            ensure(PEEK);
            int i = pos;
            while (i < limit && buf[i] == '>') {
                i++;
            }
            if (i > pos && limit - i >= 5 && buf[i] == 'F' && buf[i + 1] == 'r' && buf[i + 2] == 'o'
                    && buf[i + 3] == 'm' && buf[i + 4] == ' ') {
                pos++;
            }
        }

        void skipToEnd() throws IOException {
            byte[] sink = new byte[8192];
            while (read(sink, 0, sink.length) >= 0) {
                // draining: the bytes of a message nobody read any further are not needed
            }
        }
    }
}
