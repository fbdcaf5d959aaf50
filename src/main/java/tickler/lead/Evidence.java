package tickler.lead;

import java.time.Instant;

/**
 * Why a fact about a lead holds: the activity that decided it and the words in it.
 *
 * @param activityKey the deciding activity's key
 * @param at          when that activity happened
 * @param title       its subject or event title
 * @param quote       the matched words, or a short reason when no words decided it
 * @param confidence  HIGH for address links and explicit tags, LOW for name-only links
 */
public record Evidence(String activityKey, Instant at, String title, String quote, Confidence confidence) {

    public enum Confidence { HIGH, LOW }
}
