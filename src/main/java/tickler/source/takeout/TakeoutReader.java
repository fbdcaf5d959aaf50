package tickler.source.takeout;

import tickler.source.mail.MessageReader;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;


/**
 * Reads a Google Takeout export — a .zip, a directory, or a single .ics, .mbox or message file —
 * into activities. Every message and event that cannot be read is reported to the sink as
 * skipped, with a reason, and the rest goes on.
 */
final class TakeoutReader {

    private static final long PROGRESS_STEP = 1024 * 1024;
    /** A calendar is parsed in memory; beyond this it is refused rather than risking the heap. */
    private static final long MAX_ICS_BYTES = 64L * 1024 * 1024;
    private static final int SNIFF = 8192;
    /** Bytes that tell a zip by its local file header signature. */
    static final int ZIP_SIGNATURE = 4;
    private static final int PARSER_THREADS = Runtime.getRuntime().availableProcessors();

    private enum Kind { ICS, MBOX, MESSAGE, UNKNOWN }

    /** Why a file was not read at all: it is none of the kinds a Takeout holds. */
    static final String NOT_ACCEPTED = "neither a calendar (.ics) nor mail (.mbox, RFC 822 message)";
    static final String ZIP_WITHOUT_ACCEPTED = "a zip with no calendar (.ics) or mail (.mbox, .eml) in it";

    private final IcsReader ics;
    private final MessageReader messages;

    TakeoutReader(ReadOptions options) {
        this.ics = new IcsReader(options);
        this.messages = new MessageReader(options.source());
    }

    /** Reads {@code file} (zip, directory, .ics, .mbox, or anything that sniffs as one) into {@code sink}. */
    void read(Path file, ActivitySink sink, Progress progress) throws IOException {
        read(file, file.getFileName().toString(), sink, progress);
    }

    /**
     * As {@link #read(Path, ActivitySink, Progress)}, naming a single file {@code name} in what it
     * reports: an upload sits in a temporary file whose own name means nothing to the user.
     */
    void read(Path file, String name, ActivitySink sink, Progress progress) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        if (Files.isDirectory(file)) {
            readDirectory(file, sink, p);
            return;
        }
        if (isZip(file)) {
            readZip(file, name, sink, p);
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            read(in, name, Files.size(file), sink, p);
        }
    }

    /**
     * Reads one calendar or mailbox (not a zip) from {@code in} as it arrives, e.g. an upload;
     * {@code totalBytes} is what progress counts up to (-1 when unknown).
     */
    void read(InputStream in, String name, long totalBytes, ActivitySink sink, Progress progress) throws IOException {
        Progress p = progress == null ? Progress.NONE : progress;
        Counter counter = new Counter(p, totalBytes);
        p.item(name);
        readStream(name, name, counter.wrap(in), null, sink);
        counter.done();
    }

    private void readDirectory(Path dir, ActivitySink sink, Progress p) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(f -> byName(f.getFileName().toString()) != Kind.UNKNOWN)
                    .sorted().toList();
        }
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        Counter counter = new Counter(p, total);
        for (Path f : files) {
            String item = dir.relativize(f).toString();
            p.item(item);
            try (InputStream in = Files.newInputStream(f)) {
                readStream(item, f.getFileName().toString(), counter.wrap(in), byName(item), sink);
            }
        }
        counter.done();
    }

    private void readZip(Path file, String name, ActivitySink sink, Progress p) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) {
            // Zips written without the UTF-8 flag by old tools use the DOS code page for names.
            zip = new ZipFile(file.toFile(), Charset.forName("IBM437"));
        }
        try (ZipFile z = zip) {
            List<ZipEntry> entries = new ArrayList<>();
            long total = 0;
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (!e.isDirectory() && byName(e.getName()) != Kind.UNKNOWN) {
                    entries.add(e);
                    total += Math.max(0, e.getSize());
                }
            }
            if (entries.isEmpty()) {
                sink.skipped(name, ZIP_WITHOUT_ACCEPTED);
                return;
            }
            Counter counter = new Counter(p, total);
            for (ZipEntry e : entries) {
                p.item(e.getName());
                String simple = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                try (InputStream in = z.getInputStream(e)) {
                    readStream(e.getName(), simple, counter.wrap(in), byName(e.getName()), sink);
                } catch (ZipException ex) {
                    sink.skipped(e.getName(), "damaged zip entry: " + ex.getMessage());
                }
            }
            counter.done();
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return isZip(in.readNBytes(ZIP_SIGNATURE));
        }
    }

    /** Whether a file beginning with these bytes (at least {@link #ZIP_SIGNATURE} of them) is a zip. */
    static boolean isZip(byte[] head) {
        return head.length >= ZIP_SIGNATURE && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static Kind byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".ics")) {
            return Kind.ICS;
        }
        if (n.endsWith(".mbox")) {
            return Kind.MBOX;
        }
        if (n.endsWith(".eml")) {
            return Kind.MESSAGE;
        }
        return Kind.UNKNOWN;
    }

    /** What the first bytes say the content is; the extension decides only when they say nothing. */
    private static Kind sniff(byte[] head, Kind byName) {
        String text = new String(head, StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "").replace("\0", "");
        String start = text.stripLeading();
        String upper = start.toUpperCase(Locale.ROOT);
        // "BEGIN:VEVENT" would also pass for a header line below.
        if (upper.startsWith("BEGIN:V") || (byName == Kind.ICS && upper.contains("BEGIN:V"))) {
            return Kind.ICS;
        }
        if (start.startsWith("From ")) {
            return byName == Kind.MESSAGE ? Kind.MESSAGE : Kind.MBOX;
        }
        if (start.matches("(?s)[!-9;-~]{1,76}:.*")) {
            return byName == Kind.MBOX ? Kind.MBOX : Kind.MESSAGE;
        }
        if (byName != Kind.UNKNOWN) {
            return byName;
        }
        return upper.contains("BEGIN:VCALENDAR") || upper.contains("BEGIN:VEVENT") ? Kind.ICS : Kind.UNKNOWN;
    }

    private void readStream(String item, String fileName, InputStream raw, Kind byName, ActivitySink sink)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        if (head.length == 0) {
            sink.skipped(item, "empty file");
            return;
        }
        Kind kind = sniff(head, byName == null ? byName(fileName) : byName);
        switch (kind) {
            case ICS -> readIcs(item, fileName, in, sink);
            case MBOX -> readMessages(item, in, false, sink);
            case MESSAGE -> readMessages(item, in, true, sink);
            default -> sink.skipped(item, NOT_ACCEPTED);
        }
    }

    private void readIcs(String item, String fileName, InputStream in, ActivitySink sink) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, MAX_ICS_BYTES + 1));
        if (bytes.length > MAX_ICS_BYTES) {
            sink.skipped(item, "calendar file larger than " + MAX_ICS_BYTES / (1024 * 1024) + " MB");
            return;
        }
        ics.read(item, fileName, bytes, sink);
    }

    private void readMessages(String item, InputStream in, boolean single, ActivitySink sink) throws IOException {
        MboxSplitter splitter = new MboxSplitter(in, single);
        int index = 0;
        try (ParallelMessages parse = new ParallelMessages(messages, sink, item, single ? 1 : PARSER_THREADS)) {
            for (MboxSplitter.Part part = splitter.next(); part != null; part = splitter.next()) {
                parse.message(++index, part.envelope(), part.body());
            }
            parse.deliverAll();
        }
        if (index == 0) {
            sink.skipped(item, "no messages in the file");
        }
    }

    /** Counts bytes as they are read, telling progress every megabyte. */
    private static final class Counter {
        private final Progress progress;
        private final long total;
        private long read;
        private long lastTold;

        Counter(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        InputStream wrap(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        add(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        add(n);
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    long s = super.skip(n);
                    add(s);
                    return s;
                }
            };
        }

        private void add(long n) {
            read += n;
            if (read - lastTold >= PROGRESS_STEP) {
                lastTold = read;
                progress.advanced(read, Math.max(read, total));
            }
        }

        void done() {
            progress.advanced(read, Math.max(read, total));
        }
    }
}
