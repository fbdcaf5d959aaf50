package tickler.lead;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tickler.activity.Activity;

/**
 * Budget and team size as a negotiation: the latest figure stated by the lead, proposed by the
 * owner to the lead (a proposal, a revised estimate, the team the owner plans) or written in a
 * calendar note about the lead, by when it was written. A counter-offer or a revised estimate thus
 * replaces the figure before it, and the evidence shows the figures it replaced
 * ("$90k on 3 Apr → $75k on 21 Apr"). Screening-template sentences are never read.
 */
final class StatedFacts {

    /** How many figures of the negotiation the evidence shows, the standing one included. */
    private static final int HISTORY = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private StatedFacts() {
    }

    record Fact<T>(T value, Evidence evidence) {
    }

    /** A figure the lead offers back bare ("Давайте за 120, и по рукам?") counts thousands when the sum before it ran to them. */
    private static final BigDecimal THOUSANDS = BigDecimal.valueOf(10_000);

    /**
     * A sum written without its currency ("could we fit into 90K?") is in the currency of the figure
     * before it in the negotiation, or in rubles in Russian text, or in the vocabulary's unwritten
     * currency in Latin-script text ("budget 150k", "we can spend around 50k"); a bare figure the lead
     * offers back ("Давайте за 120, и по рукам?" after 650 000 rubles) is so many thousands of it.
     */
    static Optional<Fact<Money>> budget(LeadContext lead, ZoneId zone) {
        // negotiated() reads the activities in the order written, so this is the negotiation's figure so far.
        Money[] conversation = {null};
        return negotiated(lead, zone, activity -> {
            String currency = conversation[0] == null ? null : conversation[0].currency();
            // one reading per message: the figure offered back bare is kept with it and taken only after a figure of thousands
            Optional<Found<Money>> found = lead.read(activity, "budget in " + currency, () -> {
                String text = statedIn(lead, activity);
                Optional<Found<Money>> stated = Amounts.last(text, currency != null ? currency
                                : Objects.requireNonNullElse(Amounts.usualIn(text), lead.vocabulary.unwrittenCurrency()))
                        .map(f -> new Found<>(f.money(), f.words()));
                return stated.isPresent() || currency == null || !lead.fromLead(activity) ? stated
                        : Amounts.thousandsOfferedBack(text, currency).map(f -> new Found<>(f.money(), f.words(), true));
            }).filter(f -> !f.thousandsUnsaid() || conversation[0].amount().compareTo(THOUSANDS) >= 0);
            found.ifPresent(f -> conversation[0] = f.value());
            return found;
        });
    }

    static Optional<Fact<Integer>> teamSize(LeadContext lead, TeamSize teamSize, ZoneId zone) {
        return negotiated(lead, zone, activity -> lead.read(activity, "team size",
                () -> (lead.fromLead(activity) ? teamSize.lastOfTheLead(statedIn(lead, activity)) : teamSize.last(statedIn(lead, activity)))
                        .map(found -> new Found<>(found.size(), found.words()))));
    }

    /** The words a figure is read in: numbers in digits, the screening template and (in the owner's mail) floors left out. */
    private static String statedIn(LeadContext lead, Activity activity) {
        String own = lead.vocabulary.numberWords().digits(lead.withoutScreening(activity));
        return lead.ownerToLead(activity) ? Amounts.withoutFloors(own, lead.vocabulary.floor()) : own;
    }

    /** A figure as stated; {@code thousandsUnsaid} for a bare figure offered back, read as thousands. */
    private record Found<T>(T value, String words, boolean thousandsUnsaid) {
        Found(T value, String words) {
            this(value, words, false);
        }
    }

    private record Stated<T>(Activity activity, Found<T> found) {
    }

    private static <T> Optional<Fact<T>> negotiated(LeadContext lead, ZoneId zone, Function<Activity, Optional<Found<T>>> stated) {
        List<Activity> sources = lead.activities.stream()
                .filter(a -> a.isEvent() || lead.fromLead(a) || lead.ownerToLead(a))
                .sorted(Comparator.comparing(Words::writtenAt).thenComparing(Activity::key))
                .toList();
        List<Stated<T>> statements = new ArrayList<>();
        for (Activity activity : sources) {
            stated.apply(activity).ifPresent(found -> statements.add(new Stated<>(activity, found)));
        }
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        Stated<T> standing = statements.get(statements.size() - 1);
        return Optional.of(new Fact<>(standing.found().value(),
                lead.evidence(standing.activity(), history(statements, zone))));
    }

    /** The standing figure's words, after the different figures it replaced, each with its day. */
    private static <T> String history(List<Stated<T>> statements, ZoneId zone) {
        List<Stated<T>> changes = new ArrayList<>();
        for (Stated<T> statement : statements) {
            if (changes.isEmpty() || !Objects.equals(changes.get(changes.size() - 1).found().value(), statement.found().value())) {
                changes.add(statement);
            }
        }
        if (changes.size() == 1) {
            return changes.get(0).found().words();
        }
        List<String> shown = new ArrayList<>();
        for (Stated<T> change : changes.subList(Math.max(0, changes.size() - HISTORY), changes.size())) {
            shown.add(change.found().words() + " on " + DAY.format(Words.writtenAt(change.activity()).atZone(zone)));
        }
        return String.join(" → ", shown);
    }
}
