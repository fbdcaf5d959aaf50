package tickler.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Slack incoming webhook on 127.0.0.1: answers "ok" as Slack does, or 500 while told to fail, and
 * keeps every message it accepted. It refuses what Slack would: no JSON, no blocks, more than 50.
 */
public final class SlackReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> accepted = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private SlackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/services/", this::handle);
        server.start();
    }

    public static SlackReceiver start() {
        try {
            return new SlackReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/services/T0001/B0001/secret");
    }

    /** The next n requests fail with 500. */
    public void failNext(int n) {
        failuresLeft.set(n);
    }

    public int requests() {
        return requests.get();
    }

    public synchronized List<JsonNode> accepted() {
        return List.copyOf(accepted);
    }

    public synchronized void clear() {
        accepted.clear();
        requests.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answer(exchange, 500, "internal_error");
            return;
        }
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (IOException e) {
            answer(exchange, 400, "invalid_payload");
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())
                || !exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/json")
                || !message.path("blocks").isArray() || message.path("blocks").size() > 50
                || !message.path("text").isTextual()) {
            answer(exchange, 400, "invalid_blocks");
            return;
        }
        synchronized (this) {
            accepted.add(message);
        }
        answer(exchange, 200, "ok");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
