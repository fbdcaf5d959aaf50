package tickler.lead;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tickler.activity.Activity;
import tickler.activity.Participant;
import tickler.identity.Identity;

/**
 * Leads and their facts from activities (docs/definitions.md), as of a given now. Pure: the same activities
 * and now give the same pipeline, so any past state can be recomputed.
 */
public final class LeadInference {

    static final Duration FORGOTTEN_AFTER = Duration.ofDays(14);

    private final Identity identity;
    private final Vocabulary vocabulary;
    private final ZoneId ownerZone;
    private final TeamSize teamSize;
    private final Readings readings;
    private final Decisions decisions;

    public LeadInference(Identity identity, Vocabulary vocabulary, ZoneId ownerZone) {
        this(identity, vocabulary, ownerZone, new Readings(), new Decisions());
    }

    /**
     * @param readings  what the activities' words said in earlier inferences over the same identity
     * @param decisions what earlier inferences over the same identity, vocabulary and zone decided
     */
    public LeadInference(Identity identity, Vocabulary vocabulary, ZoneId ownerZone, Readings readings,
                         Decisions decisions) {
        this.identity = identity;
        this.vocabulary = vocabulary;
        this.ownerZone = ownerZone;
        this.teamSize = new TeamSize(vocabulary);
        this.readings = readings;
        this.decisions = decisions;
    }

    public Identity identity() {
        return identity;
    }

    public ZoneId ownerZone() {
        return ownerZone;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The pipeline as of {@code now}: messages dated after now and events created after now do
     * not exist yet; events existing at now but starting later are next steps.
     */
    public Pipeline infer(List<Activity> activities, Instant now) {
        return infer(activities, now, false);
    }

    /**
     * The pipeline as of {@code asOf} without the leads' flags (forgotten, missed follow-ups),
     * which no report reads: a lead decided at another moment with the same facts is taken as it
     * is, so a month's end decides again only the correspondents with activities after it.
     */
    public Pipeline inferFacts(List<Activity> activities, Instant asOf) {
        return infer(activities, asOf, true);
    }

    private Pipeline infer(List<Activity> activities, Instant now, boolean factsOnly) {
        Linker.Links links = new Linker(identity, readings).link(activities, now);
        // Each correspondent is inferred from its own activities alone, so they share both cores.
        List<Decided> decided = links.correspondents().parallelStream().map(linked -> decided(linked, now, factsOnly)).toList();
        List<Lead> leads = decided.stream().map(Decided::lead).filter(Objects::nonNull)
                .map(lead -> factsOnly ? withoutFlags(lead) : lead).toList();
        List<Contact> contacts = decided.stream().map(Decided::contact).filter(Objects::nonNull).toList();
        Map<String, Set<String>> owners = decided.stream().filter(d -> d.lead() != null)
                .collect(Collectors.toMap(d -> d.lead().key(), Decided::owners));
        return new Pipeline(now, leads, contacts, owners, links, identity);
    }

    /**
     * One correspondent: a lead when it holds a sales conversation, else a contact; the other is
     * null. A lead's owners are the owner addresses in its activities: whose calendar and mailbox it lives in.
     */
    record Decided(Lead lead, Contact contact, Set<String> owners) {
    }

    /** The correspondent decided from its own activities, or as before when none of what it reads has changed. */
    private Decided decided(Linker.Linked linked, Instant now, boolean factsOnly) {
        Decisions.Inputs inputs = new Decisions.Inputs(linked.activities(), linked.confidences(), linked.addresses(),
                linked.name(), linked.introduced());
        return decisions.decide(linked.key(), inputs, now, factsOnly,
                () -> decide(context(linked.key(), linked.activities(), linked.confidences(), now), linked.name(),
                        linked.addresses(), linked.introduced()),
                () -> unchangedAround(linked.activities(), now));
    }

    private LeadContext context(String key, List<Activity> activities, List<Evidence.Confidence> links, Instant now) {
        Map<String, Evidence.Confidence> confidence = new LinkedHashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            confidence.put(activities.get(i).key(), links.get(i));
        }
        return new LeadContext(key, identity, vocabulary, readings, now, activities, confidence);
    }

    private Decided decide(LeadContext context, String name, Set<String> addresses, boolean introduced) {
        SalesConversation.Decision decision = SalesConversation.decide(context);
        return decision.lead()
                ? new Decided(lead(context, decision.evidence(), name, addresses, introduced), null, owners(context.activities))
                : new Decided(null, contact(context, decision, name, addresses), Set.of());
    }

    private SortedSet<String> owners(List<Activity> activities) {
        return activities.stream().flatMap(activity -> activity.participants().stream())
                .map(Participant::address).filter(identity::isOwner)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The span of the clock around now over which the correspondent's facts, from these
     * activities, stay as they are now. The rules read the clock only as: whether an activity has
     * happened (from its start) or is still a next step (until just after its start), whether the
     * latest one is 14 days old (forgotten), and whether a meeting's follow-up deadline has
     * passed; the span lies between the nearest such moments before and after now.
     */
    private Decisions.Span unchangedAround(List<Activity> activities, Instant now) {
        Instant[] facts = {Instant.MIN, Instant.MAX};
        Instant[] all = {Instant.MIN, Instant.MAX};
        for (Activity activity : activities) {
            narrow(facts, activity.at(), now);
            narrow(facts, activity.at().plusNanos(1), now);
            narrow(all, activity.at().plus(FORGOTTEN_AFTER), now);
            narrow(all, FollowUps.deadline(activity.at(), ownerZone), now);
        }
        narrow(all, facts[0], now);
        narrow(all, facts[1], now);
        return new Decisions.Span(all[0], all[1], facts[0], facts[1]);
    }

    /** Narrows the span [span[0], span[1]) around now to the moment's side of it. */
    private static void narrow(Instant[] span, Instant moment, Instant now) {
        if (moment.isAfter(now)) {
            span[1] = moment.isBefore(span[1]) ? moment : span[1];
        } else {
            span[0] = moment.isAfter(span[0]) ? moment : span[0];
        }
    }

    /** The lead with no flag raised: what a pipeline of facts only holds. */
    private static Lead withoutFlags(Lead lead) {
        if (!lead.forgotten() && lead.missingFollowUps().isEmpty()) {
            return lead;
        }
        Map<String, Evidence> evidence = new LinkedHashMap<>(lead.evidence());
        evidence.remove("forgotten");
        evidence.remove("missingFollowUp");
        return new Lead(lead.id(), lead.name(), lead.key(), lead.contacts(), lead.stage(), lead.source(), lead.firstTouchAt(),
                lead.lastActivityAt(), lead.nextStepAt(), lead.engagedAt(), lead.budget(), lead.teamSize(), false, List.of(),
                evidence);
    }

    private Contact contact(LeadContext context, SalesConversation.Decision decision, String name, Set<String> addresses) {
        Instant last = context.happened.isEmpty() ? null : context.happened.get(context.happened.size() - 1).at();
        int messages = (int) context.activities.stream().filter(Activity::isMessage).count();
        return new Contact(idOf(context.key), name, context.key,
                List.copyOf(addresses), context.activities.get(0).at(), last, messages,
                context.activities.size() - messages, decision.reason(), decision.evidence());
    }

    private Lead lead(LeadContext lead, Evidence why, String name, Set<String> addresses, boolean introduced) {
        String key = lead.key;
        Instant now = lead.now;
        List<Activity> activities = lead.activities;
        Activity first = activities.get(0);
        SourceRules.Decision source = SourceRules.decide(lead, first, introduced);
        StageRules.Decision stage = StageRules.decide(lead, first);
        Optional<StatedFacts.Fact<Money>> budget = StatedFacts.budget(lead, ownerZone);
        Optional<StatedFacts.Fact<Integer>> team = StatedFacts.teamSize(lead, teamSize, ownerZone);
        Optional<Activity> nextStep = activities.stream()
                .filter(a -> a.isEvent() && !a.at().isBefore(now)).findFirst();
        Optional<Activity> last = lead.happened.isEmpty() ? Optional.empty()
                : Optional.of(lead.happened.get(lead.happened.size() - 1));
        boolean forgotten = stage.stage().isOpen() && nextStep.isEmpty()
                && last.map(a -> !a.at().isAfter(now.minus(FORGOTTEN_AFTER))).orElse(false);

        List<Activity> missedFollowUps = FollowUps.missing(lead, ownerZone);
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        evidence.put("lead", why);
        evidence.put("stage", stage.evidence());
        evidence.put("source", source.evidence());
        budget.ifPresent(fact -> evidence.put("budget", fact.evidence()));
        team.ifPresent(fact -> evidence.put("teamSize", fact.evidence()));
        nextStep.ifPresent(step -> evidence.put("nextStep", lead.evidence(step, "next step")));
        if (forgotten) {
            evidence.put("forgotten", lead.evidence(last.get(), "no next step and no activity for 14 days"));
        }
        if (!missedFollowUps.isEmpty()) {
            Activity latest = missedFollowUps.get(missedFollowUps.size() - 1);
            evidence.put("missingFollowUp", lead.evidence(latest, "no message to the lead by the end of the second working day"));
        }
        return new Lead(
                idOf(key),
                name,
                key,
                List.copyOf(addresses),
                stage.stage(),
                source.source(),
                first.at(),
                last.map(Activity::at).orElse(null),
                nextStep.map(Activity::at).orElse(null),
                stage.engagedAt(),
                budget.map(StatedFacts.Fact::value).orElse(null),
                team.map(StatedFacts.Fact::value).orElse(null),
                forgotten,
                missedFollowUps.stream().map(m -> new MissedFollowUp(m.at(), m.title())).toList(),
                evidence);
    }

    /** The first 12 hex digits of the key's SHA-1: stable across recomputations and safe in a URL. */
    static String idOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
