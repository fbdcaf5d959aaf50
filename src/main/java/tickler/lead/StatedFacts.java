package tickler.lead;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import tickler.activity.Activity;

/**
 * Budget and team size: the latest one stated. The calendar notes about the lead come first (the
 * salesperson's word overrides), then the lead's own messages for both and the owner's proposal
 * to the lead for the budget only, since a team size there is the owner's team.
 * Screening-template sentences are never read.
 */
final class StatedFacts {

    private StatedFacts() {
    }

    record Fact<T>(T value, Evidence evidence) {
    }

    static Optional<Fact<Money>> budget(LeadContext lead) {
        return noteOrLatest(lead, activity -> lead.fromLead(activity) || lead.proposalWords(activity).isPresent(),
                text -> Amounts.first(text).map(found -> new Found<>(found.money(), found.words())));
    }

    static Optional<Fact<Integer>> teamSize(LeadContext lead, TeamSize teamSize) {
        return noteOrLatest(lead, lead::fromLead,
                text -> teamSize.first(text).map(found -> new Found<>(found.size(), found.words())));
    }

    /**
     * The salesperson's own calendar note ("$120k", "team 5") overrides what mail says, the latest
     * note first; without one, the latest fact stated in the lead's mail or the owner's proposal.
     */
    private static <T> Optional<Fact<T>> noteOrLatest(LeadContext lead, Predicate<Activity> mail,
                                                      Function<String, Optional<Found<T>>> read) {
        return latest(lead, Activity::isEvent, read).or(() -> latest(lead, mail, read));
    }

    private record Found<T>(T value, String words) {
    }

    private static <T> Optional<Fact<T>> latest(LeadContext lead, Predicate<Activity> source,
                                                Function<String, Optional<Found<T>>> read) {
        List<Activity> newestFirst = lead.activities.stream()
                .filter(source::test)
                .sorted(Comparator.comparing(Words::writtenAt).reversed())
                .toList();
        for (Activity activity : newestFirst) {
            String text = Words.withoutSentences(Words.own(activity), lead.vocabulary.screeningTemplate());
            Optional<Found<T>> found = read.apply(text);
            if (found.isPresent()) {
                return Optional.of(new Fact<>(found.get().value(), lead.evidence(activity, found.get().words())));
            }
        }
        return Optional.empty();
    }
}
