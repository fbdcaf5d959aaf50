package tickler.lead;

import com.google.common.collect.Lists;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import tickler.activity.Activity;
import tickler.activity.Role;
import tickler.identity.Identity;

/** The leads as of one moment, and how activities link to them. Immutable. */
public final class Pipeline {

    /** Open leads from the closest to a deal, then the closed ones. */
    private static final List<Stage> BOARD_ORDER =
            List.of(Stage.PROPOSAL, Stage.MEETING, Stage.ENGAGED, Stage.NEW, Stage.WON, Stage.LOST);

    private final Instant asOf;
    private final List<Lead> leads;
    private final List<Contact> contacts;
    private final Map<String, Lead> byId;
    private final Map<String, Lead> byKey;
    private final Linker.Links links;
    private final Identity identity;
    private final Map<String, Set<String>> owners;
    private final SortedSet<String> allOwners;

    /** Activities link to leads only: a contact's mail and meetings are no lead's. */
    /** @param owners lead key → the owner addresses in its activities */
    Pipeline(Instant asOf, List<Lead> leads, List<Contact> contacts, Map<String, Set<String>> owners,
             Linker.Links links, Identity identity) {
        this.asOf = asOf;
        this.leads = leads.stream().sorted(Comparator
                        .comparing((Lead lead) -> BOARD_ORDER.indexOf(lead.stage()))
                        .thenComparing(Lead::lastActivityAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Lead::key))
                .toList();
        this.byId = leads.stream().collect(Collectors.toUnmodifiableMap(Lead::id, Function.identity()));
        this.byKey = leads.stream().collect(Collectors.toUnmodifiableMap(Lead::key, Function.identity()));
        this.contacts = contacts.stream()
                .sorted(Comparator.comparing(Contact::lastActivityAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Contact::key))
                .toList();
        this.links = links;
        this.identity = identity;
        this.owners = Map.copyOf(owners);
        this.allOwners = Collections.unmodifiableSortedSet(owners.values().stream().flatMap(Set::stream)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Sorted for the board: stage (PROPOSAL first, WON and LOST last), then latest activity first. */
    public List<Lead> leads() {
        return leads;
    }

    /** The external people and organisations that are not leads, latest activity first. */
    public List<Contact> contacts() {
        return contacts;
    }

    public Instant asOf() {
        return asOf;
    }

    public Optional<Lead> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Lead> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The lead's activities, newest first; next steps (future events existing now) come first. */
    public List<Activity> timeline(String leadKey) {
        // The chronological list seen the other way round, not copied: the same order as sorting newest first.
        return byKey.containsKey(leadKey) ? Collections.unmodifiableList(Lists.reverse(links.activitiesOf(leadKey))) : List.of();
    }

    /** HIGH for a link by address, LOW for a name-only link, null when the activity is not linked to the lead. */
    public Evidence.Confidence linkConfidence(String leadKey, Activity activity) {
        return byKey.containsKey(leadKey) ? links.confidence(leadKey, activity) : null;
    }

    /** The leads (not contacts) an activity is linked to. */
    public Set<String> leadKeysOf(Activity activity) {
        return links.keysOf(activity).stream().filter(byKey::containsKey).collect(Collectors.toUnmodifiableSet());
    }

    /** An event with a lead's contact invited or inviting, as opposed to a reminder or an event of no lead. */
    public boolean isMeeting(Activity activity) {
        return activity.isEvent() && activity.participants().stream()
                .anyMatch(p -> (p.role() == Role.ATTENDEE || p.role() == Role.ORGANIZER)
                        && identity.leadKey(p.address()).filter(byKey::containsKey).isPresent());
    }

    /**
     * The owner addresses (the salesperson's accounts and aliases) in the lead's activities:
     * whose calendar and mailbox the lead lives in.
     */
    public Set<String> owners(String leadKey) {
        return owners.getOrDefault(leadKey, Set.of());
    }

    /** Every owner address any lead's activities have, in order. */
    public SortedSet<String> owners() {
        return allOwners;
    }
}
