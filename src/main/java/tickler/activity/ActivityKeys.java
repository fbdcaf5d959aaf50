package tickler.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.HexFormat;

/**
 * The keys of {@link Activity}: the one place that says how a message or an event occurrence is
 * named, so that every source names the same one alike and a later read updates the same row.
 */
public final class ActivityKeys {

    /** Longer Message-IDs are hashed: no real one is, and a key stays an index-friendly size. */
    private static final int MAX_MESSAGE_ID = 300;

    private ActivityKeys() {
    }

    /** {@code msg:<Message-ID>} for an id without its angle brackets. */
    public static String message(String messageId) {
        return messageId.length() > MAX_MESSAGE_ID ? "msg:sha256:" + sha256(messageId) : "msg:" + messageId;
    }

    /** A message with no Message-ID, named by the parts of it every source reads alike. */
    public static String messageByContent(String content) {
        return "msg:sha256:" + sha256(content);
    }

    /**
     * {@code evt:<UID>/<original start>}: the start the occurrence had in its series (an ISO
     * instant, or yyyy-MM-dd for an all-day one), so a moved occurrence keeps its key. An event
     * without a UID is named by its summary and start.
     */
    public static String event(String uid, Temporal originalStart, String summary) {
        if (!(originalStart instanceof Instant) && !(originalStart instanceof LocalDate)) {
            throw new IllegalArgumentException("an original start is an instant or a date: " + originalStart);
        }
        String start = originalStart.toString();
        return uid != null ? "evt:" + uid + "/" + start
                : "evt:sha256:" + sha256((summary == null ? "" : summary) + "\n" + start);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
