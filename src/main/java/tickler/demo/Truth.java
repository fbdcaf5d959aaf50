package tickler.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tickler.lead.LeadSource;
import tickler.lead.Money;
import tickler.lead.Stage;

/**
 * What {@link DemoTakeout} knows it wrote, by the definitions of docs/definitions.md as of {@code now}.
 *
 * @param owner          the address whose calendar and mailbox the Takeout is
 * @param zone           the owner's calendar time zone
 * @param partnerDomains the domains the demo expects in {@code tickler.sources.partner-domains}
 * @param leads          by lead key (registrable domain, or address for free-mail people), in story order
 * @param noise          addresses and registrable domains that must never become leads
 * @param notable        events linked to no lead that the monthly report lists as notable
 * @param events         event occurrences written (a weekly series counts each occurrence)
 * @param messages       messages written to the mbox
 */
public record Truth(
        Instant now,
        String owner,
        ZoneId zone,
        Set<String> partnerDomains,
        Map<String, ExpectedLead> leads,
        Set<String> noise,
        List<Notable> notable,
        int events,
        int messages) {

    public Truth {
        partnerDomains = Set.copyOf(partnerDomains);
        leads = Collections.unmodifiableMap(new LinkedHashMap<>(leads));
        noise = Set.copyOf(noise);
        notable = List.copyOf(notable);
    }

    /**
     * @param key             registrable domain or free-mail address
     * @param contacts        the lead's addresses as written
     * @param firstTouchAt    its earliest activity
     * @param budget          the latest amount the lead stated or the owner proposed, or null
     * @param teamSize        the latest team size the lead stated, or null
     * @param missingFollowUp a held meeting whose 2-working-day follow-up window closed without a message
     */
    public record ExpectedLead(
            String key,
            String name,
            List<String> contacts,
            LeadSource source,
            Stage stage,
            Instant firstTouchAt,
            Money budget,
            Integer teamSize,
            boolean forgotten,
            boolean missingFollowUp) {
    }

    public record Notable(LocalDate date, String title) {
    }
}
