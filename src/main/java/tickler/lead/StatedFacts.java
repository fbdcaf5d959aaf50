package tickler.lead;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import tickler.activity.Activity;

/**
 * Budget and team size: the latest one stated. The lead's own messages and the calendar notes
 * about it are read for both; the owner's proposal to the lead for the budget only, since a team
 * size there is the owner's team. Screening-template sentences are never read.
 */
final class StatedFacts {

    private StatedFacts() {
    }

    record Fact<T>(T value, Evidence evidence) {
    }

    static Optional<Fact<Money>> budget(LeadContext lead) {
        return latest(lead, activity -> activity.isEvent() || lead.fromLead(activity)
                        || lead.proposalWords(activity).isPresent(),
                text -> Amounts.first(text).map(found -> new Found<>(found.money(), found.words())));
    }

    static Optional<Fact<Integer>> teamSize(LeadContext lead, TeamSize teamSize) {
        return latest(lead, activity -> activity.isEvent() || lead.fromLead(activity),
                text -> teamSize.first(text).map(found -> new Found<>(found.size(), found.words())));
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
