package tickler.source.takeout;

import java.time.Instant;
import java.util.Objects;

/**
 * How a Takeout import reads its input.
 *
 * @param expandFrom              recurring events are expanded into occurrences starting at or after this
 * @param expandUntil             ... and before this
 * @param maxOccurrencesPerSeries at most this many occurrences of one series, so a daily event with no end
 *                                cannot flood the store
 * @param source                  the {@code source} tag put on every activity, e.g. "takeout"
 */
public record ReadOptions(Instant expandFrom, Instant expandUntil, int maxOccurrencesPerSeries, String source) {

    public ReadOptions {
        Objects.requireNonNull(expandFrom, "expandFrom");
        Objects.requireNonNull(expandUntil, "expandUntil");
        Objects.requireNonNull(source, "source");
        if (!expandUntil.isAfter(expandFrom)) {
            throw new IllegalArgumentException("expandUntil must be after expandFrom");
        }
        if (maxOccurrencesPerSeries < 1) {
            throw new IllegalArgumentException("maxOccurrencesPerSeries must be positive");
        }
    }
}
