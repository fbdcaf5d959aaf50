package tickler.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tickler.lead.Money;
import tickler.lead.Stage;

/**
 * What {@link DemoTakeout} wrote, as data: each lead's story step by step with what each step
 * says (an amount, a team size, a proposal, a decision), the people that must stay noise, the
 * events linked to no lead. It says nothing of what Tickler should infer from it; the tests
 * derive that by the definitions of docs/definitions.md.
 *
 * @param owner          the address whose calendar and mailbox the Takeout is
 * @param zone           the owner's calendar time zone
 * @param partnerDomains the demo's partner agencies' domains
 * @param leads          by lead key (registrable domain, or address for free-mail people), in story order
 * @param noise          addresses and registrable domains that write but are no one the owner sells to
 * @param unlinked       events that name no lead
 * @param events         event occurrences written (a weekly series counts each occurrence)
 * @param messages       messages written to the mbox
 */
public record Written(
        Instant now,
        String owner,
        ZoneId zone,
        Set<String> partnerDomains,
        Map<String, Lead> leads,
        Set<String> noise,
        List<Event> unlinked,
        int events,
        int messages) {

    public Written {
        partnerDomains = Set.copyOf(partnerDomains);
        leads = Collections.unmodifiableMap(new LinkedHashMap<>(leads));
        noise = Set.copyOf(noise);
        unlinked = List.copyOf(unlinked);
    }

    public enum Kind { LEAD_MAIL, OWNER_MAIL, THIRD_PARTY_MAIL, MEETING, REMINDER }

    /**
     * @param contacts the lead's addresses that took part, as written
     * @param steps    in the order written
     */
    public record Lead(String key, String company, List<String> contacts, List<Step> steps) {
    }

    /**
     * One mail or event of a lead's story.
     *
     * @param created  when a meeting or reminder was put in the calendar; for mail, when it was sent
     * @param proposal the owner's proposal with a priced attachment
     * @param partner  a partner agency wrote or was copied
     * @param referral the lead says it was recommended
     * @param decision the lead accepted (WON) or declined (LOST) in it, or null
     * @param budget   the amount it states, or null
     * @param team     the team size it states, or null
     */
    public record Step(Kind kind, Instant at, Instant end, Instant created, boolean proposal, boolean partner,
                       boolean referral, Stage decision, Money budget, Integer team) {
    }

    /** An event linked to no lead: a conference, a holiday, an internal meeting. */
    public record Event(String summary, Instant start, Instant end, LocalDate day, boolean recurring) {
    }
}
