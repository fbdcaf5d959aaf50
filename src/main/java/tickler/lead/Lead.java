package tickler.lead;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A lead as of one moment ("now" of the inference). Field names are the JSON contract
 * of {@code GET /api/leads} (the README's JSON API).
 *
 * @param id        stable id derived from the key, safe in a URL path
 * @param name      organisation or person name for display (untrusted text)
 * @param key       registrable domain (organisation) or address (free-mail person)
 * @param contacts  the lead's addresses
 * @param engagedAt when two-way contact or a held meeting first happened, or null
 * @param evidence  by fact: "stage", "source", "budget", "teamSize", "forgotten", ...
 */
public record Lead(
        String id,
        String name,
        String key,
        List<String> contacts,
        Stage stage,
        LeadSource source,
        Instant firstTouchAt,
        Instant lastActivityAt,
        Instant nextStepAt,
        Instant engagedAt,
        Money budget,
        Integer teamSize,
        boolean forgotten,
        List<MissedFollowUp> missingFollowUps,
        Map<String, Evidence> evidence) {
}
