package tickler.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tickler.activity.Activity;
import tickler.activity.Participant;
import tickler.identity.Identity;

/**
 * Links activities to leads (docs/definitions.md, "Linked"): by every address of any role, HIGH; and an
 * event naming an already known organisation without its address, LOW.
 */
final class Linker {

    /** Readings of what no lead changes: a message's signature, whether a machine sent it. */
    private static final String ANY_LEAD = "";

    private final Identity identity;
    private final Readings readings;

    Linker(Identity identity, Readings readings) {
        this.identity = identity;
        this.readings = readings;
    }

    /**
     * @param byActivity  activity key → lead key → confidence, for every non-automated activity
     * @param byLead      lead key → its activities, chronological
     * @param confidences lead key → how each of its activities is linked to it, in the same order
     * @param addresses   lead key → the lead's contact addresses
     * @param firstSeen   every non-automated address → when it first appeared
     */
    record Links(
            Map<String, Map<String, Evidence.Confidence>> byActivity,
            Map<String, List<Activity>> byLead,
            Map<String, List<Evidence.Confidence>> confidences,
            Map<String, Set<String>> addresses,
            Map<String, Instant> firstSeen,
            Contacts contacts) {
    }

    /** @param chronological the activities that exist, oldest first */
    Links link(List<Activity> chronological) {
        Map<String, Map<String, Evidence.Confidence>> byActivity = new HashMap<>();
        // The same maps by position in the chronology (null for automated mail): no lookup by key per pass.
        List<Map<String, Evidence.Confidence>> inOrder = new ArrayList<>(chronological.size());
        Map<String, Set<String>> addresses = new LinkedHashMap<>();
        Map<String, Instant> firstSeen = new HashMap<>();
        Map<String, Instant> firstKnown = new HashMap<>();
        Contacts contacts = new Contacts();
        for (Activity activity : chronological) {
            if (readings.read(activity, ANY_LEAD, "automated", () -> identity.isAutomated(activity))) {
                inOrder.add(null);
                continue;
            }
            Map<String, Evidence.Confidence> leads = new LinkedHashMap<>();
            Participant author = activity.author();
            if (activity.isMessage() && author != null && identity.leadKey(author.address()).isPresent()) {
                contacts.signed(author.address(),
                        readings.read(activity, ANY_LEAD, "signature company", () -> Contacts.signatureCompany(activity.text())));
            }
            for (Participant participant : activity.participants()) {
                firstSeen.putIfAbsent(participant.address(), activity.at());
                identity.leadKey(participant.address()).ifPresent(key -> {
                    leads.put(key, Evidence.Confidence.HIGH);
                    addresses.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(participant.address());
                    firstKnown.putIfAbsent(key, activity.at());
                    contacts.saw(participant.address(), participant.name());
                });
            }
            byActivity.put(activity.key(), leads);
            inOrder.add(leads);
        }
        linkByName(chronological, inOrder, addresses, firstKnown, contacts);
        Map<String, List<Activity>> byLead = new LinkedHashMap<>();
        Map<String, List<Evidence.Confidence>> confidences = new HashMap<>();
        for (int i = 0; i < chronological.size(); i++) {
            Map<String, Evidence.Confidence> leads = inOrder.get(i);
            if (leads == null) {
                continue;
            }
            for (Map.Entry<String, Evidence.Confidence> lead : leads.entrySet()) {
                byLead.computeIfAbsent(lead.getKey(), k -> new ArrayList<>()).add(chronological.get(i));
                confidences.computeIfAbsent(lead.getKey(), k -> new ArrayList<>()).add(lead.getValue());
            }
        }
        return new Links(byActivity, byLead, confidences, addresses, firstSeen, contacts);
    }

    /** Only a lead known from an earlier activity is linked by name, so a name alone never creates a lead. */
    private static void linkByName(List<Activity> chronological,
                                   List<Map<String, Evidence.Confidence>> inOrder,
                                   Map<String, Set<String>> addresses,
                                   Map<String, Instant> firstKnown,
                                   Contacts contacts) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> lead : addresses.entrySet()) {
            if (Identity.isOrganisationKey(lead.getKey())) {
                names.put(lead.getKey(), contacts.organisationNames(lead.getKey(), lead.getValue()));
            }
        }
        OrganisationNames organisations = new OrganisationNames(names);
        for (int i = 0; i < chronological.size(); i++) {
            Activity activity = chronological.get(i);
            Map<String, Evidence.Confidence> leads = inOrder.get(i);
            if (!activity.isEvent() || leads == null) {
                continue;
            }
            Instant at = activity.at();
            for (String key : organisations.named(Words.all(activity),
                    candidate -> !leads.containsKey(candidate) && firstKnown.get(candidate).isBefore(at))) {
                leads.put(key, Evidence.Confidence.LOW);
            }
        }
    }
}
