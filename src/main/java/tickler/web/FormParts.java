package tickler.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * The parts of a multipart form (RFC 7578) in the order they arrive, each body readable as it
 * comes in: an upload of gigabytes is read as a stream, never kept whole. Parsed strictly: a
 * header line broken by a raw line feed, or a form without a boundary, is the sender's mistake,
 * said as such ({@link MalformedFormException}).
 */
final class FormParts {

    /** One part; its body must be read (or left) before the next part is asked for. */
    record Part(String name, String fileName, InputStream body) {
        boolean isFile() {
            return fileName != null;
        }
    }

    /** The body is not a well-formed multipart form. */
    static final class MalformedFormException extends IOException {
        MalformedFormException(Throwable cause) {
            super("not a well-formed multipart form: " + cause.getMessage(), cause);
        }
    }

    private static final MimeConfig STRICT = MimeConfig.custom().setStrictParsing(true)
            .setMaxLineLen(-1).setMaxHeaderLen(64 * 1024).setMaxHeaderCount(100).build();

    private final MimeTokenStream tokens = new MimeTokenStream(STRICT,
            new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), DecodeMonitor.STRICT));

    /** @param contentType the request's, with its boundary */
    FormParts(InputStream body, String contentType) {
        tokens.setRecursionMode(RecursionMode.M_NO_RECURSE);
        tokens.parseHeadless(body, contentType);
    }

    /** The next part, or null after the last. */
    Part next() throws IOException {
        try {
            for (EntityState state = tokens.next(); state != EntityState.T_END_OF_STREAM; state = tokens.next()) {
                if (state == EntityState.T_BODY) {
                    MaximalBodyDescriptor part = (MaximalBodyDescriptor) tokens.getBodyDescriptor();
                    return new Part(part.getContentDispositionParameters().get("name"),
                            part.getContentDispositionFilename(), tokens.getInputStream());
                }
            }
            return null;
        } catch (MimeException e) {
            throw new MalformedFormException(e);
        }
    }

    /** A short field's value, its first {@code limit} bytes. */
    static String value(Part part, int limit) throws IOException {
        return new String(part.body().readNBytes(limit), StandardCharsets.UTF_8);
    }
}
