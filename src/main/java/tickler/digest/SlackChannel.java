package tickler.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A Slack incoming webhook. Its URL is a secret: never logged, never shown. */
@ApplicationScoped
class SlackChannel implements Channel {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_ERROR_BODY = 200;

    private final Optional<URI> webhook;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    SlackChannel(DigestConfig config, ObjectMapper json) {
        this(config.slack().webhookUrl(), json);
    }

    SlackChannel(Optional<URI> webhook, ObjectMapper json) {
        this.webhook = webhook;
        this.json = json;
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public Optional<String> missing() {
        return webhook.isPresent() ? Optional.empty() : Optional.of("tickler.digest.slack.webhook-url is not set");
    }

    @Override
    public String destination() {
        return "the Slack webhook";
    }

    @Override
    public void send(Digest digest) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(webhook.orElseThrow())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(SlackMessage.of(digest))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body().strip();
            throw new IOException("Slack answered " + response.statusCode()
                    + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(body.length(), MAX_ERROR_BODY))));
        }
    }
}
