package tickler.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tickler.source.takeout.ImportConfig;

/**
 * Refuses an upload before its first byte is stored when the disk cannot hold it: the upload
 * limit stays large enough for a whole Takeout, yet a file that would fill the disk (and stop the
 * database) is told so at once, not after an hour of uploading. A filter, so it answers before
 * anything reads the body.
 */
@ApplicationScoped
class UploadRoom {

    private static final long MB = 1024 * 1024;

    private final Path uploads;
    private final long reserve;

    UploadRoom(@ConfigProperty(name = "quarkus.http.body.uploads-directory") Path uploads, ImportConfig config) {
        this.uploads = uploads;
        this.reserve = config.diskReserve().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 900);
    }

    private void check(RoutingContext context) {
        if (context.request().method() == HttpMethod.POST && ImportRoute.PATH.equals(context.normalizedPath())) {
            OptionalLong refusal = refusal(context.request().getHeader(HttpHeaders.CONTENT_LENGTH), usableBytes(), reserve);
            if (refusal.isPresent()) {
                context.response().setStatusCode(507).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"status\":507,\"error\":\"The disk has room for " + refusal.getAsLong() / MB
                                + " MB of upload and the file is " + Long.parseLong(context.request()
                                .getHeader(HttpHeaders.CONTENT_LENGTH).strip()) / MB
                                + " MB: free some space, or import the Takeout's parts one by one\"}");
                return;
            }
        }
        context.next();
    }

    /**
     * The room left for uploads when a body of {@code contentLength} bytes would not fit in it,
     * keeping {@code reserve} free; empty when it fits or when the length or the room is unknown.
     */
    static OptionalLong refusal(String contentLength, long usable, long reserve) {
        if (contentLength == null || usable < 0) {
            return OptionalLong.empty();
        }
        long declared;
        try {
            declared = Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        long room = Math.max(0, usable - reserve);
        return declared > room ? OptionalLong.of(room) : OptionalLong.empty();
    }

    /** Free bytes where uploads are written (its nearest existing parent before the first upload); -1 if unknown. */
    private long usableBytes() {
        Path dir = uploads.toAbsolutePath();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        try {
            return dir == null ? -1 : Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
