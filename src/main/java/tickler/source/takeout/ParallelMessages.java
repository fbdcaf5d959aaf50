package tickler.source.takeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tickler.activity.Activity;
import tickler.source.mail.MalformedMessageException;
import tickler.source.mail.MessageReader;

/**
 * Parses the messages of one mailbox on every core while the caller goes on splitting it, and
 * hands each result to the sink in the mailbox's order. Messages are independent, so this is
 * where an import's time goes in parallel; the sink (and the store behind it) stays on the
 * caller's thread. What waits for a parser is bounded in count and in bytes; a message too large
 * to hold is parsed streaming, in its turn, once the ones before it are delivered.
 */
final class ParallelMessages implements AutoCloseable {

    /** A message at most this large is read into memory and parsed on another core. */
    static final int IN_MEMORY_LIMIT = 4 * 1024 * 1024;
    /** Bytes of messages read ahead and waiting for a parser. */
    private static final long MAX_WAITING_BYTES = 32L * 1024 * 1024;
    private static final int MESSAGES_PER_THREAD_AHEAD = 32;

    private final MessageReader reader;
    private final ActivitySink sink;
    private final String item;
    private final ExecutorService parsers;
    private final int maxWaiting;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private long waitingBytes;

    private record Waiting(String name, int size, Future<Activity> parsed) {
    }

    ParallelMessages(MessageReader reader, ActivitySink sink, String item, int threads) {
        this.reader = reader;
        this.sink = sink;
        this.item = item;
        this.maxWaiting = threads * MESSAGES_PER_THREAD_AHEAD;
        AtomicInteger count = new AtomicInteger();
        this.parsers = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "tickler-mime-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Takes the {@code index}th message of the mailbox; its result reaches the sink in order. */
    void message(int index, String envelope, InputStream body) throws IOException {
        String name = item + "#" + index;
        byte[] head = body.readNBytes(IN_MEMORY_LIMIT + 1);
        if (head.length > IN_MEMORY_LIMIT) {
            deliverAll();
            deliver(name, () -> reader.read(new SequenceInputStream(new ByteArrayInputStream(head), body), null, null, envelope));
            return;
        }
        waiting.add(new Waiting(name, head.length,
                parsers.submit(() -> reader.read(new ByteArrayInputStream(head), null, null, envelope))));
        waitingBytes += head.length;
        while (waiting.size() > maxWaiting || waitingBytes > MAX_WAITING_BYTES) {
            deliverOldest();
        }
    }

    /** Delivers every message taken so far. */
    void deliverAll() throws IOException {
        while (!waiting.isEmpty()) {
            deliverOldest();
        }
    }

    private void deliverOldest() throws IOException {
        Waiting next = waiting.poll();
        waitingBytes -= next.size();
        deliver(next.name(), () -> {
            try {
                return next.parsed().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while parsing " + next.name(), e);
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            }
        });
    }

    private interface Parse {
        Activity get() throws MalformedMessageException, IOException;
    }

    private void deliver(String name, Parse parse) throws IOException {
        try {
            sink.activity(parse.get());
        } catch (MalformedMessageException e) {
            String what = e.subject() == null || e.subject().isBlank() ? "" : " " + e.subject().strip();
            sink.skipped(name + what, e.getMessage());
        }
    }

    /** A parser's failure as the caller would have met it parsing the message itself. */
    private static MalformedMessageException rethrown(Throwable cause) throws IOException {
        if (cause instanceof MalformedMessageException malformed) {
            return malformed;
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IOException(cause);
    }

    @Override
    public void close() {
        parsers.shutdownNow();
    }
}
