package tickler.lead;

import java.time.Instant;
import java.util.List;

/**
 * An external organisation or person the owner corresponds with but has no sales conversation
 * with: a supplier, an accountant, a candidate, a friend. Never on the board, in reports or in
 * flags. Field names are the JSON of {@code GET /api/contacts}.
 *
 * @param key        registrable domain (organisation) or address (free-mail person)
 * @param reason     why it is not a lead
 * @param evidence   the {@code #notlead} tag that demoted it, or null
 */
public record Contact(
        String id,
        String name,
        String key,
        List<String> contacts,
        Instant firstSeenAt,
        Instant lastActivityAt,
        int messages,
        int events,
        String reason,
        Evidence evidence) {
}
