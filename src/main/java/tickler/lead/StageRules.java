package tickler.lead;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tickler.activity.Activity;

/** Engagement and the furthest stage reached, each with the activity that decided it (DESIGN §2). */
final class StageRules {

    private StageRules() {
    }

    record Decision(Stage stage, Evidence evidence, Instant engagedAt) {
    }

    private record Signal(Activity activity, String words, boolean won) {
    }

    /** @param first the lead's first touch, the evidence of NEW */
    static Decision decide(LeadContext lead, Activity first) {
        Optional<Activity> firstMeeting = lead.happened.stream().filter(lead::meetingWith).findFirst();
        Optional<Activity> engaging = engaging(lead, firstMeeting);
        Instant engagedAt = engaging.map(Activity::at).orElse(null);

        Optional<Decision> terminal = terminal(lead, engagedAt);
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
     * Tags override phrases. The latest signal decides between WON and LOST (a lost deal may be
     * revived); the evidence is the first signal of that kind, when the lead got there.
     */
    private static Optional<Decision> terminal(LeadContext lead, Instant engagedAt) {
        List<Signal> tags = signals(lead, lead.vocabulary.wonTags(), lead.vocabulary.lostTags(), true);
        List<Signal> signals = tags.isEmpty()
                ? signals(lead, lead.vocabulary.won(), lead.vocabulary.lost(), false)
                : tags;
        if (signals.isEmpty()) {
            return Optional.empty();
        }
        boolean won = signals.get(signals.size() - 1).won();
        Signal first = signals.stream().filter(s -> s.won() == won).findFirst().orElseThrow();
        Evidence evidence = lead.evidence(first.activity(), first.words());
        return Optional.of(new Decision(won ? Stage.WON : Stage.LOST, evidence, engagedAt));
    }

    private static List<Signal> signals(LeadContext lead, Phrases won, Phrases lost, boolean tags) {
        return lead.happened.stream().flatMap(activity -> {
            String words = tags ? Words.all(activity) : Words.own(activity);
            Optional<Signal> signal = won.find(words).map(w -> new Signal(activity, w, true))
                    .or(() -> lost.find(words).map(w -> new Signal(activity, w, false)));
            return signal.stream();
        }).toList();
    }
}
