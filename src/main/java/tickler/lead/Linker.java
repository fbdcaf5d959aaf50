package tickler.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import tickler.activity.Activity;
import tickler.activity.Body;
import tickler.activity.Chronology;
import tickler.activity.Participant;
import tickler.identity.Identity;

/**
 * Links activities to leads (docs/definitions.md, "Linked"): by every address of any role, HIGH; and an
 * event naming an already known organisation without its address, LOW.
 *
 * <p>Linking every activity is done once; the latest links are kept ({@link Readings}) and:
 * <ul>
 * <li>as of an earlier moment over the same activities (a report's month ends) they are derived:
 * nothing linking reads turns back (an activity existing then exists now, a link by address does
 * not depend on the moment, the names an organisation goes by only accumulate), so the links then
 * are the latest ones with what did not exist yet left out, and the name-only links rechecked
 * against the names known then; a correspondent with nothing later keeps its links as they are;
 * <li>after a few activities are added, changed or removed (an import, a sync page) they are
 * updated: only the correspondents those activities are linked to, or name, are linked again.
 * </ul>
 * Both give what linking from scratch gives ({@code LinksAsOfTest}, {@code IncrementalInferenceTest}).
 */
final class Linker {

    /** Readings of what no lead changes: a message's signature, whether a machine sent it. */
    private static final String ANY_LEAD = "";
    /** Beyond one change in this many activities, linking them all again costs about as much as updating. */
    private static final int UPDATE_AT_MOST_ONE_IN = 20;
    private static final String WORD_STARTS = "word starts";
    /** Events whose words are read from the store together when every event is read again for new names. */
    private static final int READ_AHEAD = 500;

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

        /** Its activities linked by address, chronological. */
        List<Activity> byAddress() {
            return byAddressAsOf(Instant.MAX);
        }

        /** Its activities linked by address that exist at the moment, chronological. */
        List<Activity> byAddressAsOf(Instant moment) {
            List<Activity> linked = new ArrayList<>(activities.size());
            for (int i = 0; i < activities.size(); i++) {
                if (confidences.get(i) == Evidence.Confidence.HIGH && exists(activities.get(i), moment)) {
                    linked.add(activities.get(i));
                }
            }
            return linked;
        }
    }

    /** A name-only link: an event naming an organisation without its address, and which of its names it contains. */
    private record Mention(Activity event, Set<String> names) {
    }

    /** What the latest links keep besides the links: to derive links as of earlier moments, and to update them. */
    private record Latest(
            boolean sorted,
            Instant nextExistence,
            Map<String, Existence> existence,
            Map<String, Activity> firstAppearance,
            Map<String, List<Mention>> mentions,
            Map<String, Set<String>> names,
            NameMatcher organisations) {
    }

    /**
     * When a correspondent's activities come to exist: the first of those linked by address (before
     * it, the correspondent does not exist), and the last of all (from it, its links stand as they are).
     */
    private record Existence(Instant firstByAddress, Instant all) {
        static Existence of(Linked linked) {
            Instant first = Instant.MAX;
            Instant all = Instant.MIN;
            for (int i = 0; i < linked.activities().size(); i++) {
                Instant from = existsFrom(linked.activities().get(i));
                all = later(all, from);
                if (linked.confidences().get(i) == Evidence.Confidence.HIGH) {
                    first = earlier(first, from);
                }
            }
            return new Existence(first, all);
        }
    }

    /**
     * The organisations' name matcher for one set of names, built when first asked for: most
     * updates bring messages only, and no event to read for names.
     */
    private static final class NameMatcher {
        private final Map<String, Set<String>> names;
        /** An earlier matcher whose compiled names are reused, until this one is built. */
        private OrganisationNames earlier;
        private OrganisationNames built;

        NameMatcher(Map<String, Set<String>> names, OrganisationNames earlier) {
            this.names = names;
            this.earlier = earlier;
        }

        static NameMatcher built(Map<String, Set<String>> names) {
            NameMatcher matcher = new NameMatcher(names, null);
            matcher.get();
            return matcher;
        }

        synchronized OrganisationNames get() {
            if (built == null) {
                built = organisations(names, earlier);
                earlier = null;
            }
            return built;
        }

        /** The latest matcher built, whose compiled names the next one may reuse; null when none. */
        synchronized OrganisationNames compiled() {
            return built != null ? built : earlier;
        }
    }

    /** The links as of one moment over one list of activities. */
    static final class Links {
        private final Linker linker;
        private final List<Activity> source;
        private final Instant asOf;
        private final Map<String, Linked> correspondents;
        /** Event key → the correspondents it names without their address, as of the latest links. */
        private final Map<String, Set<String>> byName;
        /** Derived links only: the name-only links of the correspondents derived again. */
        private final Map<String, Set<String>> byNameRechecked;
        /** The latest links only. */
        private final Latest latest;

        private Links(Linker linker, List<Activity> source, Instant asOf, Map<String, Linked> correspondents,
                      Map<String, Set<String>> byName, Map<String, Set<String>> byNameRechecked, Latest latest) {
            this.linker = linker;
            this.source = source;
            this.asOf = asOf;
            this.correspondents = correspondents;
            this.byName = byName;
            this.byNameRechecked = byNameRechecked;
            this.latest = latest;
        }

        /** Every correspondent with an activity linked by address, in the order of its first link. */
        List<Linked> correspondents() {
            return List.copyOf(correspondents.values());
        }

        /** The correspondent's linked activities in order, none when it is not a correspondent. */
        List<Activity> activitiesOf(String key) {
            Linked linked = correspondents.get(key);
            return linked == null ? List.of() : linked.activities();
        }

        /** HIGH for a link by address, LOW for a name-only link, null when the activity is not linked to the correspondent. */
        Evidence.Confidence confidence(String key, Activity activity) {
            if (!correspondents.containsKey(key) || activity.at() == null || !exists(activity, asOf)
                    || linker.automated(activity)) {
                return null;
            }
            if (linker.byAddress(activity).contains(key)) {
                return Evidence.Confidence.HIGH;
            }
            if (!byName.getOrDefault(activity.key(), Set.of()).contains(key)) {
                return null;
            }
            Set<String> rechecked = byNameRechecked == null ? null : byNameRechecked.get(key);
            return rechecked == null || rechecked.contains(activity.key()) ? Evidence.Confidence.LOW : null;
        }

        /** The correspondents the activity is linked to. */
        Set<String> keysOf(Activity activity) {
            Set<String> keys = new HashSet<>(linker.byAddress(activity));
            keys.addAll(byName.getOrDefault(activity.key(), Set.of()));
            keys.removeIf(key -> confidence(key, activity) == null);
            return keys;
        }
    }

    /** The links as of {@code now}: among the activities, those that exist then. */
    Links link(List<Activity> activities, Instant now) {
        Links latest = readings.latestLinks();
        if (latest != null && latest.source == activities && now.isBefore(latest.latest.nextExistence())) {
            return now.equals(latest.asOf) ? latest : derived(latest, now);
        }
        Links made = latest == null || now.isBefore(latest.asOf) ? null : updated(latest, activities, now).orElse(null);
        if (made == null) {
            made = linkAll(activities, now);
        }
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
        List<Activity> existing = new ArrayList<>(activities.size());
        Instant nextExistence = Instant.MAX;
        boolean sorted = true;
        Activity previous = null;
        for (Activity activity : activities) {
            if (activity.at() == null) {
                sorted = false;
                continue;
            }
            sorted &= previous == null || Chronology.ORDER.compare(previous, activity) < 0;
            previous = activity;
            Instant from = existsFrom(activity);
            if (from.isAfter(now)) {
                nextExistence = earlier(nextExistence, from);
            } else {
                existing.add(activity);
            }
        }
        if (!sorted) {
            existing.sort(Chronology.ORDER);
        }

        Map<String, List<Activity>> byAddress = new LinkedHashMap<>();
        Map<String, Activity> firstAppearance = new HashMap<>();
        List<Activity> events = new ArrayList<>();
        for (Activity activity : existing) {
            if (automated(activity)) {
                continue;
            }
            if (activity.isEvent()) {
                events.add(activity);
            }
            for (Participant participant : activity.participants()) {
                firstAppearance.putIfAbsent(participant.address(), activity);
            }
            for (String key : byAddress(activity)) {
                byAddress.computeIfAbsent(key, k -> new ArrayList<>()).add(activity);
            }
        }
        Map<String, Known> known = new HashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        byAddress.forEach((key, linked) -> {
            Known own = known(key, linked);
            known.put(key, own);
            if (Identity.isOrganisationKey(key)) {
                names.put(key, own.organisationNames(key));
            }
        });
        NameMatcher organisations = NameMatcher.built(names);
        Map<String, List<Mention>> mentions = new HashMap<>();
        for (Activity event : events) {
            Set<String> linked = byAddress(event);
            organisations.get().named(wordsOfEvent(event), key -> !linked.contains(key) && byAddress.get(key).get(0).at().isBefore(event.at()))
                    .forEach((key, named) -> mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(event, named)));
        }

        Map<String, Linked> correspondents = new LinkedHashMap<>();
        Map<String, Existence> existence = new HashMap<>();
        Map<String, Set<String>> byName = new HashMap<>();
        for (Map.Entry<String, List<Activity>> lead : byAddress.entrySet()) {
            String key = lead.getKey();
            List<Mention> named = mentions.getOrDefault(key, List.of());
            Linked linked = linked(key, lead.getValue(), named, known.get(key), firstAppearance);
            correspondents.put(key, linked);
            existence.put(key, Existence.of(linked));
            named.forEach(mention -> byName.computeIfAbsent(mention.event().key(), k -> new HashSet<>()).add(key));
        }
        return new Links(this, activities, now, correspondents, byName, null,
                new Latest(sorted, nextExistence, existence, firstAppearance, mentions, names, organisations));
    }

    /** The correspondents an activity is linked to by address: its participants' lead keys. */
    private Set<String> byAddress(Activity activity) {
        Set<String> keys = new LinkedHashSet<>(2);
        for (Participant participant : activity.participants()) {
            identity.leadKey(participant.address()).ifPresent(keys::add);
        }
        return keys;
    }

    /** What a correspondent's own activities linked by address tell of it: its addresses, names and signatures. */
    private record Known(Contacts contacts, Set<String> addresses) {
        Set<String> organisationNames(String key) {
            return new LinkedHashSet<>(contacts.organisationNames(key, addresses));
        }
    }

    private Known known(String key, List<Activity> byAddress) {
        Contacts contacts = new Contacts();
        Set<String> addresses = new LinkedHashSet<>();
        // Only an organisation is known by the company its people sign with.
        boolean organisation = Identity.isOrganisationKey(key);
        for (Activity activity : byAddress) {
            Participant author = activity.author();
            if (organisation && activity.isMessage() && author != null && identity.leadKey(author.address()).filter(key::equals).isPresent()) {
                contacts.signed(author.address(), signatureCompany(activity));
            }
            for (Participant participant : activity.participants()) {
                if (identity.leadKey(participant.address()).filter(key::equals).isPresent()) {
                    addresses.add(participant.address());
                    contacts.saw(participant.address(), participant.name());
                }
            }
        }
        return new Known(contacts, addresses);
    }

    private Linked linked(String key, List<Activity> byAddress, List<Mention> byName, Known known,
                          Map<String, Activity> firstAppearance) {
        List<Activity> activities = new ArrayList<>(byAddress.size() + byName.size());
        List<Evidence.Confidence> confidences = new ArrayList<>(byAddress.size() + byName.size());
        int named = 0;
        for (Activity activity : byAddress) {
            while (named < byName.size() && Chronology.ORDER.compare(byName.get(named).event(), activity) < 0) {
                activities.add(byName.get(named++).event());
                confidences.add(Evidence.Confidence.LOW);
            }
            activities.add(activity);
            confidences.add(Evidence.Confidence.HIGH);
        }
        for (; named < byName.size(); named++) {
            activities.add(byName.get(named).event());
            confidences.add(Evidence.Confidence.LOW);
        }
        Activity first = activities.get(0);
        Activity seen = first.author() == null ? null : firstAppearance.get(first.author().address());
        return new Linked(key, activities, confidences, known.addresses(), name(key, known),
                seen != null && seen.at().isBefore(first.at()));
    }

    /** @param before an earlier matcher whose compiled names are reused, or null */
    private static OrganisationNames organisations(Map<String, Set<String>> names, OrganisationNames before) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        names.forEach((key, own) -> lists.put(key, List.copyOf(own)));
        return new OrganisationNames(lists, before);
    }

    /** The links as of another moment at which no activity exists that did not at the latest links' (usually an earlier one). */
    private Links derived(Links latest, Instant asOf) {
        Map<String, Set<String>> rechecked = new ConcurrentHashMap<>();
        // Each correspondent is derived from its own links alone, so they share both cores.
        List<Linked> then = latest.correspondents().parallelStream()
                .map(linked -> derivedCorrespondent(latest, linked, asOf, rechecked))
                .flatMap(Optional::stream).toList();
        Map<String, Linked> correspondents = new LinkedHashMap<>();
        then.forEach(linked -> correspondents.put(linked.key(), linked));
        return new Links(this, latest.source, asOf, correspondents, latest.byName, rechecked, null);
    }

    /** One correspondent as of an earlier moment: empty when none of its activities linked by address existed then. */
    private Optional<Linked> derivedCorrespondent(Links latest, Linked linked, Instant asOf, Map<String, Set<String>> rechecked) {
        Existence existence = latest.latest.existence().get(linked.key());
        if (existence.firstByAddress().isAfter(asOf)) {
            return Optional.empty();
        }
        if (!existence.all().isAfter(asOf)) {
            // Its links stand as they are; only its introducer may not have appeared yet (a meeting logged afterwards).
            boolean introduced = linked.introduced() && introducedAsOf(latest, linked.activities().get(0), asOf);
            return Optional.of(introduced == linked.introduced() ? linked
                    : new Linked(linked.key(), linked.activities(), linked.confidences(), linked.addresses(), linked.name(), false));
        }
        String key = linked.key();
        List<Activity> byAddress = linked.byAddressAsOf(asOf);
        Known known = known(key, byAddress);
        Instant first = byAddress.get(0).at();
        Set<String> names = Identity.isOrganisationKey(key) ? known.organisationNames(key) : Set.of();
        List<Mention> byName = latest.latest.mentions().getOrDefault(key, List.of()).stream()
                .filter(mention -> exists(mention.event(), asOf) && first.isBefore(mention.event().at())
                        && mention.names().stream().anyMatch(names::contains))
                .toList();
        rechecked.put(key, byName.stream().map(mention -> mention.event().key()).collect(Collectors.toSet()));
        Linked then = linked(key, byAddress, byName, known, Map.of());
        return Optional.of(new Linked(key, then.activities(), then.confidences(), then.addresses(), then.name(),
                introducedAsOf(latest, then.activities().get(0), asOf)));
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
        Activity seen = latest.latest.firstAppearance().get(address);
        if (seen == null || !seen.at().isBefore(first.at())) {
            return false;
        }
        if (exists(seen, asOf)) {
            return true;
        }
        return latest.source.stream().anyMatch(activity -> activity.at() != null && activity.at().isBefore(first.at())
                && exists(activity, asOf) && !automated(activity)
                && activity.participants().stream().anyMatch(p -> p.address().equals(address)));
    }

    /** The activities that left the list and those that came into it (an edited activity does both), in order. */
    private record Difference(List<Activity> removed, List<Activity> added) {
    }

    /**
     * The latest links updated with what changed since: only the correspondents linked to, or
     * named by, an activity that came or left are linked again. Empty when that would not be
     * cheaper or not sure to be the same: many changes, activities out of order, an activity
     * coming into existence since by the clock alone, or an address's first appearance leaving
     * where no correspondent holds the address.
     */
    private Optional<Links> updated(Links links, List<Activity> activities, Instant now) {
        Latest latest = links.latest;
        if (latest == null || !latest.sorted() || !now.isBefore(latest.nextExistence())) {
            return Optional.empty();
        }
        Difference difference = difference(links.source, activities);
        if (difference == null) {
            return Optional.empty();
        }
        Instant nextExistence = latest.nextExistence();
        List<Activity> left = new ArrayList<>();
        for (Activity activity : difference.removed()) {
            if (exists(activity, links.asOf) && !automated(activity)) {
                left.add(activity);
            }
        }
        List<Activity> came = new ArrayList<>();
        for (Activity activity : difference.added()) {
            if (!exists(activity, now)) {
                nextExistence = earlier(nextExistence, existsFrom(activity));
            } else if (!automated(activity)) {
                came.add(activity);
            }
        }
        Set<Activity> leaving = Collections.newSetFromMap(new IdentityHashMap<>());
        leaving.addAll(left);

        // Correspondents linked by address to what came or left: their own activities again.
        Set<String> relinked = new LinkedHashSet<>();
        left.forEach(activity -> relinked.addAll(byAddress(activity)));
        came.forEach(activity -> relinked.addAll(byAddress(activity)));
        Map<String, List<Activity>> byAddress = new HashMap<>();
        for (String key : relinked) {
            Linked before = links.correspondents.get(key);
            List<Activity> kept = before == null ? List.of()
                    : before.byAddress().stream().filter(activity -> !leaving.contains(activity)).toList();
            byAddress.put(key, merged(kept, came.stream().filter(activity -> byAddress(activity).contains(key)).toList(),
                    Function.identity()));
        }

        Map<String, Activity> firstAppearance = new HashMap<>(latest.firstAppearance());
        Set<String> appearedAnew = new HashSet<>();
        for (Activity activity : left) {
            for (Participant participant : activity.participants()) {
                String address = participant.address();
                if (firstAppearance.get(address) == activity) {
                    Optional<String> key = identity.leadKey(address);
                    if (key.isEmpty()) {
                        return Optional.empty();
                    }
                    // Every activity an address takes part in is linked to its correspondent.
                    Optional<Activity> next = byAddress.get(key.get()).stream()
                            .filter(a -> a.participants().stream().anyMatch(p -> p.address().equals(address))).findFirst();
                    next.ifPresentOrElse(a -> firstAppearance.put(address, a), () -> firstAppearance.remove(address));
                    appearedAnew.add(address);
                }
            }
        }
        for (Activity activity : came) {
            for (Participant participant : activity.participants()) {
                Activity seen = firstAppearance.get(participant.address());
                if (seen == null || Chronology.ORDER.compare(activity, seen) < 0) {
                    firstAppearance.put(participant.address(), activity);
                    appearedAnew.add(participant.address());
                }
            }
        }

        Map<String, Known> known = new HashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>(latest.names());
        Set<String> renamed = new HashSet<>();
        for (String key : relinked) {
            List<Activity> own = byAddress.get(key);
            Linked before = links.correspondents.get(key);
            if (own.isEmpty()) {
                names.remove(key);
                continue;
            }
            Known now1 = known(key, own);
            known.put(key, now1);
            if (Identity.isOrganisationKey(key)) {
                Set<String> nowNamed = now1.organisationNames(key);
                if (!nowNamed.equals(latest.names().get(key)) || before == null
                        || !before.byAddress().get(0).at().equals(own.get(0).at())) {
                    renamed.add(key);
                }
                names.put(key, nowNamed);
            }
        }
        NameMatcher organisations = names.equals(latest.names()) ? latest.organisations()
                : new NameMatcher(names, latest.organisations().compiled());

        // Name-only links: those of the events that came, and every event again for an organisation renamed or known earlier.
        Map<String, List<Mention>> cameNamed = new HashMap<>();
        for (Activity event : came) {
            if (event.isEvent()) {
                Set<String> linked = byAddress(event);
                organisations.get().named(wordsOfEvent(event), key -> !renamed.contains(key) && !linked.contains(key)
                                && firstLinkedAt(key, byAddress, links).isBefore(event.at()))
                        .forEach((key, named) -> cameNamed.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(event, named)));
            }
        }
        Map<String, List<Mention>> renamedMentions = renamed.isEmpty() ? Map.of()
                : mentionsAgain(renamed, names, organisations.compiled(), byAddress, activities, now);
        Set<String> touched = new LinkedHashSet<>(relinked);
        touched.addAll(cameNamed.keySet());
        left.forEach(activity -> touched.addAll(links.byName.getOrDefault(activity.key(), Set.of())));

        Map<String, Linked> correspondents = new LinkedHashMap<>(links.correspondents);
        Map<String, List<Mention>> mentions = new HashMap<>(latest.mentions());
        Map<String, Existence> existence = new HashMap<>(latest.existence());
        Map<String, Set<String>> byName = new HashMap<>();
        links.byName.forEach((event, keys) -> byName.put(event, new HashSet<>(keys)));
        for (String key : touched) {
            Linked before = links.correspondents.get(key);
            List<Mention> named = renamed.contains(key) ? renamedMentions.getOrDefault(key, List.of())
                    : merged(latest.mentions().getOrDefault(key, List.of()).stream()
                            .filter(mention -> !leaving.contains(mention.event())).toList(), cameNamed.getOrDefault(key, List.of()),
                            Mention::event);
            latest.mentions().getOrDefault(key, List.of()).forEach(mention -> removeName(byName, mention.event().key(), key));
            List<Activity> own = byAddress.containsKey(key) ? byAddress.get(key) : before.byAddress();
            if (own.isEmpty()) {
                correspondents.remove(key);
                mentions.remove(key);
                existence.remove(key);
                continue;
            }
            Linked linked = linked(key, own, named, known.computeIfAbsent(key, k -> known(k, own)), firstAppearance);
            correspondents.put(key, linked);
            mentions.put(key, named);
            existence.put(key, Existence.of(linked));
            named.forEach(mention -> byName.computeIfAbsent(mention.event().key(), k -> new HashSet<>()).add(key));
        }
        // Whoever wrote a correspondent's first activity may have appeared earlier, or later, than before.
        if (!appearedAnew.isEmpty()) {
            for (Linked linked : List.copyOf(correspondents.values())) {
                Activity first = linked.activities().get(0);
                if (!touched.contains(linked.key()) && first.author() != null && appearedAnew.contains(first.author().address())) {
                    Activity seen = firstAppearance.get(first.author().address());
                    boolean introduced = seen != null && seen.at().isBefore(first.at());
                    if (introduced != linked.introduced()) {
                        correspondents.put(linked.key(), new Linked(linked.key(), linked.activities(), linked.confidences(),
                                linked.addresses(), linked.name(), introduced));
                    }
                }
            }
        }
        return Optional.of(new Links(this, activities, now, correspondents, byName, null,
                new Latest(true, nextExistence, existence, firstAppearance, mentions, names, organisations)));
    }

    private static void removeName(Map<String, Set<String>> byName, String event, String key) {
        Set<String> keys = byName.get(event);
        if (keys != null) {
            keys.remove(key);
            if (keys.isEmpty()) {
                byName.remove(event);
            }
        }
    }

    private static Instant firstLinkedAt(String key, Map<String, List<Activity>> byAddress, Links links) {
        List<Activity> own = byAddress.containsKey(key) ? byAddress.get(key) : links.correspondents.get(key).byAddress();
        return own.isEmpty() ? Instant.MAX : own.get(0).at();
    }

    /**
     * Every event after each organisation was first linked whose words can begin as the organisations' names do
     * ({@link WordStarts}), read again for those names.
     */
    private Map<String, List<Mention>> mentionsAgain(Set<String> renamed, Map<String, Set<String>> names, OrganisationNames compiledBefore,
                                                     Map<String, List<Activity>> byAddress, List<Activity> activities, Instant now) {
        Map<String, Set<String>> theirs = new LinkedHashMap<>();
        Instant from = Instant.MAX;
        for (String key : renamed) {
            if (names.containsKey(key)) {
                theirs.put(key, names.get(key));
                from = earlier(from, byAddress.get(key).get(0).at());
            }
        }
        OrganisationNames organisations = organisations(theirs, compiledBefore);
        Optional<List<Set<String>>> needed = WordStarts.neededBy(theirs.values().stream().flatMap(Set::stream).toList());
        List<Activity> events = activities.subList(firstAfter(activities, from), activities.size()).stream()
                .filter(activity -> activity.isEvent() && exists(activity, now) && !automated(activity)
                        && needed.map(pieces -> wordStarts(activity).mayHold(pieces)).orElse(true))
                .toList();
        Map<String, List<Mention>> mentions = new HashMap<>();
        for (int start = 0; start < events.size(); start += READ_AHEAD) {
            List<Activity> batch = events.subList(start, Math.min(events.size(), start + READ_AHEAD));
            Body.readAhead(batch);
            for (Activity event : batch) {
                Set<String> linked = byAddress(event);
                organisations.named(Words.all(event), key -> !linked.contains(key) && byAddress.get(key).get(0).at().isBefore(event.at()))
                        .forEach((key, named) -> mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(event, named)));
            }
        }
        return mentions;
    }

    /** The index of the first activity later than the moment, in a chronological list. */
    private static int firstAfter(List<Activity> chronological, Instant moment) {
        int low = 0;
        int high = chronological.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (chronological.get(middle).at().isAfter(moment)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * What left and what came between two chronological lists that share most of their activities,
     * by reference; null when the second is not chronological or they differ in too many.
     */
    private static Difference difference(List<Activity> before, List<Activity> after) {
        int limit = Math.max(100, after.size() / UPDATE_AT_MOST_ONE_IN);
        List<Activity> removed = new ArrayList<>();
        List<Activity> added = new ArrayList<>();
        List<Integer> addedAt = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            Activity was = i < before.size() ? before.get(i) : null;
            Activity is = j < after.size() ? after.get(j) : null;
            if (was == is) {
                i++;
                j++;
                continue;
            }
            if (is != null && is.at() == null) {
                return null;
            }
            int order = was == null ? 1 : is == null ? -1 : Chronology.ORDER.compare(was, is);
            if (order <= 0) {
                removed.add(was);
                i++;
            }
            if (order >= 0) {
                added.add(is);
                addedAt.add(j);
                j++;
            }
            if (removed.size() + added.size() > limit) {
                return null;
            }
        }
        // The activities both lists hold keep their order; only those that came could be out of it.
        for (int position : addedAt) {
            if ((position > 0 && Chronology.ORDER.compare(after.get(position - 1), after.get(position)) >= 0)
                    || (position + 1 < after.size() && Chronology.ORDER.compare(after.get(position), after.get(position + 1)) >= 0)) {
                return null;
            }
        }
        return new Difference(removed, added);
    }

    /** Two chronological lists as one. */
    private static <T> List<T> merged(List<T> kept, List<T> came, Function<T, Activity> activity) {
        if (came.isEmpty()) {
            return kept;
        }
        List<T> merged = new ArrayList<>(kept.size() + came.size());
        merged.addAll(kept);
        merged.addAll(came);
        merged.sort((a, b) -> Chronology.ORDER.compare(activity.apply(a), activity.apply(b)));
        return merged;
    }

    boolean automated(Activity activity) {
        return readings.read(activity, ANY_LEAD, "automated", () -> identity.isAutomated(activity));
    }

    /** An event's words, read for the organisations it names; how they begin is kept for when a name comes later. */
    private String wordsOfEvent(Activity event) {
        String words = Words.all(event);
        readings.read(event, ANY_LEAD, WORD_STARTS, () -> WordStarts.of(words));
        return words;
    }

    private WordStarts wordStarts(Activity event) {
        return readings.read(event, ANY_LEAD, WORD_STARTS, () -> WordStarts.of(Words.all(event)));
    }

    private Optional<String> signatureCompany(Activity activity) {
        return readings.read(activity, ANY_LEAD, "signature company", () -> Contacts.signatureCompany(activity.text()));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** An organisation by the company name its people write, else by its domain; a person by display name. */
    private static String name(String key, Known known) {
        if (Identity.isOrganisationKey(key)) {
            return known.contacts().companyNames(known.addresses()).stream().findFirst()
                    .or(() -> Identity.organisationLabel(key).map(Contacts::niceLabel))
                    .orElse(key);
        }
        return known.contacts().bestName(key).orElse(key);
    }
}
