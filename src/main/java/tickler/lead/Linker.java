package tickler.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tickler.activity.Activity;
import tickler.activity.Participant;
import tickler.identity.Identity;

/**
 * Links activities to leads (docs/definitions.md, "Linked"): by every address of any role, HIGH; and an
 * event naming an already known organisation without its address, LOW.
 *
 * <p>Linking reads every activity, so it is done once per state of the store: the links as of an
 * earlier moment over the same activities (a report's month ends) are derived from the latest
 * ones. That holds because nothing linking reads turns back: an activity existing then exists
 * now, a link by address does not depend on the moment, and the names an organisation goes by
 * only accumulate. So the links as of then are the latest ones with what did not exist yet left
 * out, the names that were not yet known left out, and the name-only links rechecked; a
 * correspondent none of whose activities came later keeps its links as they are.
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
     * One correspondent as linked.
     *
     * @param activities  its activities, chronological
     * @param confidences how each activity is linked to it, in the same order
     * @param addresses   its contact addresses, in the order they first appeared
     * @param name        an organisation's company name, else a person's display name
     * @param introduced  whether the author of its first activity appeared in an earlier one (an introducer)
     */
    record Linked(String key, List<Activity> activities, List<Evidence.Confidence> confidences,
                  Set<String> addresses, String name, boolean introduced) {
    }

    /** An event naming an organisation without its address, and which of the organisation's names it contains. */
    private record Mention(Activity event, Set<String> names) {
    }

    /** The links as of one moment over one list of activities. */
    static final class Links {
        private final List<Activity> source;
        private final Instant asOf;
        private final Map<String, Linked> correspondents;
        /** Activity key → lead key → confidence: of these links, or of the latest ones these are derived from. */
        private final Map<String, Map<String, Evidence.Confidence>> byActivity;
        /** Derived links only: the name-only links of the correspondents derived again; null for the latest links. */
        private final Map<String, Set<String>> lowRechecked;

        // What derivation reads, kept with the latest links only.
        private final List<Activity> chronological;
        private final Instant nextExistence;
        private final Map<String, List<Mention>> mentions;
        private final Map<String, Instant> allExistBy;
        private final Map<String, Activity> firstAppearance;

        private Links(List<Activity> source, Instant asOf, Map<String, Linked> correspondents,
                      Map<String, Map<String, Evidence.Confidence>> byActivity, Map<String, Set<String>> lowRechecked,
                      List<Activity> chronological, Instant nextExistence, Map<String, List<Mention>> mentions,
                      Map<String, Instant> allExistBy, Map<String, Activity> firstAppearance) {
            this.source = source;
            this.asOf = asOf;
            this.correspondents = correspondents;
            this.byActivity = byActivity;
            this.lowRechecked = lowRechecked;
            this.chronological = chronological;
            this.nextExistence = nextExistence;
            this.mentions = mentions;
            this.allExistBy = allExistBy;
            this.firstAppearance = firstAppearance;
        }

        /** Every correspondent with an activity linked by address, in the order of its first link. */
        List<Linked> correspondents() {
            return List.copyOf(correspondents.values());
        }

        /** HIGH for a link by address, LOW for a name-only link, null when the activity is not linked to the correspondent. */
        Evidence.Confidence confidence(String key, Activity activity) {
            Evidence.Confidence latest = byActivity.getOrDefault(activity.key(), Map.of()).get(key);
            if (lowRechecked == null || latest == null) {
                return latest;
            }
            if (!correspondents.containsKey(key) || !exists(activity, asOf)) {
                return null;
            }
            Set<String> low = lowRechecked.get(key);
            return latest == Evidence.Confidence.HIGH || low == null || low.contains(activity.key()) ? latest : null;
        }

        /** The correspondents the activity is linked to. */
        Set<String> keysOf(Activity activity) {
            Set<String> keys = new HashSet<>();
            for (String key : byActivity.getOrDefault(activity.key(), Map.of()).keySet()) {
                if (confidence(key, activity) != null) {
                    keys.add(key);
                }
            }
            return keys;
        }

        /** Whether these are the latest links over this very list from which the links as of {@code moment} can be derived. */
        private boolean derivable(List<Activity> activities, Instant moment) {
            return lowRechecked == null && source == activities && moment.isBefore(nextExistence);
        }
    }

    /** The links as of {@code now}: among the activities, those that exist then. */
    Links link(List<Activity> activities, Instant now) {
        Links latest = readings.latestLinks();
        if (latest != null && latest.derivable(activities, now)) {
            return now.equals(latest.asOf) ? latest : derived(latest, now);
        }
        Links made = linkAll(activities, now);
        if (latest == null || latest.source != activities || now.isAfter(latest.asOf)) {
            readings.keepLatestLinks(made);
        }
        return made;
    }

    /** Messages exist from when they are dated, events from when they were created (always, when that is not known). */
    static boolean exists(Activity activity, Instant now) {
        return !existsFrom(activity).isAfter(now);
    }

    private static Instant existsFrom(Activity activity) {
        if (activity.isMessage()) {
            return activity.at();
        }
        return activity.created() == null ? Instant.MIN : activity.created();
    }

    private Links linkAll(List<Activity> activities, Instant now) {
        List<Activity> chronological = new ArrayList<>(activities.size());
        Instant nextExistence = Instant.MAX;
        for (Activity activity : activities) {
            if (activity.at() == null) {
                continue;
            }
            Instant from = existsFrom(activity);
            if (from.isAfter(now)) {
                nextExistence = from.isBefore(nextExistence) ? from : nextExistence;
            } else {
                chronological.add(activity);
            }
        }
        chronological.sort(LeadInference.CHRONOLOGICAL);

        Map<String, Map<String, Evidence.Confidence>> byActivity = new HashMap<>();
        // The same maps by position in the chronology (null for automated mail): no lookup by key per pass.
        List<Map<String, Evidence.Confidence>> inOrder = new ArrayList<>(chronological.size());
        Map<String, Set<String>> addresses = new LinkedHashMap<>();
        Map<String, Activity> firstAppearance = new HashMap<>();
        Map<String, Instant> firstKnown = new HashMap<>();
        Contacts contacts = new Contacts();
        for (Activity activity : chronological) {
            if (automated(activity)) {
                inOrder.add(null);
                continue;
            }
            Map<String, Evidence.Confidence> leads = new LinkedHashMap<>();
            Participant author = activity.author();
            if (activity.isMessage() && author != null && identity.leadKey(author.address()).isPresent()) {
                contacts.signed(author.address(), signatureCompany(activity));
            }
            for (Participant participant : activity.participants()) {
                firstAppearance.putIfAbsent(participant.address(), activity);
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
        Map<String, List<Mention>> mentions = mentions(chronological, inOrder, addresses, contacts);
        for (Map.Entry<String, List<Mention>> organisation : mentions.entrySet()) {
            Instant known = firstKnown.get(organisation.getKey());
            for (Mention mention : organisation.getValue()) {
                if (known.isBefore(mention.event().at())) {
                    byActivity.get(mention.event().key()).put(organisation.getKey(), Evidence.Confidence.LOW);
                }
            }
        }

        Map<String, List<Activity>> byLead = new LinkedHashMap<>();
        Map<String, List<Evidence.Confidence>> confidences = new HashMap<>();
        Map<String, Instant> allExistBy = new HashMap<>();
        for (int i = 0; i < chronological.size(); i++) {
            Map<String, Evidence.Confidence> leads = inOrder.get(i);
            if (leads == null) {
                continue;
            }
            Activity activity = chronological.get(i);
            for (Map.Entry<String, Evidence.Confidence> lead : leads.entrySet()) {
                byLead.computeIfAbsent(lead.getKey(), k -> new ArrayList<>()).add(activity);
                confidences.computeIfAbsent(lead.getKey(), k -> new ArrayList<>()).add(lead.getValue());
                allExistBy.merge(lead.getKey(), existsFrom(activity), Linker::later);
            }
        }
        mentions.forEach((key, named) -> named.forEach(mention -> allExistBy.merge(key, existsFrom(mention.event()), Linker::later)));

        Map<String, Linked> correspondents = new LinkedHashMap<>();
        for (Map.Entry<String, List<Activity>> lead : byLead.entrySet()) {
            String key = lead.getKey();
            Set<String> own = addresses.get(key);
            Activity first = lead.getValue().get(0);
            Activity seen = first.author() == null ? null : firstAppearance.get(first.author().address());
            correspondents.put(key, new Linked(key, lead.getValue(), confidences.get(key), own,
                    name(key, own, contacts), seen != null && seen.at().isBefore(first.at())));
        }
        return new Links(activities, now, correspondents, byActivity, null, chronological, nextExistence, mentions,
                allExistBy, firstAppearance);
    }

    /**
     * Which events name which known organisation without its address, with the names they contain,
     * whenever the organisation became known. Only an organisation known from an earlier activity
     * is then linked by name, so a name alone never creates a lead.
     */
    private static Map<String, List<Mention>> mentions(List<Activity> chronological,
                                                       List<Map<String, Evidence.Confidence>> inOrder,
                                                       Map<String, Set<String>> addresses, Contacts contacts) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> lead : addresses.entrySet()) {
            if (Identity.isOrganisationKey(lead.getKey())) {
                names.put(lead.getKey(), contacts.organisationNames(lead.getKey(), lead.getValue()));
            }
        }
        OrganisationNames organisations = new OrganisationNames(names);
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (int i = 0; i < chronological.size(); i++) {
            Activity activity = chronological.get(i);
            Map<String, Evidence.Confidence> linked = inOrder.get(i);
            if (!activity.isEvent() || linked == null) {
                continue;
            }
            organisations.named(Words.all(activity), candidate -> !linked.containsKey(candidate)).forEach((key, named) ->
                    mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(activity, named)));
        }
        return mentions;
    }

    /** The links as of an earlier moment (or a later one at which no other activity exists yet), from the latest links. */
    private Links derived(Links latest, Instant asOf) {
        Map<String, Linked> correspondents = new LinkedHashMap<>();
        Map<String, Set<String>> lowRechecked = new HashMap<>();
        for (Linked linked : latest.correspondents.values()) {
            if (!latest.allExistBy.get(linked.key()).isAfter(asOf)) {
                // Its links stand as they are; only its introducer may not have appeared yet, before a future first meeting.
                boolean introduced = linked.introduced() && introducedAsOf(latest, linked.activities().get(0), asOf);
                correspondents.put(linked.key(), introduced == linked.introduced() ? linked
                        : new Linked(linked.key(), linked.activities(), linked.confidences(), linked.addresses(), linked.name(), false));
            } else {
                derivedCorrespondent(latest, linked, asOf, lowRechecked).ifPresent(then -> correspondents.put(then.key(), then));
            }
        }
        return new Links(latest.source, asOf, correspondents, latest.byActivity, lowRechecked,
                null, latest.nextExistence, null, null, null);
    }

    /** One correspondent as of an earlier moment: empty when none of its activities linked by address existed then. */
    private Optional<Linked> derivedCorrespondent(Links latest, Linked linked, Instant asOf,
                                                  Map<String, Set<String>> lowRechecked) {
        String key = linked.key();
        List<Activity> byAddress = new ArrayList<>();
        for (int i = 0; i < linked.activities().size(); i++) {
            Activity activity = linked.activities().get(i);
            if (linked.confidences().get(i) == Evidence.Confidence.HIGH && exists(activity, asOf)) {
                byAddress.add(activity);
            }
        }
        if (byAddress.isEmpty()) {
            return Optional.empty();
        }
        Contacts contacts = new Contacts();
        Set<String> addresses = new LinkedHashSet<>();
        for (Activity activity : byAddress) {
            Participant author = activity.author();
            if (activity.isMessage() && author != null && identity.leadKey(author.address()).filter(key::equals).isPresent()) {
                contacts.signed(author.address(), signatureCompany(activity));
            }
            for (Participant participant : activity.participants()) {
                if (identity.leadKey(participant.address()).filter(key::equals).isPresent()) {
                    addresses.add(participant.address());
                    contacts.saw(participant.address(), participant.name());
                }
            }
        }
        Instant known = byAddress.get(0).at();
        Set<String> names = Identity.isOrganisationKey(key) ? Set.copyOf(contacts.organisationNames(key, addresses)) : Set.of();
        List<Activity> byName = new ArrayList<>();
        for (Mention mention : latest.mentions.getOrDefault(key, List.of())) {
            Activity event = mention.event();
            if (exists(event, asOf) && known.isBefore(event.at()) && mention.names().stream().anyMatch(names::contains)) {
                byName.add(event);
            }
        }
        lowRechecked.put(key, byName.stream().map(Activity::key).collect(Collectors.toSet()));
        List<Activity> activities = new ArrayList<>(byAddress.size() + byName.size());
        List<Evidence.Confidence> confidences = new ArrayList<>(byAddress.size() + byName.size());
        int named = 0;
        for (Activity activity : byAddress) {
            while (named < byName.size() && LeadInference.CHRONOLOGICAL.compare(byName.get(named), activity) < 0) {
                activities.add(byName.get(named++));
                confidences.add(Evidence.Confidence.LOW);
            }
            activities.add(activity);
            confidences.add(Evidence.Confidence.HIGH);
        }
        for (; named < byName.size(); named++) {
            activities.add(byName.get(named));
            confidences.add(Evidence.Confidence.LOW);
        }
        return Optional.of(new Linked(key, activities, confidences, addresses, name(key, addresses, contacts),
                introducedAsOf(latest, activities.get(0), asOf)));
    }

    /**
     * Whether the author of a correspondent's first activity appeared in an earlier activity that
     * existed at the moment: usually the earliest one it appears in at all.
     */
    private boolean introducedAsOf(Links latest, Activity first, Instant asOf) {
        if (first.author() == null) {
            return false;
        }
        String address = first.author().address();
        Activity seen = latest.firstAppearance.get(address);
        if (seen == null || !seen.at().isBefore(first.at())) {
            return false;
        }
        if (exists(seen, asOf)) {
            return true;
        }
        for (Activity activity : latest.chronological) {
            if (!activity.at().isBefore(first.at())) {
                return false;
            }
            if (exists(activity, asOf) && !automated(activity)
                    && activity.participants().stream().anyMatch(p -> p.address().equals(address))) {
                return true;
            }
        }
        return false;
    }

    private boolean automated(Activity activity) {
        return readings.read(activity, ANY_LEAD, "automated", () -> identity.isAutomated(activity));
    }

    private Optional<String> signatureCompany(Activity activity) {
        return readings.read(activity, ANY_LEAD, "signature company", () -> Contacts.signatureCompany(activity.text()));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** An organisation by the company name its people write, else by its domain; a person by display name. */
    private static String name(String key, Set<String> addresses, Contacts contacts) {
        if (Identity.isOrganisationKey(key)) {
            return contacts.companyNames(addresses).stream().findFirst()
                    .or(() -> Identity.organisationLabel(key).map(Contacts::niceLabel))
                    .orElse(key);
        }
        return contacts.bestName(key).orElse(key);
    }
}
