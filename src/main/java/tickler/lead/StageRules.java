package tickler.lead;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tickler.activity.Activity;

/** Engagement and the furthest stage reached, each with the activity that decided it (DESIGN §2). */
final class StageRules {

    private StageRules() {
    }

    record Decision(Stage stage, Evidence evidence, Instant engagedAt) {
    }

    /** {@code #stage:proposal}: any stage by its name. */
    private static final Pattern STAGE_TAG = Pattern.compile(
            "(?<![\\p{L}\\p{N}])#stage:(new|engaged|meeting|proposal|won|lost)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    private record Signal(Activity activity, String words, boolean won) {
    }

    /** @param first the lead's first touch, the evidence of NEW */
    static Decision decide(LeadContext lead, Activity first) {
        Optional<Activity> firstMeeting = lead.happened.stream().filter(lead::meetingWith).findFirst();
        Optional<Activity> engaging = engaging(lead, firstMeeting);
        Instant engagedAt = engaging.map(Activity::at).orElse(null);

        Optional<Decision> terminal = tagged(lead, engagedAt).or(() -> terminal(lead, engagedAt));
        if (terminal.isPresent()) {
            return terminal.get();
        }
        for (Activity activity : lead.happened) {
            Optional<String> words = lead.proposalWords(activity);
            if (words.isPresent()) {
                return new Decision(Stage.PROPOSAL, lead.evidence(activity, words.get()), engagedAt);
            }
        }
        if (firstMeeting.isPresent()) {
            return new Decision(Stage.MEETING, lead.evidence(firstMeeting.get(), "meeting took place"), engagedAt);
        }
        return engaging
                .map(activity -> new Decision(Stage.ENGAGED, lead.evidence(activity, "two-way contact"), engagedAt))
                .orElseGet(() -> new Decision(Stage.NEW, lead.evidence(first, "first touch"), null));
    }

    /**
     * The earlier of (the later of the lead's first message and the owner's first message to it)
     * and the first meeting that has started.
     */
    private static Optional<Activity> engaging(LeadContext lead, Optional<Activity> firstMeeting) {
        Optional<Activity> fromLead = lead.happened.stream().filter(lead::fromLead).findFirst();
        Optional<Activity> fromOwner = lead.happened.stream().filter(lead::ownerToLead).findFirst();
        Optional<Activity> twoWay = fromLead.isPresent() && fromOwner.isPresent()
                ? Stream.of(fromLead.get(), fromOwner.get()).max(Comparator.comparing(Activity::at))
                : Optional.empty();
        return Stream.of(twoWay, firstMeeting).flatMap(Optional::stream).min(Comparator.comparing(Activity::at));
    }

    /**
     * A tag the salesperson wrote overrides everything inferred: the latest of {@code #won},
     * {@code #lost} and {@code #stage:<name>} (in any event or message of the lead that exists now,
     * by when it was written) decides the stage, and is its evidence.
     */
    private static Optional<Decision> tagged(LeadContext lead, Instant engagedAt) {
        Optional<Decision> latest = Optional.empty();
        Instant latestAt = null;
        for (Activity activity : lead.activities) {
            Optional<Decision> tag = tag(lead, activity, engagedAt);
            Instant writtenAt = Words.writtenAt(activity);
            if (tag.isPresent() && (latestAt == null || !writtenAt.isBefore(latestAt))) {
                latest = tag;
                latestAt = writtenAt;
            }
        }
        return latest;
    }

    private static Optional<Decision> tag(LeadContext lead, Activity activity, Instant engagedAt) {
        String words = Words.all(activity);
        Matcher stage = STAGE_TAG.matcher(words);
        if (stage.find()) {
            Stage named = Stage.valueOf(stage.group(1).toUpperCase(Locale.ROOT));
            return Optional.of(new Decision(named, lead.evidence(activity, stage.group()), engagedAt));
        }
        return lead.vocabulary.wonTags().find(words).map(w -> new Decision(Stage.WON, lead.evidence(activity, w), engagedAt))
                .or(() -> lead.vocabulary.lostTags().find(words)
                        .map(w -> new Decision(Stage.LOST, lead.evidence(activity, w), engagedAt)));
    }

    /**
     * The latest signal decides between WON and LOST (a lost deal may be revived); the evidence
     * is the first signal of that kind, when the lead got there.
     */
    private static Optional<Decision> terminal(LeadContext lead, Instant engagedAt) {
        List<Signal> signals = signals(lead, lead.vocabulary.won(), lead.vocabulary.lost());
        if (signals.isEmpty()) {
            return Optional.empty();
        }
        boolean won = signals.get(signals.size() - 1).won();
        Signal first = signals.stream().filter(s -> s.won() == won).findFirst().orElseThrow();
        Evidence evidence = lead.evidence(first.activity(), first.words());
        return Optional.of(new Decision(won ? Stage.WON : Stage.LOST, evidence, engagedAt));
    }

    private static List<Signal> signals(LeadContext lead, Phrases won, Phrases lost) {
        return lead.happened.stream().flatMap(activity -> {
            String words = Words.own(activity);
            Optional<Signal> signal = won.find(words).map(w -> new Signal(activity, w, true))
                    .or(() -> lost.find(words).map(w -> new Signal(activity, w, false)));
            return signal.stream();
        }).toList();
    }
}
